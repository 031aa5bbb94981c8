import { z } from 'zod';
import { describeInput } from './date.ts';

/** Lowercase ASCII letters, digits and single hyphens: `acme-industrial`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function slugError(what: string) {
	return (issue: { input?: unknown }) =>
		`expected ${what}: lowercase ASCII letters, digits and single hyphens (like \`li-wei\`), found ${describeInput(issue.input)}${hiddenCharacterHint(issue.input)}`;
}

/** Explains an id that looks right but holds invisible or look-alike characters. */
export function hiddenCharacterHint(input: unknown): string {
	if (typeof input !== 'string') return '';
	const hidden = [...input].filter((ch) => /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/.test(ch));
	if (hidden.length === 0) return '';
	const codes = hidden.map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
	return `; it contains invisible characters (${[...new Set(codes)].join(', ')}), retype it`;
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
		.meta({ description });
}
