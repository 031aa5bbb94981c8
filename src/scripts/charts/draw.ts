/**
 * The chart module: Chart.js with only the controllers, elements and scales
 * the portal uses (never `chart.js/auto`). Loaded on demand by `loader.ts`.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	type ChartConfiguration,
	type ChartDataset,
	LinearScale,
	LogarithmicScale,
	type Plugin,
	PointElement,
	ScatterController,
	Tooltip,
} from 'chart.js';
import type { BarDataset, BarSpec, ChartSpec, PyramidSpec, ScatterPoint, ScatterSpec, ValueFormat } from './spec.ts';

Chart.register(BarController, BarElement, PointElement, ScatterController, CategoryScale, LinearScale, LogarithmicScale, Tooltip);

const INK = '#1b1f24';
const MUTED = '#545d68';
const GRID = '#e3e8ee';

function setDefaults() {
	const style = getComputedStyle(document.body);
	Chart.defaults.font.family = style.fontFamily;
	Chart.defaults.font.size = 12;
	Chart.defaults.color = INK;
	Chart.defaults.borderColor = GRID;
	Chart.defaults.maintainAspectRatio = false;
	Chart.defaults.responsive = true;
	if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) Chart.defaults.animation = false;
}

function formatter(locale: string, format: ValueFormat, compact: boolean): (value: number) => string {
	if (format.kind === 'count') {
		const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
		return (value) => number.format(value);
	}
	if (format.kind === 'percent') {
		const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
		return (value) => percent.format(value);
	}
	const money = new Intl.NumberFormat(locale, {
		style: 'currency',
		currency: format.currency,
		...(compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 0, minimumFractionDigits: 0 }),
	});
	return (value) => money.format(value);
}

/** Diagonal hatching over a colour: forecast bars differ by pattern, not only by colour. */
function hatch(color: string): CanvasPattern | string {
	const tile = document.createElement('canvas');
	tile.width = 8;
	tile.height = 8;
	const ctx = tile.getContext('2d');
	if (!ctx) return color;
	ctx.fillStyle = color;
	ctx.globalAlpha = 0.55;
	ctx.fillRect(0, 0, 8, 8);
	ctx.globalAlpha = 1;
	ctx.strokeStyle = color;
	ctx.lineWidth = 2;
	ctx.beginPath();
	ctx.moveTo(-2, 10);
	ctx.lineTo(10, -2);
	ctx.moveTo(-2, 2);
	ctx.lineTo(2, -2);
	ctx.moveTo(6, 10);
	ctx.lineTo(10, 6);
	ctx.stroke();
	return ctx.createPattern(tile, 'repeat') ?? color;
}

/**
 * Line series (profit) drawn over the bars by this plugin rather than by
 * Chart.js's line controller, which would add about 4 KB gzip to every chart page.
 */
function lineOverlay(lines: readonly BarDataset[]): Plugin<'bar'> {
	return {
		id: 'kamLines',
		afterDatasetsDraw(chart) {
			const { ctx, scales } = chart;
			ctx.save();
			for (const line of lines) {
				const points = line.data.flatMap((value, index) => (value === null ? [] : [{ x: scales.x!.getPixelForValue(index), y: scales.y!.getPixelForValue(value) }]));
				ctx.strokeStyle = line.color;
				ctx.fillStyle = line.color;
				ctx.lineWidth = 2;
				ctx.beginPath();
				points.forEach((point, i) => (i === 0 ? ctx.moveTo(point.x, point.y) : ctx.lineTo(point.x, point.y)));
				ctx.stroke();
				// Diamonds at the values, as in the legend.
				for (const { x, y } of points) {
					ctx.beginPath();
					ctx.moveTo(x, y - 5);
					ctx.lineTo(x + 5, y);
					ctx.lineTo(x, y + 5);
					ctx.lineTo(x - 5, y);
					ctx.closePath();
					ctx.fill();
				}
			}
			ctx.restore();
		},
	};
}

function barConfig(spec: BarSpec): ChartConfiguration<'bar'> {
	const long = formatter(spec.locale, spec.format, false);
	const short = formatter(spec.locale, spec.format, true);
	const lines = spec.datasets.filter((dataset) => dataset.line);
	const lineValues = lines.flatMap((line) => line.data.filter((value): value is number => value !== null));
	const datasets = spec.datasets
		.filter((dataset) => !dataset.line)
		.map((dataset): ChartDataset<'bar'> => {
			const from = dataset.hatchFrom;
			const pattern = from === undefined ? undefined : hatch(dataset.color);
			return {
				label: dataset.label,
				data: dataset.data as number[],
				backgroundColor: from === undefined ? dataset.color : dataset.data.map((_, i) => (i >= from ? pattern! : dataset.color)),
				borderColor: dataset.color,
				borderWidth: 1,
			};
		});
	return {
		type: 'bar',
		data: { labels: spec.labels, datasets },
		options: {
			interaction: { mode: 'index', intersect: false },
			scales: {
				x: { stacked: spec.stacked ?? false, grid: { display: false } },
				y: {
					stacked: spec.stacked ?? false,
					beginAtZero: true,
					// The overlaid lines are not datasets, so the axis is told their range.
					...(lineValues.length > 0 ? { suggestedMin: Math.min(0, ...lineValues), suggestedMax: Math.max(...lineValues) } : {}),
					title: { display: Boolean(spec.valueTitle), text: spec.valueTitle ?? '', color: MUTED },
					// Shares run 0..1, so their ticks need decimals.
					ticks: { callback: (value) => short(Number(value)), precision: spec.format.kind === 'percent' ? 2 : 0 },
				},
			},
			plugins: {
				tooltip: {
					callbacks: {
						label: (item) => (item.raw === null || item.raw === undefined ? '' : `${item.dataset.label ?? ''}: ${long(Number(item.raw))}`),
						afterBody: (items) => {
							const index = items[0]?.dataIndex ?? -1;
							return lines.flatMap((line) => {
								const value = line.data[index];
								return value === null || value === undefined ? [] : [`${line.label}: ${long(value)}`];
							});
						},
					},
				},
			},
		},
		plugins: [lineOverlay(lines)],
	};
}

/** Writes each tier's count on its bar (white inside, ink beside a bar too short for it). */
function pyramidLabels(values: readonly number[], locale: string): Plugin<'bar'> {
	const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
	return {
		id: 'kamPyramidLabels',
		afterDatasetsDraw(chart) {
			const { ctx } = chart;
			ctx.save();
			ctx.font = `600 13px ${Chart.defaults.font.family ?? 'sans-serif'}`;
			ctx.textAlign = 'center';
			ctx.textBaseline = 'middle';
			chart.getDatasetMeta(0).data.forEach((bar, index) => {
				const text = number.format(values[index] ?? 0);
				const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
				const fits = Math.abs(x - base) > ctx.measureText(text).width + 10;
				ctx.fillStyle = fits ? '#ffffff' : INK;
				ctx.fillText(text, fits ? (x + base) / 2 : Math.max(x, base) + 14, y);
			});
			ctx.restore();
		},
	};
}

function pyramidConfig(spec: PyramidSpec): ChartConfiguration<'bar', [number, number][]> {
	const max = Math.max(1, ...spec.values);
	const count = formatter(spec.locale, { kind: 'count' }, false);
	return {
		type: 'bar',
		data: {
			labels: spec.labels,
			datasets: [
				{
					label: spec.valueTitle,
					// Centred bars: each tier from -n/2 to n/2, so the stack reads as a pyramid.
					data: spec.values.map((v) => [-v / 2, v / 2]),
					backgroundColor: spec.colors,
					borderColor: spec.colors,
					borderWidth: 1,
					barPercentage: 0.92,
					categoryPercentage: 1,
				},
			],
		},
		options: {
			indexAxis: 'y',
			scales: {
				x: { min: -max / 2 - max * 0.08, max: max / 2 + max * 0.08, display: false },
				y: { grid: { display: false }, ticks: { font: { weight: 600 } } },
			},
			plugins: {
				tooltip: { callbacks: { label: (item) => `${spec.valueTitle}: ${count(spec.values[item.dataIndex] ?? 0)}` } },
			},
		},
		plugins: [pyramidLabels(spec.values, spec.locale)],
	};
}

/** Height of a line of a quadrant name, in CSS pixels (11 px type). */
const QUADRANT_LINE = 13;
/** Quadrant names in the outer corners, split at the comma so two fit side by side. */
const quadrantNameLines = (label: string) => label.split(/(?<=[,，])\s*/);

/**
 * How far (in decades) to widen a log axis beyond its outermost dots so that a
 * band of `band` pixels at each end of a plot `plot` pixels long holds no dot:
 * with the dots spanning `span` decades and a margin m at each end, the band's
 * share of the axis, m / (span + 2m), must be at least band / plot.
 */
export function logMargin(span: number, band: number, plot: number): number {
	const share = Math.min(band / Math.max(plot, 1), 0.4);
	return Math.max((share * span) / (1 - 2 * share), Math.log10(2));
}

/** Dashed threshold lines and the quadrant names. */
function quadrantLines(spec: ScatterSpec): Plugin<'scatter'> {
	return {
		id: 'kamQuadrants',
		beforeDatasetsDraw(chart) {
			const { ctx, chartArea: area, scales } = chart;
			const x = scales.x!.getPixelForValue(spec.thresholds.x);
			const y = scales.y!.getPixelForValue(spec.thresholds.y);
			ctx.save();
			ctx.strokeStyle = MUTED;
			ctx.setLineDash([5, 4]);
			ctx.lineWidth = 1;
			ctx.beginPath();
			if (x >= area.left && x <= area.right) {
				ctx.moveTo(x, area.top);
				ctx.lineTo(x, area.bottom);
			}
			if (y >= area.top && y <= area.bottom) {
				ctx.moveTo(area.left, y);
				ctx.lineTo(area.right, y);
			}
			ctx.stroke();
			ctx.setLineDash([]);
			ctx.fillStyle = MUTED;
			ctx.font = `11px ${Chart.defaults.font.family ?? 'sans-serif'}`;
			const [topLeft, topRight, bottomLeft, bottomRight] = spec.quadrantLabels;
			const write = (label: string, x: number, y: number, align: CanvasTextAlign, fromBottom: boolean) => {
				const parts = quadrantNameLines(label);
				ctx.textAlign = align;
				parts.forEach((part, i) => ctx.fillText(part, x, fromBottom ? y - (parts.length - 1 - i) * QUADRANT_LINE : y + i * QUADRANT_LINE));
			};
			ctx.textBaseline = 'top';
			write(topLeft, area.left + 6, area.top + 4, 'left', false);
			write(topRight, area.right - 6, area.top + 4, 'right', false);
			ctx.textBaseline = 'bottom';
			write(bottomLeft, area.left + 6, area.bottom - 4, 'left', true);
			write(bottomRight, area.right - 6, area.bottom - 4, 'right', true);
			ctx.restore();
		},
	};
}

/** A dot of the quadrant chart, as Chart.js gets it. */
interface Dot {
	x: number;
	y: number;
	current: number;
	potential: number;
	name: string;
	href: string;
}

/** `height`: the canvas's height in CSS pixels. */
function scatterConfig(spec: ScatterSpec, height: number): ChartConfiguration {
	const long = formatter(spec.locale, { kind: 'money', currency: spec.currency }, false);
	const short = formatter(spec.locale, { kind: 'money', currency: spec.currency }, true);
	const lift = (value: number) => (value > 0 ? value : spec.floor);
	const dots = (points: ScatterPoint[]): Dot[] =>
		points
			.filter(([, , , slug]) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
			.map(([current, potential, name, slug]) => ({ x: lift(current), y: lift(potential), current, potential, name, href: `/accounts/${slug}/` }));
	const datasets = spec.datasets.map((dataset) => ({ ...dataset, dots: dots(dataset.points) }));
	let min = { x: spec.thresholds.x, y: spec.thresholds.y };
	let max = { ...min };
	for (const dataset of datasets) {
		for (const dot of dataset.dots) {
			min = { x: Math.min(min.x, dot.x), y: Math.min(min.y, dot.y) };
			max = { x: Math.max(max.x, dot.x), y: Math.max(max.y, dot.y) };
		}
	}
	// Smaller dots when there are many, so clusters stay readable.
	const count = datasets.reduce((sum, dataset) => sum + dataset.dots.length, 0);
	const radius = count > 300 ? 4 : 7;
	// Both axes are logarithmic money, with room around the outermost dots.
	// The value axis reaches far enough beyond the outermost dots that none
	// (nor its hover ring) reaches into the bands of the quadrant names in the
	// plot's top and bottom corners. The plot is the canvas less the axis below
	// it, reckoned at its tallest (ticks slanted on a phone) so the band is never short.
	const [topLeft, topRight, bottomLeft, bottomRight] = spec.quadrantLabels;
	const band = (labels: string[]) => 4 + Math.max(...labels.map((label) => quadrantNameLines(label).length)) * QUADRANT_LINE + radius + 6;
	const plot = Math.max(height - 100, 100);
	const ySpan = Math.log10(max.y / min.y);
	const yMargin = { top: 10 ** logMargin(ySpan, band([topLeft, topRight]), plot), bottom: 10 ** logMargin(ySpan, band([bottomLeft, bottomRight]), plot) };
	const axis = (low: number, high: number, title: string, margin = { top: 2, bottom: 2 }) => ({
		type: 'logarithmic' as const,
		min: low / margin.bottom,
		max: high * margin.top,
		title: { display: true, text: title, color: MUTED },
		ticks: { callback: (value: string | number) => short(Number(value)), maxTicksLimit: 8 },
	});
	return {
		type: 'scatter',
		data: {
			datasets: datasets.map((dataset) => ({
				label: dataset.label,
				data: dataset.dots,
				backgroundColor: dataset.color,
				borderColor: '#ffffff',
				borderWidth: 1,
				pointStyle: dataset.pointStyle,
				pointRadius: radius,
				pointHoverRadius: radius + 2,
			})),
		},
		options: {
			scales: {
				x: axis(min.x, max.x, spec.xTitle),
				y: axis(min.y, max.y, spec.yTitle, yMargin),
			},
			plugins: {
				tooltip: {
					callbacks: {
						title: (items) => (items[0]?.raw as Dot | undefined)?.name ?? '',
						label: (item) => {
							const dot = item.raw as Dot;
							return [`${spec.xTitle}: ${long(dot.current)}`, `${spec.yTitle}: ${long(dot.potential)}`];
						},
					},
				},
			},
			onHover: (event, elements) => {
				const target = event.native?.target as HTMLElement | undefined;
				if (target) target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
			},
			onClick: (_event, elements, chart) => {
				const element = elements[0];
				if (!element) return;
				const dot = chart.data.datasets[element.datasetIndex]?.data[element.index] as Dot | undefined;
				if (dot) window.location.assign(dot.href);
			},
		},
		plugins: [quadrantLines(spec) as Plugin],
	};
}

function configFor(spec: ChartSpec, height: number): ChartConfiguration {
	switch (spec.type) {
		case 'bar':
			return barConfig(spec) as unknown as ChartConfiguration;
		case 'pyramid':
			return pyramidConfig(spec) as unknown as ChartConfiguration;
		case 'scatter':
			return scatterConfig(spec, height);
	}
}

let defaultsSet = false;

/** Draws the chart described by the canvas's `data-chart` attribute. */
export function drawChart(canvas: HTMLCanvasElement): Chart | undefined {
	if (Chart.getChart(canvas)) return Chart.getChart(canvas);
	const source = canvas.dataset.chart;
	if (!source) return undefined;
	if (!defaultsSet) {
		setDefaults();
		defaultsSet = true;
	}
	const spec = JSON.parse(source) as ChartSpec;
	const chart = new Chart(canvas, configFor(spec, canvas.parentElement?.clientHeight ?? 300));
	canvas.parentElement?.classList.add('drawn');
	canvas.dataset.drawn = 'true';
	return chart;
}
