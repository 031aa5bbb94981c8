import { z } from 'zod';
import { describeInput } from './date.ts';

/** Lowercase ASCII letters, digits and single hyphens: `acme-industrial`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function slugError(what: string) {
	return (issue: { input?: unknown }) =>
		`expected ${what}: lowercase ASCII letters, digits and single hyphens (like \`li-wei\`), found ${describeInput(issue.input)}${hiddenCharacterHint(issue.input)}`;
}

/** Names of the invisible characters people paste most, for messages. */
const INVISIBLE_NAMES: Record<number, string> = {
	0x00: 'NUL',
	0x09: 'tab',
	0x0b: 'vertical tab',
	0x0c: 'form feed',
	0x7f: 'DEL',
	0xa0: 'no-break space',
	0xad: 'soft hyphen',
	0x180e: 'Mongolian vowel separator',
	0x200b: 'zero-width space',
	0x200c: 'zero-width non-joiner',
	0x200d: 'zero-width joiner',
	0x200e: 'left-to-right mark',
	0x200f: 'right-to-left mark',
	0x2028: 'line separator',
	0x2029: 'paragraph separator',
	0x202f: 'narrow no-break space',
	0x2060: 'word joiner',
	0x3000: 'ideographic space',
	0xfeff: 'zero-width no-break space',
};

/** Characters that do not show, or show as a plain space: control characters, Unicode spaces, zero-width and bidi marks. */
const INVISIBLE = /[\u0000-\u001F\u007F-\u00A0\u00AD\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]/g;

/** `U+3000 (ideographic (full-width) space)`: a character's code point, and its name when it is a known invisible one. */
export function describeCharacter(ch: string): string {
	const code = ch.codePointAt(0)!;
	const name = INVISIBLE_NAMES[code] ?? (code < 0x20 || (code >= 0x7f && code < 0xa0) ? 'control character' : code >= 0x202a && code <= 0x202e ? 'bidi control' : code >= 0x2066 && code <= 0x2069 ? 'bidi isolate' : code >= 0x2000 && code <= 0x200a ? 'Unicode space' : undefined);
	return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` (${name})` : ''}`;
}

/** The invisible characters of a text, named once each in order of appearance. */
export function invisibleCharacters(input: string): string[] {
	return [...new Set(input.match(INVISIBLE) ?? [])].map(describeCharacter);
}

/** Explains an id that looks right but holds invisible or look-alike characters. */
export function hiddenCharacterHint(input: unknown): string {
	if (typeof input !== 'string') return '';
	const hidden = invisibleCharacters(input);
	if (hidden.length === 0) return '';
	return `; it contains the invisible character${hidden.length === 1 ? '' : 's'} ${hidden.join(', ')}, so retype it`;
}

/** Control characters a line of text never holds (tab and newline are white space, not these). */
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Why a text value holds a control character (a NUL...), or undefined when it holds none. */
export function controlCharacterProblem(value: string): string | undefined {
	const found = CONTROL.exec(value);
	if (!found) return undefined;
	return `the text contains the control character ${describeCharacter(found[0])} at character ${found.index + 1}; it is invisible, and exports and pages would carry it, so delete it`;
}

/** An account's id and URL segment, taken from its file name. */
export const accountSlug = z
	.string({ error: slugError('an account slug') })
	.regex(SLUG_PATTERN, { error: slugError('an account slug') })
	.meta({ description: 'Slug of an account plan (its file name without .mdx).' });

/** The id of a person in people.yaml. */
export const personId = z
	.string({ error: slugError('a person id from people.yaml') })
	.regex(SLUG_PATTERN, { error: slugError('a person id from people.yaml') })
	.meta({ description: 'Id of a person listed in people.yaml.' });

/** A line of text: trimmed, not empty, at most `max` characters. */
export function text(max: number, description: string) {
	return z
		.string({ error: (issue) => `expected text, found ${describeInput(issue.input)}` })
		.refine((s) => s.trim().length > 0, { error: 'expected text, found an empty value' })
		.refine((s) => s.length <= max, { error: (issue) => `expected at most ${max} characters, found ${String(issue.input).length}` })
		.refine((s) => !CONTROL.test(s), { error: (issue) => controlCharacterProblem(String(issue.input)) ?? 'the text contains a control character; delete it' })
		.meta({ description });
}
