import { z } from 'zod';
import { describeInput } from './date.ts';
import { SLUG_PATTERN, text } from './ids.ts';

/**
 * How a plan's spelling of a vocabulary entry is compared: letter case, width
 * (full-width letters typed with a Chinese input method) and spaces do not count.
 */
export function termKey(value: string): string {
	return value.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** One controlled value: a region, an industry or a product line. */
export const vocabularyEntry = z
	.strictObject({
		/** Stable id (lowercase letters, digits, hyphens); rollups, filters and exports key by it. */
		id: z
			.string({ error: (issue) => `expected an id such as \`east-china\`, found ${describeInput(issue.input)}` })
			.regex(SLUG_PATTERN, { error: (issue) => `expected an id of lowercase ASCII letters, digits and single hyphens (like \`east-china\`), found ${describeInput(issue.input)}` })
			.meta({ description: 'Stable id: lowercase letters, digits and hyphens (east-china).' }),
		/** The name the portal shows. */
		name: text(100, 'The name the portal shows (East China).'),
		/** Other spellings plans may use, in any language (华东). */
		aliases: z.array(text(100, 'Another spelling plans may use.')).optional().meta({ description: 'Other spellings plans may use, in any language.' }),
	})
	.meta({ description: 'A controlled value: id, name and aliases.' });

type Ctx = z.core.$RefinementCtx<unknown>;

/** Every id, name and alias must name one entry only, or a plan's spelling would be ambiguous. */
function checkUniqueSpellings(entries: readonly z.infer<typeof vocabularyEntry>[], ctx: Ctx) {
	const owner = new Map<string, { index: number; spelling: string }>();
	entries.forEach((entry, index) => {
		const spellings: [string, (string | number)[]][] = [
			[entry.id, [index, 'id']],
			[entry.name, [index, 'name']],
			...(entry.aliases ?? []).map((alias, i): [string, (string | number)[]] => [alias, [index, 'aliases', i]]),
		];
		for (const [spelling, path] of spellings) {
			const key = termKey(spelling);
			const first = owner.get(key);
			if (first === undefined) {
				owner.set(key, { index, spelling });
				continue;
			}
			if (first.index === index) continue; // an entry may repeat its own name as an alias
			ctx.addIssue({
				code: 'custom',
				path,
				message: `\`${spelling}\` also names entry ${first.index + 1} (\`${entries[first.index]!.id}\`, as \`${first.spelling}\`); each id, name and alias must name one entry only, so remove or change one of them`,
			});
		}
	});
}

/** A list of controlled values (`regions`, `industries`, `productLines`). */
export function vocabulary(description: string) {
	return z
		.array(vocabularyEntry)
		.superRefine((entries, ctx) => checkUniqueSpellings(entries, ctx as Ctx))
		.meta({ description });
}

/** The allowed tags: plain names, each written once. */
export const tagVocabulary = z
	.array(text(50, 'An allowed tag.'))
	.superRefine((tags, ctx) => {
		const seen = new Map<string, number>();
		tags.forEach((tag, index) => {
			const first = seen.get(termKey(tag));
			if (first === undefined) seen.set(termKey(tag), index);
			else ctx.addIssue({ code: 'custom', path: [index], message: `tag \`${tag}\` is listed twice (also as \`${tags[first]}\`); list each tag once` });
		});
	})
	.meta({ description: 'When given, the tags plans may use.' });

export type VocabularyEntry = z.infer<typeof vocabularyEntry>;
