import type { Diagnostic } from '../diagnostics.ts';
import type { RuleId } from '../rules.ts';

/** Largest content file accepted; a real plan is a few KB. */
export const MAX_FILE_BYTES = 1024 * 1024;

export interface DecodedText {
	text?: string;
	diagnostics: Diagnostic[];
}

/**
 * Turns file bytes into text, refusing what would silently change meaning:
 * oversized files, invalid UTF-8, a byte-order mark and CRLF line ends.
 */
export function decodeContentFile(file: string, bytes: Uint8Array): DecodedText {
	const fail = (message: string, rule: RuleId, line?: number): DecodedText => ({
		diagnostics: [{ file, line, field: '', severity: 'error', rule, message }],
	});
	if (bytes.byteLength > MAX_FILE_BYTES) {
		const mb = (bytes.byteLength / (1024 * 1024)).toFixed(1);
		return fail(`file is too large (${mb} MB); a content file may be at most 1 MB, so split it or remove pasted data`, 'file-too-large');
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		const line = lineOfInvalidUtf8(bytes);
		return fail('file is not valid UTF-8; save it as UTF-8 (in VS Code: "Save with Encoding" > UTF-8)', 'file-encoding', line);
	}
	if (text.startsWith('\uFEFF')) {
		return fail('file starts with a byte-order mark (BOM); save it as "UTF-8" without BOM', 'file-bom', 1);
	}
	const crlf = text.indexOf('\r');
	if (crlf !== -1) {
		const line = text.slice(0, crlf).split('\n').length;
		return fail(
			'file uses Windows line ends (CRLF); save it with LF line ends (a `.gitattributes` line `* text=auto eol=lf` does this for everyone)',
			'file-line-ends',
			line,
		);
	}
	return { text, diagnostics: [] };
}

function lineOfInvalidUtf8(bytes: Uint8Array): number {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let line = 1;
	let start = 0;
	for (let i = 0; i <= bytes.length; i++) {
		if (i === bytes.length || bytes[i] === 0x0a) {
			try {
				decoder.decode(bytes.subarray(start, i));
			} catch {
				return line;
			}
			line++;
			start = i + 1;
		}
	}
	return line;
}

export interface SplitPlan {
	/** The YAML between the `---` lines. */
	frontmatter: string;
	/** Line of the first frontmatter line (2 when the file starts with `---`). */
	frontmatterLine: number;
	/** The MDX after the closing `---`. */
	body: string;
	/** Line of the first body line. */
	bodyLine: number;
}

/** A plan without a usable frontmatter: one `no-frontmatter` error on line 1. */
function noFrontmatter(file: string, message: string): { diagnostics: Diagnostic[] } {
	return { diagnostics: [{ file, line: 1, field: '', severity: 'error', rule: 'no-frontmatter', message }] };
}

/** Splits a plan into frontmatter and body; a plan must open with a `---` line. */
export function splitPlan(file: string, text: string): { plan?: SplitPlan; diagnostics: Diagnostic[] } {
	if (!isFenceLine(text, 0, lineEnd(text, 0))) {
		return noFrontmatter(file, 'no frontmatter: a plan must start with a line `---`, then its fields (name, tier, ...), then another `---` line');
	}
	// Walks the lines by offset rather than splitting the file: every plan passes here.
	const firstEnd = lineEnd(text, 0);
	let start = firstEnd + 1;
	for (let index = 1; firstEnd < text.length; index++) {
		const end = lineEnd(text, start);
		if (isFenceLine(text, start, end)) {
			return {
				plan: {
					frontmatter: index === 1 ? '' : text.slice(firstEnd + 1, start - 1),
					frontmatterLine: 2,
					body: end < text.length ? text.slice(end + 1) : '',
					bodyLine: index + 2,
				},
				diagnostics: [],
			};
		}
		if (end >= text.length) break;
		start = end + 1;
	}
	const bodyStart = firstHeadingLine(text);
	if (bodyStart !== undefined) {
		return {
			diagnostics: [
				{
					file,
					line: bodyStart,
					field: '',
					severity: 'error',
					rule: 'no-frontmatter',
					message: `the frontmatter opened on line 1 is never closed, and the plan's text seems to start here; add a line \`---\` after the last field, before this heading`,
				},
			],
		};
	}
	return noFrontmatter(file, 'the frontmatter opened on line 1 is never closed; add a line `---` after the last field');
}

/** Line of the first Markdown heading (`## ...`) that follows a blank line: where a body without its fence seems to start. */
function firstHeadingLine(text: string): number | undefined {
	const match = /\n[ \t]*\n(#{1,6} )/.exec(text);
	if (!match) return undefined;
	let line = 1;
	const at = match.index + match[0].length - match[1]!.length;
	for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
	return line;
}

/** Offset of the newline ending the line that starts at `start` (the text's length for the last line). */
function lineEnd(text: string, start: number): number {
	const end = text.indexOf('\n', start);
	return end === -1 ? text.length : end;
}

/** Whether the line from `start` to `end` is `---`, trailing white space allowed. */
function isFenceLine(text: string, start: number, end: number): boolean {
	return text.startsWith('---', start) && (end - start === 3 || text.slice(start, end).trimEnd() === '---');
}
