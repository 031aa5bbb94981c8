import { describe, expect, it } from 'vitest';
import { logMargin } from '../../src/scripts/charts/draw.ts';

// m / (span + 2m) = band / plot, so m = share × span / (1 − 2 × share), never under log10(2) (half and twice the outermost dots).
describe('how far the quadrant chart’s value axis reaches beyond its dots (decades)', () => {
	it.each([
		{ span: 2, band: 40, plot: 200, margin: 0.6667 }, // share 0.2: 0.4 / 0.6
		{ span: 4, band: 30, plot: 300, margin: 0.5 }, // share 0.1: 0.4 / 0.8
		{ span: 1, band: 200, plot: 100, margin: 2 }, // share capped at 0.4: 0.4 / 0.2
		{ span: 0, band: 40, plot: 200, margin: 0.30103 }, // one dot: twice and half of it
		{ span: 0.5, band: 10, plot: 400, margin: 0.30103 }, // share 0.025 gives 0.0132: the floor wins
	])('$span decades of dots, a $band px band on a $plot px plot: $margin', ({ span, band, plot, margin }) => {
		expect(logMargin(span, band, plot)).toBeCloseTo(margin, 4);
	});
});
