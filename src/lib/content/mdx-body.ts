import type { Diagnostic } from '../diagnostics.ts';

/**
 * The portal's own components that a plan may use without importing, with the
 * attributes each accepts. Everything else that MDX would treat as code is refused.
 */
export const PLAN_COMPONENTS: Record<string, readonly string[]> = {
	Callout: ['type', 'title'],
	ForecastChart: [],
	Milestones: [],
	BuyingCentre: [],
};

/** A link address that would run script or carry a document of its own. */
export const UNSAFE_URL = /^\s*(javascript|vbscript|data):/i;

interface BodyOptions {
	file: string;
	/** Line of the body's first line in the file. */
	bodyLine: number;
}

/**
 * Checks that an MDX body is content, not code: no ESM, no `{expressions}`, no
 * HTML or unknown components, no script URLs. It scans the text the way MDX
 * tokenises it (code fences and code spans are literal, `\{` is an escape).
 */
export function checkPlanBody(body: string, { file, bodyLine }: BodyOptions): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const report = (line: number, column: number, rule: string, message: string) =>
		diagnostics.push({ file, line: bodyLine + line, column, field: '', severity: 'error', rule, message });

	bodyLines(body).forEach(({ text: line, fenced }, index) => {
		if (fenced) return;
		const esm = /^\s*(import|export)\b/.exec(line);
		if (esm) {
			report(index, esm.index + 1, 'mdx-esm', `\`${esm[1]}\` statement: a plan is content, not code, so it cannot ${esm[1]} anything; portal components work without importing. If this is prose, start the line with another word`);
			return;
		}
		scanLine(line, index, report);
	});
	return diagnostics;
}

/** A line of a body, and whether it belongs to a fenced code block (its fence lines included). */
export interface BodyLine {
	text: string;
	fenced: boolean;
}

/**
 * The body's lines, with the code fences marked: the one fence scanner of the
 * body checks. As in CommonMark, a fence opens with three or more backticks or
 * tildes (indented up to three spaces) and closes with a line of the same
 * character, at least as long, and nothing else.
 */
export function bodyLines(body: string): readonly BodyLine[] {
	// Validation asks for one body's lines three times in a row (code, headings, parts).
	if (lastBodyLines?.body === body) return lastBodyLines.lines;
	const lines = scanBodyLines(body);
	lastBodyLines = { body, lines };
	return lines;
}

let lastBodyLines: { body: string; lines: readonly BodyLine[] } | undefined;

function scanBodyLines(body: string): readonly BodyLine[] {
	let fence: { char: string; length: number } | undefined;
	return body.split('\n').map((text) => {
		const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(text);
		if (fence) {
			if (fenceMatch && fenceMatch[1]![0] === fence.char && fenceMatch[1]!.length >= fence.length && text.trim() === fenceMatch[1]) fence = undefined;
			return { text, fenced: true };
		}
		if (fenceMatch) {
			fence = { char: fenceMatch[1]![0]!, length: fenceMatch[1]!.length };
			return { text, fenced: true };
		}
		return { text, fenced: false };
	});
}

type Report = (line: number, column: number, rule: string, message: string) => void;

function scanLine(line: string, index: number, report: Report) {
	for (let i = 0; i < line.length; i++) {
		const ch = line[i]!;
		if (ch === '\\') {
			i++;
			continue;
		}
		if (ch === '`') {
			const run = /^`+/.exec(line.slice(i))![0];
			const close = findClosingRun(line, i + run.length, run.length);
			if (close !== -1) {
				i = close + run.length - 1;
				continue;
			}
			i += run.length - 1;
			continue;
		}
		if (ch === '{') {
			report(index, i + 1, 'mdx-expression', 'expression `{...}`: a plan is content, so it cannot run code; write `\\{` for a literal brace');
			const close = line.indexOf('}', i);
			if (close !== -1) i = close;
			continue;
		}
		if (ch === '<' && /[A-Za-z/!>]/.test(line[i + 1] ?? '')) {
			i = checkTag(line, i, index, report);
			continue;
		}
		if (ch === ']' && line[i + 1] === '(') {
			const destination = line.slice(i + 2).split(/[)\s]/)[0] ?? '';
			if (UNSAFE_URL.test(destination)) {
				report(index, i + 3, 'unsafe-link', `link to \`${destination.slice(0, 40)}\`: only web, mail and portal links are allowed, never \`javascript:\`, \`vbscript:\` or \`data:\``);
			}
		}
	}
	const reference = /^\s*\[[^\]]+\]:\s*(\S+)/.exec(line);
	if (reference && UNSAFE_URL.test(reference[1]!)) {
		report(index, 1, 'unsafe-link', `link definition to \`${reference[1]!.slice(0, 40)}\`: only web, mail and portal links are allowed`);
	}
}

function findClosingRun(line: string, from: number, length: number): number {
	let i = from;
	while (i < line.length) {
		const at = line.indexOf('`'.repeat(length), i);
		if (at === -1) return -1;
		const after = at + length;
		if (line[after] !== '`' && line[at - 1] !== '`') return at;
		i = after;
		while (line[i] === '`') i++;
	}
	return -1;
}

/** Checks one `<...>` tag; returns the index where scanning resumes. */
function checkTag(line: string, start: number, index: number, report: Report): number {
	const match = /^<\/?([A-Za-z][\w.:-]*)?/.exec(line.slice(start))!;
	const name = match[1];
	const end = line.indexOf('>', start);
	const stop = end === -1 ? line.length - 1 : end;
	const column = start + 1;
	if (!name) {
		report(index, column, 'mdx-html', 'HTML comments and fragments are not allowed in a plan; use Markdown');
		return stop;
	}
	const allowedAttributes = PLAN_COMPONENTS[name];
	if (!allowedAttributes) {
		const known = Object.keys(PLAN_COMPONENTS).map((c) => `\`<${c}>\``).join(', ');
		const looksLikeLink = /^[a-z]+:/.test(line.slice(start + 1));
		report(
			index,
			column,
			'mdx-unknown-component',
			looksLikeLink
				? `\`<${line.slice(start + 1, stop)}>\`: write links as [text](address), not in angle brackets`
				: `\`<${name}>\` is not allowed: a plan is content, so HTML and unknown components are refused; use Markdown, or one of the portal components ${known}`,
		);
		return stop;
	}
	const attributes = line.slice(start + match[0].length, stop);
	for (const attribute of attributes.matchAll(/([A-Za-z_:][\w:.-]*)\s*(?:=\s*("[^"]*"|'[^']*'))?/g)) {
		const attributeName = attribute[1]!;
		const value = attribute[2]?.slice(1, -1) ?? '';
		if (/^on/i.test(attributeName) || !allowedAttributes.includes(attributeName)) {
			report(
				index,
				column,
				'mdx-attribute',
				`attribute \`${attributeName}\` is not allowed on \`<${name}>\`; allowed: ${allowedAttributes.length ? allowedAttributes.map((a) => `\`${a}\``).join(', ') : 'none'}`,
			);
		} else if (UNSAFE_URL.test(value)) {
			report(index, column, 'unsafe-link', `attribute \`${attributeName}\` holds a script address; remove it`);
		}
	}
	return stop;
}

/** A body heading with its level, text and line. */
export interface BodyHeading {
	depth: number;
	text: string;
	line: number;
}

/** ATX headings outside code fences, with lines relative to the body. */
export function findHeadings(body: string): BodyHeading[] {
	const headings: BodyHeading[] = [];
	bodyLines(body).forEach(({ text: line, fenced }, index) => {
		if (fenced) return;
		const heading = atxHeading(line);
		if (heading) headings.push({ ...heading, line: index });
	});
	return headings;
}

/**
 * A line's ATX heading (`## Title ##`): up to three spaces, one to six `#`,
 * white space, the title, an optional closing run of `#`. Read by hand in one
 * pass: a pattern with lazy and optional white space around the title took
 * time cubic in a run of spaces (8,000 spaces: a minute).
 */
export function atxHeading(line: string): { depth: number; text: string } | undefined {
	let i = 0;
	while (i < 3 && line.charCodeAt(i) === 32) i++;
	const hashes = i;
	while (line.charCodeAt(i) === 35 && i - hashes < 7) i++;
	const depth = i - hashes;
	if (depth < 1 || depth > 6 || !isWhiteSpace(line.charCodeAt(i))) return undefined;
	let end = line.length;
	while (end > i && isWhiteSpace(line.charCodeAt(end - 1))) end--;
	// A closing run of `#` (after white space, or the whole title) is not part of the title.
	let close = end;
	while (close > i && line.charCodeAt(close - 1) === 35) close--;
	if (close < end && (close === i || isWhiteSpace(line.charCodeAt(close - 1)))) end = close;
	return { depth, text: line.slice(i, end).trim() };
}

function isWhiteSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 11 || code === 12 || code === 13 || code === 0xa0 || code === 0x3000 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x1680 || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f;
}
