import { describeCharacter } from '../../../schemas/ids.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { RuleId } from '../rules.ts';
import { parseBodyLinks } from './plan-links.ts';

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

/**
 * A link address that plainly names a script or document scheme. Kept for
 * callers that test addresses already decoded; `isUnsafeUrl` also sees through
 * every spelling a browser accepts.
 */
export const UNSAFE_URL = /^\s*(javascript|vbscript|data):/i;

/** Schemes that run script or carry a document of their own. */
const UNSAFE_SCHEME = /^(javascript|vbscript|data):/;

/** The named character references that can spell a scheme (`&Tab;`, `&colon;`) or hide one, with the common ones. */
const NAMED_REFERENCES: Record<string, string> = {
	Tab: '\t',
	NewLine: '\n',
	colon: ':',
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	lpar: '(',
	rpar: ')',
	sol: '/',
	bsol: '\\',
	period: '.',
	comma: ',',
	semi: ';',
	num: '#',
	excl: '!',
};

/** Markdown's escapable characters: a backslash before one of them is dropped. */
const ESCAPABLE = /\\([!-/:-@[-`{-~])/g;

/**
 * The address a browser would follow for a link destination as written in
 * Markdown: backslash escapes and character references decoded, then, as the
 * URL parser does, leading and trailing C0 controls and spaces stripped and
 * every tab and newline removed, and the scheme in lower case.
 */
export function browserAddress(destination: string): string {
	const decoded = destination
		.replace(ESCAPABLE, '$1')
		.replace(/&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g, (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
			if (name !== undefined) return NAMED_REFERENCES[name] ?? whole;
			const code = hex !== undefined ? parseInt(hex, 16) : Number(decimal);
			// As HTML does: NUL, surrogates and numbers past Unicode become U+FFFD.
			return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
		});
	// eslint-disable-next-line no-control-regex
	const stripped = decoded.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
	const colon = stripped.indexOf(':');
	return colon === -1 ? stripped : stripped.slice(0, colon).toLowerCase() + stripped.slice(colon);
}

/** Whether a browser could treat a link destination, as written, as script or a document of its own (`javascript:`, `data:`...). */
export function isUnsafeUrl(destination: string): boolean {
	return UNSAFE_SCHEME.test(browserAddress(destination));
}

/** Control characters a body never holds (tab is white space, and fenced code keeps its own). */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Most problems listed for one body: past them, one line says how many more there are. */
export const MAX_BODY_PROBLEMS = 50;

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
	let more = 0;
	/** One problem of a rule per line (a line of a hundred braces is one mistake), except that each unsafe link is one. */
	const seen = new Set<string>();
	const report = (line: number, column: number, rule: RuleId, message: string) => {
		const key = rule === 'unsafe-link' ? `${line} ${rule} ${column}` : `${line} ${rule}`;
		if (seen.has(key)) return;
		seen.add(key);
		if (diagnostics.length >= MAX_BODY_PROBLEMS) {
			more++;
			return;
		}
		diagnostics.push({ file, line: bodyLine + line, column, field: '', severity: 'error', rule, message });
	};

	const lines = bodyLines(body);
	const shape = bodyShapeProblem(body);
	if (shape) {
		// The Markdown parsers (lint, the page) would take minutes on it: this one error, and nothing else is read.
		return [{ file, line: bodyLine + shape.line, field: '', severity: 'error', rule: 'mdx-too-complex', message: shape.message }];
	}
	lines.forEach(({ text: line, fenced }, index) => {
		if (fenced) return;
		const esm = /^\s*(import|export)\b/.exec(line);
		if (esm) {
			report(index, esm.index + 1, 'mdx-esm', `\`${esm[1]}\` statement: a plan is content, not code, so it cannot ${esm[1]} anything; portal components work without importing. If this is prose, start the line with another word`);
			return;
		}
		// Most lines are prose: without a backslash, backtick, `{`, `<` or `]` there is nothing for scanLine to report.
		if (SCANNED_MARKS.test(line)) {
			const next = lines[index + 1];
			scanLine(line, index, report, next && !next.fenced ? next.text : '');
		}
		const control = CONTROL_CHARACTER.exec(line);
		if (control) {
			report(index, control.index + 1, 'control-character', `the line contains the control character ${describeCharacter(control[0])} at column ${control.index + 1}; it is invisible, and pages and exports would carry it, so delete it`);
		}
	});
	if (diagnostics.length === 0 && body.includes('<') && !tagsSurelyParse(lines)) {
		// The scan above knows MDX's tags only in part (a component left open, a closing tag without its opening):
		// what it lets through is parsed once here, as the page and the link and image checks parse it, so a body they cannot read is this one error, never a crash.
		// Bodies whose tags are laid out as plans write them skip the parse: it is a sixth of validation's time at 10,000 plans.
		const problem = mdxParseProblem(body);
		if (problem) diagnostics.push({ file, line: bodyLine + problem.line - 1, ...(problem.column !== undefined && { column: problem.column }), field: '', severity: 'error', rule: 'mdx-invalid', message: problem.message });
	}
	if (more > 0) {
		diagnostics.push({
			file,
			line: diagnostics.at(-1)!.line,
			field: '',
			severity: 'error',
			rule: 'too-many-problems',
			message: `${more} more problem${more === 1 ? '' : 's'} in the body ${more === 1 ? 'is' : 'are'} not listed; fix the ${MAX_BODY_PROBLEMS} above and check again`,
		});
	}
	return diagnostics;
}

/** A portal component's tag alone on a line, with quoted attributes (no `{`, `<`, `>` or `"` in a value). */
const ATTRIBUTES = String.raw`(?:[ \t]+[A-Za-z]+="[^"<>{}]*")*[ \t]*`;
const SELF_CLOSING_LINE = new RegExp(String.raw`^<([A-Z][A-Za-z]*)${ATTRIBUTES}\/>[ \t]*$`);
const OPENING_LINE = new RegExp(String.raw`^<([A-Z][A-Za-z]*)${ATTRIBUTES}>[ \t]*$`);
const CLOSING_LINE = /^<\/([A-Z][A-Za-z]*)>[ \t]*$/;

/**
 * Whether MDX surely parses a body in which the scan found nothing: every
 * line outside code that holds a `<` is one portal component's tag alone at
 * the line's start, and each opening tag is closed by its own closing tag
 * before another opens. Anything else (a tag inside text, a list or a quote,
 * nesting, a `<` in prose) is left to the parser.
 */
export function tagsSurelyParse(lines: readonly BodyLine[]): boolean {
	let open: string | undefined;
	for (const { text, fenced } of lines) {
		if (fenced || !text.includes('<')) continue;
		const selfClosing = SELF_CLOSING_LINE.exec(text);
		if (selfClosing) {
			if (!Object.hasOwn(PLAN_COMPONENTS, selfClosing[1]!)) return false;
			continue;
		}
		const opening = OPENING_LINE.exec(text);
		if (opening) {
			if (open !== undefined || !Object.hasOwn(PLAN_COMPONENTS, opening[1]!)) return false;
			open = opening[1];
			continue;
		}
		const closing = CLOSING_LINE.exec(text);
		if (!closing || closing[1] !== open) return false;
		open = undefined;
	}
	return open === undefined;
}

/**
 * Why MDX (Sätteri, as the plan page parses it) cannot parse a body, with the
 * line (1-based, in the body) and column it names; undefined when it parses.
 */
export function mdxParseProblem(body: string): { line: number; column?: number; message: string } | undefined {
	// The link check's parse, shared: a body with links and components is parsed once.
	const parsed = parseBodyLinks(body);
	if (!('error' in parsed)) return undefined;
	const at = /^(\d+):(\d+): /.exec(parsed.error);
	// Sätteri's reason ends with its rule (`(mdx-jsx:...)`) and names places in the body, which the line already gives.
	const reason = parsed.error.slice(at?.[0].length ?? 0).replace(/ \([a-z-]+:[a-z-]+\)$/, '').replace(/ \(\d+:\d+\)/g, '').trim().replace(/\.$/, '');
	return {
		line: at ? Number(at[1]) : 1,
		...(at && { column: Number(at[2]) }),
		message: `MDX does not parse the body: ${reason}; the plan's page cannot be built, so close each portal component you open (\`<Callout>\` ... \`</Callout>\`, or \`<Milestones />\`)`,
	};
}

/**
 * Why MDX cannot parse a body, as the body check says it (rule `mdx-less-than`
 * or `mdx-invalid`), or undefined. Lint, whose parser stops on the same
 * text, reports this cause in place of its parser's message, so both commands
 * name the same place and `npm run check` lists the problem once.
 */
export function unparsableBodyProblem(body: string, options: BodyOptions): Diagnostic | undefined {
	return checkPlanBody(body, options).find((d) => d.rule === 'mdx-less-than' || d.rule === 'mdx-invalid');
}

/** Deepest nesting of quotes and lists on one line a body may use (real plans use two or three). */
export const MAX_BODY_NESTING = 20;
/** Most emphasis marks (`*`, `_`) in one paragraph; past a few thousand, parsing them takes seconds. */
export const MAX_PARAGRAPH_EMPHASIS = 2000;
/** Most link ends (`](`) in one paragraph. */
export const MAX_PARAGRAPH_LINKS = 500;
/** Longest run of backticks outside a fence (a code span needs a few). */
export const MAX_BACKTICK_RUN = 32;
/** Most `&` (character references, `&amp;`, `&#1;`) in one paragraph: MDX's time grows with their square (20,000: seconds). */
export const MAX_PARAGRAPH_REFERENCES = 500;
/**
 * Most a body's lines may hold of Markdown marks times line length, summed
 * over the lines that are not ASCII only: MDX places each node of such a line
 * by its column, counted from the line's start, so a line of 300,000 Chinese
 * characters with 4,000 marks takes seconds, while a real plan (lines of a few
 * hundred characters, a few marks each) is far below.
 */
export const MAX_MARK_COST = 50_000_000;

/** Characters that may start or end an inline node (escape, reference, link, emphasis, strikethrough, code, tag, autolink), and `www.`. */
const INLINE_MARKS = /[[\]*_~\\&<!@:`]|www\./g;
const NON_ASCII = /[^\x00-\x7F]/;

/** How many inline marks a line holds (a native scan: bodies are megabytes at 10,000 plans). */
function inlineMarks(text: string): number {
	let marks = 0;
	for (const _ of text.matchAll(INLINE_MARKS)) marks++;
	return marks;
}

/** Most tags (`<Callout>`, `</Callout>`, `<Milestones />`...) in a body: a plan uses a few; MDX's parse time grows with their square (10,000: a second, 20,000: five). */
export const MAX_BODY_TAGS = 1000;

/**
 * A body shaped so that Markdown parsers take time far beyond linear (or
 * overflow their stack) on it: quotes and lists nested hundreds deep on one
 * line, thousands of emphasis marks or link ends in one paragraph, a run of
 * hundreds of backticks, thousands of tags. No plan is written like this; it is pasted or
 * hostile. Validation refuses it with this one problem, and lint does not
 * parse it. `line` is relative to the body.
 */
export function bodyShapeProblem(body: string): { line: number; message: string } | undefined {
	let emphasis = 0;
	let links = 0;
	let tags = 0;
	let references = 0;
	let markCost = 0;
	let paragraphStart = 0;
	const lines = bodyLines(body);
	for (let index = 0; index < lines.length; index++) {
		const { text, fenced } = lines[index]!;
		if (fenced || text.trim() === '') {
			emphasis = 0;
			links = 0;
			references = 0;
			paragraphStart = index + 1;
			continue;
		}
		const depth = containerDepth(text);
		if (depth > MAX_BODY_NESTING) {
			return { line: index, message: `quotes and lists nested ${depth} deep on one line; a plan uses a few levels, and deeper nesting stalls the Markdown parser, so remove the run of \`>\` or list markers` };
		}
		let run = 0;
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			if (code === 96 /* ` */) {
				if (++run > MAX_BACKTICK_RUN) return { line: index, message: `a run of more than ${MAX_BACKTICK_RUN} backticks; a code span needs one to three, and such a run stalls the Markdown parser, so remove it` };
				continue;
			}
			run = 0;
			if (code === 42 || code === 95) emphasis++;
			else if (code === 93 && text.charCodeAt(i + 1) === 40) links++;
			else if (code === 60 && /[A-Za-z/]/.test(text[i + 1] ?? '') && ++tags > MAX_BODY_TAGS) {
				return { line: index, message: `the body holds more than ${MAX_BODY_TAGS} tags (\`<...>\`); a plan uses a few portal components, and so many stall the MDX parser, so remove the pasted run` };
			} else if (code === 38 && ++references > MAX_PARAGRAPH_REFERENCES) {
				return { line: paragraphStart, message: `this paragraph holds more than ${MAX_PARAGRAPH_REFERENCES} \`&\` (character references such as \`&amp;\`); no text needs so many, and they stall the MDX parser, so remove the pasted run or split the paragraph` };
			}
		}
		// A line of ASCII only is placed by its bytes, at no cost.
		const marks = NON_ASCII.test(text) ? inlineMarks(text) : 0;
		markCost += marks * text.length;
		if (markCost > MAX_MARK_COST) {
			return { line: index, message: `this line of ${text.length} characters holds ${marks} Markdown marks (\`[\`, \`*\`, \`\\\`, \`&\`, \`:\`...); long lines with so many marks (this one and those above it) take the MDX parser far too long to read, and no plan is written like this, so split the long lines or remove the pasted run` };
		}
		if (emphasis > MAX_PARAGRAPH_EMPHASIS) {
			return { line: paragraphStart, message: `this paragraph holds more than ${MAX_PARAGRAPH_EMPHASIS} emphasis marks (\`*\`, \`_\`); no text needs so many, and they stall the Markdown parser, so remove the pasted run or split the paragraph` };
		}
		if (links > MAX_PARAGRAPH_LINKS) {
			return { line: paragraphStart, message: `this paragraph holds more than ${MAX_PARAGRAPH_LINKS} links (\`](\`); no text needs so many, and they stall the Markdown parser, so remove the pasted run or split the paragraph` };
		}
	}
	return undefined;
}

/** How many block quote and list markers open a line (`> > - 1. text` is 4). */
function containerDepth(line: string): number {
	let depth = 0;
	let i = 0;
	for (;;) {
		while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
		const code = line.charCodeAt(i);
		if (code === 62 /* > */) {
			depth++;
			i++;
			continue;
		}
		if ((code === 45 || code === 42 || code === 43) && (line.charCodeAt(i + 1) === 32 || line.charCodeAt(i + 1) === 9)) {
			depth++;
			i += 2;
			continue;
		}
		let digits = 0;
		while (digits < 10 && line.charCodeAt(i + digits) >= 48 && line.charCodeAt(i + digits) <= 57) digits++;
		const after = line.charCodeAt(i + digits);
		if (digits > 0 && digits < 10 && (after === 46 || after === 41) && (line.charCodeAt(i + digits + 1) === 32 || line.charCodeAt(i + digits + 1) === 9)) {
			depth++;
			i += digits + 2;
			continue;
		}
		return depth;
	}
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

type Report = (line: number, column: number, rule: RuleId, message: string) => void;

/** The characters scanLine acts on (an escape, a code span, an expression, a tag, a link or link definition's `]`). */
const SCANNED_MARKS = /[\\`{<\]]/;

/**
 * Scans one line for code: code spans are skipped, `{`, tags and unsafe link
 * destinations are reported. Linear in the line (every look-ahead is bounded
 * or remembered), whatever the line holds: this runs on every save.
 * `nextLine` is where a link's destination may continue (`[text](` at a line's end).
 */
function scanLine(line: string, index: number, report: Report, nextLine: string) {
	const closers = backtickRuns(line);
	/** Where the next `}` is, once looked for: -1 when there is none, -2 before the first look. */
	let nextBrace = -2;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i]!;
		if (ch === '\\') {
			i++;
			continue;
		}
		if (ch === '`') {
			let length = 1;
			while (line[i + length] === '`') length++;
			const close = closers.next(length, i + length);
			i = close === -1 ? i + length - 1 : close + length - 1;
			continue;
		}
		if (ch === '{') {
			report(index, i + 1, 'mdx-expression', 'expression `{...}`: a plan is content, so it cannot run code; write `\\{` for a literal brace');
			if (nextBrace === -2 || (nextBrace !== -1 && nextBrace < i)) nextBrace = line.indexOf('}', i);
			if (nextBrace !== -1) i = nextBrace;
			continue;
		}
		if (ch === '<') {
			const after = line[i + 1] ?? '';
			if (/[A-Za-z/!>]/.test(after)) {
				i = checkTag(line, i, index, report);
				continue;
			}
			// MDX reads every other `<` as a tag too, and throws on it, unless white space follows (as in `a < b`).
			if (after !== ' ' && after !== '\t') report(index, i + 1, 'mdx-less-than', lessThanMessage(line, i));
			continue;
		}
		if (ch === ']' && line[i + 1] === '(') {
			let start = i + 2;
			while (line[start] === ' ' || line[start] === '\t') start++;
			// The destination may start on the next line, after the `(`.
			const destination = start === line.length ? linkDestination(nextLine, 0) : linkDestination(line, start);
			// `[text](<address>)`: the brackets are the link's, not a tag.
			if (start < line.length && line[start] === '<' && destination !== undefined) i = start + destination.length + 1;
			if (destination !== undefined && isUnsafeUrl(destination)) {
				report(index, i + 3, 'unsafe-link', `link to \`${describeDestination(destination)}\`: a browser reads it as \`${describeDestination(browserAddress(destination))}\`, which runs script or opens a document of its own; only web, mail and portal links are allowed, never \`javascript:\`, \`vbscript:\` or \`data:\` (however it is spelt), so remove the link or give its real address`);
			}
		}
	}
	const reference = /^ {0,3}\[((?:[^\]\\]|\\.){1,999})\]:[ \t]*/.exec(line);
	if (reference) {
		const rest = line.slice(reference[0].length);
		const destination = rest.trim() === '' ? firstWord(nextLine) : firstWord(rest);
		if (destination !== undefined && isUnsafeUrl(destination.replace(/^<(.*)>$/, '$1'))) {
			report(index, 1, 'unsafe-link', `link definition to \`${describeDestination(destination)}\`: a browser reads it as \`${describeDestination(browserAddress(destination))}\`, which runs script; only web, mail and portal links are allowed, so remove it or give its real address`);
		}
	}
}

/** Why a `<` at `at` that starts no tag is refused, naming what follows it. */
function lessThanMessage(line: string, at: number): string {
	const after = line.codePointAt(at + 1);
	const next = after === undefined ? undefined : String.fromCodePoint(after);
	const shown = next === undefined || next === '\r' ? 'at the end of a line' : next === '`' ? 'followed by a backtick' : /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(next) ? `followed by \`${next}\`` : `followed by ${describeCharacter(next)}`;
	return `\`<\` ${shown}: MDX reads a \`<\` as the start of a tag unless a space follows it, and this is no tag, so the plan's page cannot be built; write \`\\<\` (or \`&lt;\`) for a less-than sign`;
}

/** The first run of non-space characters of a line (a definition's destination), if any. */
function firstWord(text: string): string | undefined {
	return /^[ \t]*(\S+)/.exec(text)?.[1];
}

/** A destination for a message: its first 40 characters, control characters and tabs shown as `\u....`. */
function describeDestination(text: string): string {
	// eslint-disable-next-line no-control-regex
	return text.slice(0, 40).replace(/[\u0000-\u001f\u007f`]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Parentheses a destination may nest, as CommonMark's parsers allow: past them it is no link. */
const MAX_DESTINATION_PARENS = 32;

/**
 * The destination of an inline link whose `(` ends just before `from`, as
 * CommonMark reads it: after white space, either `<...>` or text up to white
 * space or an unbalanced `)`, with escapes kept. Undefined when it is no
 * destination (nested too deep); the empty string when the line ends first.
 */
function linkDestination(line: string, from: number): string | undefined {
	let i = from;
	while (line[i] === ' ' || line[i] === '\t') i++;
	if (line[i] === '<') {
		const close = line.indexOf('>', i + 1);
		if (close === -1) return undefined;
		return line.slice(i + 1, close);
	}
	const start = i;
	let depth = 0;
	for (; i < line.length; i++) {
		const code = line.charCodeAt(i);
		if (code === 92 /* \\ */) {
			i++;
			continue;
		}
		if (code <= 32) break;
		if (code === 40 /* ( */ && ++depth > MAX_DESTINATION_PARENS) return undefined;
		if (code === 41 /* ) */ && depth-- === 0) break;
	}
	return line.slice(start, Math.min(i, line.length));
}

/** The closing run for a code span: the next run of backticks of exactly a length, looked up without rescanning the line. */
function backtickRuns(line: string): { next(length: number, from: number): number } {
	let runs: Map<number, number[]> | undefined;
	return {
		next(length, from) {
			if (!runs) {
				runs = new Map();
				for (let i = line.indexOf('`'); i !== -1; i = line.indexOf('`', i)) {
					let end = i;
					while (line[end] === '`') end++;
					const list = runs.get(end - i);
					if (list) list.push(i);
					else runs.set(end - i, [i]);
					i = end;
				}
			}
			const starts = runs.get(length);
			if (!starts) return -1;
			// The first run starting at or after `from` (binary search).
			let low = 0;
			let high = starts.length;
			while (low < high) {
				const mid = (low + high) >> 1;
				if (starts[mid]! < from) low = mid + 1;
				else high = mid;
			}
			return low < starts.length ? starts[low]! : -1;
		},
	};
}

const TAG_NAME = /<\/?([A-Za-z][\w.:-]*)?/y;

/** Checks one `<...>` tag; returns the index where scanning resumes. */
function checkTag(line: string, start: number, index: number, report: Report): number {
	TAG_NAME.lastIndex = start;
	const match = TAG_NAME.exec(line)!;
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
		} else if (isUnsafeUrl(value)) {
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
