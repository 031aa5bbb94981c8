/**
 * The validator's rules for controlled vocabularies and product lines: a plan's
 * region, industry, tags and product lines must name policy entries; without
 * the lists, free text whose spellings differ only in case or spacing is flagged.
 * Resolution itself lives in ../vocabulary.ts, shared with the engine.
 */
import type { Policy } from '../../../schemas/policy.ts';
import type { VocabularyEntry } from '../../../schemas/vocabulary.ts';
import { truncate } from '../../../schemas/date.ts';
import { type Diagnostic, formatFieldPath, type PathSegment } from '../diagnostics.ts';
import { findEntry, spellingsOf, termKey, VOCABULARY_FIELDS, type VocabularyField, vocabularyOf } from '../vocabulary.ts';
import { editDistance } from './zod-issues.ts';

type LineOf = (path: readonly PathSegment[]) => number | undefined;

/** How each field is named in messages and in policy.yaml. */
const FIELD_WORDS: Record<VocabularyField | 'products' | 'department', { one: string; policyKey: string }> = {
	region: { one: 'region', policyKey: 'regions' },
	industry: { one: 'industry', policyKey: 'industries' },
	tags: { one: 'tag', policyKey: 'tags' },
	products: { one: 'product line', policyKey: 'productLines' },
	department: { one: 'department', policyKey: 'departments' },
};

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The longest region, industry or tag the schema accepts (region and industry: 100; a tag: 50). */
const MAX_TERM_LENGTH = 100;

/** Farthest a suggestion may be from what was written, in edits: beyond it, a suggestion would be a guess. */
const MAX_SUGGESTION_EDITS = 20;

/**
 * The spelling closest to `value` among every id, name and alias, and the entry
 * it belongs to; none when every spelling is more than half the value away (and
 * never more than 20 edits, which bounds the work for a pasted megabyte).
 */
export function closestSpelling(entries: readonly VocabularyEntry[], value: string): { spelling: string; entry: VocabularyEntry } | undefined {
	let best: { spelling: string; entry: VocabularyEntry } | undefined;
	const key = termKey(value);
	let bestDistance = Math.min(MAX_SUGGESTION_EDITS, Math.max(1, Math.ceil([...key].length / 2))) + 1;
	for (const entry of entries) {
		for (const spelling of spellingsOf(entry)) {
			const distance = editDistance(key, termKey(spelling), bestDistance - 1);
			if (distance < bestDistance) {
				best = { spelling, entry };
				bestDistance = distance;
			}
		}
	}
	return best;
}

/** The whole value is quoted as written: a value longer than its field allows never gets here (only the length error). */
export function unknownTermMessage(field: VocabularyField | 'products' | 'department', entries: readonly VocabularyEntry[], value: string): string {
	const words = FIELD_WORDS[field];
	const allowed = entries.map((entry) => `\`${entry.name}\``).join(', ');
	const closest = closestSpelling(entries, value);
	const hint = closest ? `; did you mean \`${closest.spelling}\`${closest.spelling === closest.entry.name ? '' : ` (\`${closest.entry.name}\`)`}?` : '.';
	return (
		`unknown ${words.one} \`${value}\`: expected one of ${allowed} (by id, name or alias, in any case)${hint} ` +
		`The policy lists the allowed values so that each is counted once; use one of them, or add it to \`${words.policyKey}\` in policy.yaml`
	);
}

/**
 * Region, industry and tags against the policy's lists. Reads the raw
 * frontmatter defensively, so these errors show even when other fields are wrong.
 */
export function checkVocabularyFields(file: string, raw: unknown, policy: Policy, lineOf: LineOf): Diagnostic[] {
	if (!isRecord(raw)) return [];
	const diagnostics: Diagnostic[] = [];
	for (const field of VOCABULARY_FIELDS) {
		const entries = vocabularyOf(policy, field);
		if (entries === undefined) continue;
		const value = raw[field];
		const values: [string, PathSegment[]][] =
			field === 'tags'
				? Array.isArray(value)
					? value.flatMap((tag, i): [string, PathSegment[]][] => (typeof tag === 'string' ? [[tag, ['tags', i]]] : []))
					: []
				: typeof value === 'string'
					? [[value, [field]]]
					: [];
		for (const [spelling, path] of values) {
			// Longer than the field allows: the schema's one error says so; no entry is that long.
			if (spelling.trim() === '' || spelling.length > MAX_TERM_LENGTH || findEntry(entries, spelling)) continue;
			diagnostics.push({ file, line: lineOf(path), field: formatFieldPath(path), severity: 'error', rule: `unknown-${field === 'tags' ? 'tag' : field}`, message: unknownTermMessage(field, entries, spelling) });
		}
	}
	return diagnostics;
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** `products`: the policy must list product lines; each line known and listed once; figures that do not add up warn. */
export function checkProducts(file: string, raw: unknown, policy: Policy, lineOf: LineOf): Diagnostic[] {
	if (!isRecord(raw) || !Array.isArray(raw.products)) return [];
	const products = raw.products;
	const diagnostics: Diagnostic[] = [];
	const entries = policy.productLines;
	if (entries === undefined) {
		return [
			{
				file,
				line: lineOf(['products']),
				field: 'products',
				severity: 'error',
				rule: 'products-without-product-lines',
				message:
					'`products` needs the product lines the company sells, and policy.yaml lists none; add `productLines:` to policy.yaml (`- { id: modular-housing, name: Modular site housing }`) or remove `products`',
			},
		];
	}
	const firstIndexOf = new Map<string, number>();
	products.forEach((row, index) => {
		if (!isRecord(row) || typeof row.line !== 'string' || row.line.trim() === '') return;
		const path: PathSegment[] = ['products', index, 'line'];
		const entry = findEntry(entries, row.line);
		if (!entry) {
			diagnostics.push({ file, line: lineOf(path), field: formatFieldPath(path), severity: 'error', rule: 'unknown-product-line', message: unknownTermMessage('products', entries, row.line) });
			return;
		}
		const first = firstIndexOf.get(entry.id);
		if (first !== undefined) {
			diagnostics.push({
				file,
				line: lineOf(path),
				field: formatFieldPath(path),
				severity: 'error',
				rule: 'duplicate-product-line',
				message: `product line \`${truncate(row.line)}\` (\`${entry.name}\`) is already listed at products[${first}]; give each line once, with its total current and wallet`,
			});
			return;
		}
		firstIndexOf.set(entry.id, index);
		if (finite(row.current) && finite(row.wallet) && row.current > row.wallet) {
			diagnostics.push({
				file,
				line: lineOf(['products', index, 'current']),
				field: formatFieldPath(['products', index, 'current']),
				severity: 'warning',
				rule: 'product-current-above-wallet',
				message: `on \`${entry.name}\` our current (\`${row.current}\`) is above the customer's wallet (\`${row.wallet}\`); the wallet is the customer's whole spend on the line, ours included, so raise the wallet or check the current`,
			});
		}
	});
	const current = isRecord(raw.value) ? raw.value.current : undefined;
	const figures = products.map((row) => (isRecord(row) ? row.current : undefined));
	if (finite(current) && figures.every(finite)) {
		const sum = figures.reduce((total, n) => total + n, 0);
		if (Math.abs(sum - current) > 0.01 * current) {
			diagnostics.push({
				file,
				line: lineOf(['products']),
				field: 'products',
				severity: 'warning',
				rule: 'products-current-mismatch',
				message: `the product lines' current adds up to \`${sum}\`, but \`value.current\` is \`${current}\` (more than 1 % apart); the lines should split the account's current revenue, so correct one or the other`,
			});
		}
	}
	return diagnostics;
}

/** A plan's value of a free-text field, where to find it, and the plan's file. */
export interface SpellingUse {
	file: string;
	line: number | undefined;
	path: PathSegment[];
	value: string;
}

/**
 * Without a policy list, values of one field that differ only in case or
 * spacing (`East China`, `east china`, `EastChina`) split the rollups. Every
 * plan that does not use the most common spelling is warned (a tie goes to the
 * spelling that sorts first).
 */
export function checkSpellingVariants(field: VocabularyField, uses: readonly SpellingUse[]): Diagnostic[] {
	const byKey = new Map<string, SpellingUse[]>();
	for (const use of uses) {
		const key = termKey(use.value);
		const list = byKey.get(key);
		if (list) list.push(use);
		else byKey.set(key, [use]);
	}
	const diagnostics: Diagnostic[] = [];
	for (const group of byKey.values()) {
		const counts = new Map<string, number>();
		for (const use of group) counts.set(use.value, (counts.get(use.value) ?? 0) + 1);
		if (counts.size < 2) continue;
		const preferred = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]![0];
		const example = group.find((use) => use.value === preferred)!;
		const words = FIELD_WORDS[field];
		for (const use of group) {
			if (use.value === preferred) continue;
			diagnostics.push({
				file: use.file,
				line: use.line,
				field: formatFieldPath(use.path),
				severity: 'warning',
				rule: 'inconsistent-spelling',
				message:
					`${words.one} \`${use.value}\` differs only in case or spacing from \`${preferred}\` (as in \`${example.file}\`), so rollups count them apart; ` +
					`write \`${preferred}\`, or list the ${words.policyKey} in policy.yaml \`${words.policyKey}\` so every spelling names one entry`,
			});
		}
	}
	return diagnostics;
}

/** The case-and-spacing warning for every free-text field the policy does not control. */
export function checkFreeTextSpellings<P extends { file: string; frontmatter: { region?: string | undefined; industry?: string | undefined; tags?: string[] | undefined } }>(
	plans: readonly P[],
	policy: Policy,
	lineOf: (plan: P, path: PathSegment[]) => number | undefined,
): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	for (const field of VOCABULARY_FIELDS) {
		if (vocabularyOf(policy, field) !== undefined) continue;
		const uses: SpellingUse[] = [];
		for (const plan of plans) {
			const fm = plan.frontmatter;
			const values: [string, PathSegment[]][] = field === 'tags' ? (fm.tags ?? []).map((tag, i) => [tag, ['tags', i]]) : fm[field] === undefined ? [] : [[fm[field]!, [field]]];
			for (const [value, path] of values) uses.push({ file: plan.file, line: lineOf(plan, path), path, value });
		}
		diagnostics.push(...checkSpellingVariants(field, uses));
	}
	return diagnostics;
}
