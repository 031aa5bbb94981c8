import { describe, expect, it } from 'vitest';
import { generateContent, VISITS_AS_OF } from '../../../bench/generate.ts';
import { IncrementalValidator } from '../../../src/lib/content/incremental.ts';
import type { ContentSnapshot, ValidationResult } from '../../../src/lib/content/validate.ts';
import { computePortfolio, PortfolioMemo } from '../../../src/lib/engine/index.ts';

/** Generated content as files in memory (path → text), for a snapshot. */
function snapshotOf(files: Map<string, string>): ContentSnapshot {
	const file = (path: string) => ({ path, bytes: new TextEncoder().encode(files.get(path)!) });
	const under = (folder: string) => [...files.keys()].filter((path) => path.startsWith(`${folder}/`)).sort().map(file);
	return { policy: file('policy.yaml'), people: file('people.yaml'), accounts: under('accounts'), visits: under('visits'), asOf: VISITS_AS_OF };
}

const input = ({ plans, visits, people, policy }: ValidationResult, asOf = VISITS_AS_OF) => ({
	plans: plans.map(({ slug, frontmatter, body, file }) => ({ slug, frontmatter, body, file })),
	visits,
	people: [...people].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
	policy,
	asOf,
});

/** Edits of generated content, one after another, as saves in the live preview. */
const planOf = (files: Map<string, string>, n: number) => [...files.keys()].filter((path) => path.startsWith('accounts/')).sort()[n]!;
const edits: [string, (files: Map<string, string>) => void][] = [
	['a renamed account', (files) => files.set(planOf(files, 3), files.get(planOf(files, 3))!.replace(/^name: .*$/m, 'name: Renamed Account'))],
	['a changed value', (files) => files.set(planOf(files, 5), files.get(planOf(files, 5))!.replace(/^( {2}current: )\d+$/m, '$1123456'))],
	['a plan given a parent (the parent and its ancestors change too)', (files) => {
		const parent = planOf(files, 0).replace(/^.*\/|\.mdx$/g, '');
		files.set(planOf(files, 7), files.get(planOf(files, 7))!.replace(/^tier: /m, `parent: ${parent}\ntier: `));
	}],
	['a plan deleted', (files) => files.delete(planOf(files, 9))],
	['a plan added', (files) => files.set('accounts/added-account.mdx', files.get(planOf(files, 2))!.replace(/^name: .*$/m, 'name: Added Account'))],
	['a visit report added', (files) => {
		const visit = [...files.keys()].filter((path) => path.startsWith('visits/')).sort()[0]!;
		files.set(visit.replace(/\.mdx$/, '-again.mdx'), files.get(visit)!);
	}],
	['the policy changed', (files) => files.set('policy.yaml', files.get('policy.yaml')!.replace('name: Overseas', 'name: Abroad'))],
	['the people changed', (files) => files.set('people.yaml', files.get('people.yaml')!.replace(/name: ([^\n]+)/, 'name: Someone Else'))],
];

describe('PortfolioMemo', () => {
	it('gives the portfolio a full computation gives, after each of a series of saves', () => {
		const files = generateContent({ count: 80, seed: 5, visitsPerAccount: 1 });
		const validator = new IncrementalValidator();
		const memo = new PortfolioMemo();
		const first = computePortfolio(input(validator.validate(snapshotOf(files))), memo);
		expect(first).toEqual(computePortfolio(input(validator.validate(snapshotOf(files)))));
		for (const [, edit] of edits) {
			edit(files);
			const content = validator.validate(snapshotOf(files));
			const memoised = computePortfolio(input(content), memo);
			const full = computePortfolio(input(content));
			expect(memoised).toEqual(full);
			expect(content.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
			expect(JSON.stringify(memoised, (_, value) => (value instanceof Map ? [...value] : value))).toBe(JSON.stringify(full, (_, value) => (value instanceof Map ? [...value] : value)));
		}
	});

	it('computes again only the account a save changed, and every account when the as-of date changed', () => {
		const files = generateContent({ count: 40, seed: 6 });
		const validator = new IncrementalValidator();
		const memo = new PortfolioMemo();
		computePortfolio(input(validator.validate(snapshotOf(files))), memo);
		expect(memo.lastComputed).toBe(40);
		edits[0]![1](files);
		const content = validator.validate(snapshotOf(files));
		computePortfolio(input(content), memo);
		expect(memo.lastComputed).toBe(1);
		computePortfolio(input(content, '2026-11-23'), memo);
		expect(memo.lastComputed).toBe(40);
	});
});
