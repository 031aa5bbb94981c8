/**
 * What a page tells the chart module to draw: plain JSON, passed in the
 * canvas's `data-chart` attribute (Astro escapes attributes). Labels from
 * content stay text: Chart.js draws them on the canvas, tooltips included.
 */

/** How values are written on axes and in tooltips. */
export type ValueFormat = { kind: 'count' } | { kind: 'money'; currency: string } | { kind: 'percent' };

export interface BarDataset {
	label: string;
	data: (number | null)[];
	color: string;
	/** Draw as a line over the bars (e.g. profit). */
	line?: boolean;
	/** Bars from this index on are hatched (forecast years), so they differ by pattern as well as colour. */
	hatchFrom?: number;
}

export interface BarSpec {
	type: 'bar';
	locale: string;
	labels: string[];
	datasets: BarDataset[];
	stacked?: boolean;
	format: ValueFormat;
	/** Title of the value axis. */
	valueTitle?: string;
}

/** Accounts per tier as a centred horizontal bar each: the pyramid. */
export interface PyramidSpec {
	type: 'pyramid';
	locale: string;
	labels: string[];
	values: number[];
	colors: string[];
	valueTitle: string;
}

/** One account: current value, potential value, name, slug (a tuple keeps a large portfolio's page small). */
export type ScatterPoint = [current: number, potential: number, name: string, slug: string];

export interface ScatterSpec {
	type: 'scatter';
	locale: string;
	currency: string;
	datasets: { label: string; color: string; pointStyle: 'circle' | 'triangle' | 'rect' | 'rectRot'; points: ScatterPoint[] }[];
	/** Where a zero value is drawn: a log axis cannot show 0 (the tooltip still says 0). */
	floor: number;
	xTitle: string;
	yTitle: string;
	/** Policy thresholds, drawn as dashed lines. */
	thresholds: { x: number; y: number };
	/** Names of the four quadrants: top-left, top-right, bottom-left, bottom-right. */
	quadrantLabels: [string, string, string, string];
}

export type ChartSpec = BarSpec | PyramidSpec | ScatterSpec;

/** One entry of the legend printed beside a chart (HTML, so Chart.js needs no Legend plugin). */
export interface LegendEntry {
	label: string;
	color: string;
	/** How the series is drawn: a bar swatch, a line, a hatched bar, or a scatter dot's shape. */
	marker: 'bar' | 'hatched' | 'line' | 'circle' | 'triangle' | 'rect' | 'rectRot';
}

/** The legend a chart needs; none for the pyramid, whose tiers are labelled on the axis. */
export function legendOf(spec: ChartSpec): LegendEntry[] {
	switch (spec.type) {
		case 'bar':
			return spec.datasets.map((dataset) => ({
				label: dataset.label,
				color: dataset.color,
				marker: dataset.line ? 'line' : dataset.hatchFrom === undefined ? 'bar' : 'hatched',
			}));
		case 'scatter':
			return spec.datasets.map((dataset) => ({ label: dataset.label, color: dataset.color, marker: dataset.pointStyle }));
		case 'pyramid':
			return [];
	}
}
