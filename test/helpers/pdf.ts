/**
 * Just enough PDF reading to check how Chromium laid a page out on paper: the
 * page count, and how far down each sheet something is drawn. Chromium's PDFs
 * (Skia) keep each page's drawing in one Flate-compressed content stream of
 * plain operators, which is what this reads; it is not a general PDF parser.
 */
import { inflateSync } from 'node:zlib';

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
export const pdfPageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

export interface PrintedPage {
	/** The sheet's height in points (A4: about 842). */
	height: number;
	/**
	 * How far down the sheet the lowest painted mark (text, filled or stroked
	 * path, image) reaches, as a share of the sheet's height: 0 is the top edge,
	 * 1 the bottom one. A page with nothing drawn has 0.
	 */
	inkDepth: number;
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** `a × b` in PDF's row-vector convention: apply a, then b. */
const multiply = (a: Matrix, b: Matrix): Matrix => [
	a[0] * b[0] + a[1] * b[2],
	a[0] * b[1] + a[1] * b[3],
	a[2] * b[0] + a[3] * b[2],
	a[2] * b[1] + a[3] * b[3],
	a[4] * b[0] + a[5] * b[2] + b[4],
	a[4] * b[1] + a[5] * b[3] + b[5],
];
const yOf = (m: Matrix, x: number, y: number) => m[1] * x + m[3] * y + m[5];

/** Operators that paint the current path; `n` ends a path unpainted (a clip). */
const PAINT = new Set(['f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*']);

/**
 * The lowest painted point of one content stream, in the page's user space
 * (points, origin at the bottom left), or undefined if nothing is painted.
 */
export function lowestInk(content: string): number | undefined {
	let ctm: Matrix = IDENTITY;
	const saved: Matrix[] = [];
	let lowest: number | undefined;
	const mark = (y: number) => (lowest = lowest === undefined ? y : Math.min(lowest, y));
	let path: number[] = [];
	let textLine: Matrix = IDENTITY;
	let fontSize = 0;
	let leading = 0;
	const operands: number[] = [];
	// Operators, numbers; strings, hex strings, names and arrays are skipped over (only their positions matter).
	const tokens = /\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>|\[[^\]]*\]|\/[^\s/<>[\]()]+|[-+]?(?:\d+\.?\d*|\.\d+)|[A-Za-z'"*]+/g;
	for (const [token] of content.matchAll(tokens)) {
		const number = Number(token);
		if (/^[-+.\d]/.test(token) && !Number.isNaN(number)) {
			operands.push(number);
			continue;
		}
		if (/^[A-Za-z'"]/.test(token)) {
			const n = operands;
			switch (token) {
				case 'q':
					saved.push(ctm);
					break;
				case 'Q':
					ctm = saved.pop() ?? IDENTITY;
					break;
				case 'cm':
					ctm = multiply(n.slice(-6) as Matrix, ctm);
					break;
				case 'm':
				case 'l':
					path.push(yOf(ctm, n.at(-2)!, n.at(-1)!));
					break;
				case 'c':
				case 'v':
				case 'y':
					for (let i = 0; i + 1 < n.length; i += 2) path.push(yOf(ctm, n[i]!, n[i + 1]!));
					break;
				case 're': {
					const [x, y, , h] = n.slice(-4) as [number, number, number, number];
					path.push(yOf(ctm, x, y), yOf(ctm, x, y + h));
					break;
				}
				case 'n':
					path = [];
					break;
				case 'BT':
					textLine = IDENTITY;
					break;
				case 'Tf':
					fontSize = n.at(-1)!;
					break;
				case 'TL':
					leading = n.at(-1)!;
					break;
				case 'Tm':
					textLine = n.slice(-6) as Matrix;
					break;
				case 'Td':
				case 'TD':
					textLine = multiply([1, 0, 0, 1, n.at(-2)!, n.at(-1)!], textLine);
					if (token === 'TD') leading = -n.at(-1)!;
					break;
				case 'T*':
					textLine = multiply([1, 0, 0, 1, 0, -leading], textLine);
					break;
				case 'Tj':
				case 'TJ':
				case "'":
				case '"': {
					// The glyphs' baseline and their top (a font size above it, in text space).
					const m = multiply(textLine, ctm);
					mark(yOf(m, 0, 0));
					mark(yOf(m, 0, fontSize));
					break;
				}
				case 'Do':
					// An image or form fills the unit square of the current matrix.
					mark(yOf(ctm, 0, 0));
					mark(yOf(ctm, 0, 1));
					mark(yOf(ctm, 1, 0));
					mark(yOf(ctm, 1, 1));
					break;
				default:
					if (PAINT.has(token)) {
						for (const y of path) mark(y);
						path = [];
					}
			}
			operands.length = 0;
		}
	}
	return lowest;
}

/**
 * Each page of a Chromium PDF, in order, with how far down it is drawn on.
 * Throws if a page's content cannot be found, so a change in Chromium's output
 * fails loudly instead of measuring nothing.
 */
export function pdfPages(pdf: Buffer): PrintedPage[] {
	const text = pdf.toString('latin1');
	const objectAt = (id: string) => {
		const start = text.search(new RegExp(`(?:^|\\s)${id}\\s+0\\s+obj\\b`));
		if (start < 0) throw new Error(`PDF object ${id} not found`);
		return start;
	};
	const pages = text.match(/\/Type\s*\/Pages\b[\s\S]*?\/Kids\s*\[([^\]]*)\]/);
	if (!pages) throw new Error('PDF page tree not found');
	return [...pages[1]!.matchAll(/(\d+)\s+0\s+R/g)].map(([, id]) => {
		const start = objectAt(id!);
		const dictionary = text.slice(start, text.indexOf('endobj', start));
		const box = dictionary.match(/\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/);
		const contents = dictionary.match(/\/Contents\s+(\d+)\s+0\s+R/);
		if (!box || !contents) throw new Error(`PDF page ${id}: no MediaBox or single content stream`);
		const [bottom, top] = [Number(box[2]), Number(box[4])];
		const streamObject = objectAt(contents[1]!);
		const header = text.slice(streamObject, text.indexOf('stream', streamObject));
		const length = Number(header.match(/\/Length\s+(\d+)/)?.[1]);
		const dataStart = text.indexOf('stream', streamObject) + 'stream'.length;
		const offset = text[dataStart] === '\r' ? dataStart + 2 : dataStart + 1;
		const raw = pdf.subarray(offset, offset + length);
		const content = (/\/FlateDecode/.test(header) ? inflateSync(raw) : raw).toString('latin1');
		const lowest = lowestInk(content);
		const height = top - bottom;
		return { height, inkDepth: lowest === undefined ? 0 : Math.min(1, Math.max(0, (top - lowest) / height)) };
	});
}
