/**
 * Controlled vocabularies (policy `regions`, `industries`, `productLines`,
 * `tags`): how a plan's spelling becomes one entry. The validator and the
 * engine both resolve through here, so what validates is what rolls up.
 */
import type { Policy } from '../../schemas/policy.ts';
import { termKey, type VocabularyEntry } from '../../schemas/vocabulary.ts';

export { termKey };

/** A resolved value: the entry's id (what rollups, filters and exports key by) and its name (what pages show). */
export interface Term {
	id: string;
	name: string;
}

/** The plan fields that a policy list can control, and the list that controls each. */
export const VOCABULARY_FIELDS = ['region', 'industry', 'tags'] as const;
export type VocabularyField = (typeof VOCABULARY_FIELDS)[number];

/** The policy's entries for a field (tags become entries named by themselves); undefined without a list. */
export function vocabularyOf(policy: Policy, field: VocabularyField | 'products'): readonly VocabularyEntry[] | undefined {
	switch (field) {
		case 'region':
			return policy.regions;
		case 'industry':
			return policy.industries;
		case 'products':
			return policy.productLines;
		case 'tags':
			return policy.tags === undefined ? undefined : tagEntries(policy.tags);
	}
}

const tagEntryCache = new WeakMap<readonly string[], VocabularyEntry[]>();

function tagEntries(tags: readonly string[]): VocabularyEntry[] {
	let entries = tagEntryCache.get(tags);
	if (!entries) {
		entries = tags.map((tag) => ({ id: tag, name: tag }));
		tagEntryCache.set(tags, entries);
	}
	return entries;
}

/** Every spelling of an entry: id, name, aliases. */
export function spellingsOf(entry: VocabularyEntry): string[] {
	return [entry.id, entry.name, ...(entry.aliases ?? [])];
}

const indexCache = new WeakMap<readonly VocabularyEntry[], Map<string, VocabularyEntry>>();

function indexOf(entries: readonly VocabularyEntry[]): Map<string, VocabularyEntry> {
	let index = indexCache.get(entries);
	if (!index) {
		index = new Map();
		for (const entry of entries) for (const spelling of spellingsOf(entry)) if (!index.has(termKey(spelling))) index.set(termKey(spelling), entry);
		indexCache.set(entries, index);
	}
	return index;
}

/** The entry a spelling names (id, name or alias, in any case), or undefined. */
export function findEntry(entries: readonly VocabularyEntry[], spelling: string): VocabularyEntry | undefined {
	return indexOf(entries).get(termKey(spelling));
}

/**
 * A plan's value as a term. With a list, the entry it names; without one, the
 * text itself is both id and name (free text, as before vocabularies). A value
 * the list does not know (the validator has reported it) also stays as written.
 */
export function resolveTerm(entries: readonly VocabularyEntry[] | undefined, value: string): Term {
	const entry = entries === undefined ? undefined : findEntry(entries, value);
	return entry ? { id: entry.id, name: entry.name } : { id: value, name: value };
}

/** The display name of an entry id, for keys that come from rollups; the id itself when unknown. */
export function nameOfId(entries: readonly VocabularyEntry[] | undefined, id: string): string {
	return entries?.find((entry) => entry.id === id)?.name ?? id;
}
