import { describe, expect, it } from 'vitest';
import { type ContentFile, validateContent } from '../../../src/lib/content/validate.ts';
import { coverageRows } from '../../../src/lib/engine/coverage.ts';
import { asTier, planInput, testPolicy } from './fixtures.ts';

const policy = testPolicy();
type CoveredTier = 'major' | 'named' | 'non-named';

/** `count` plans of `tier`, all owned by li-wei. */
function owned(tier: CoveredTier | 'mass-market', count: number, prefix = tier) {
	return Array.from({ length: count }, (_, i) => planInput(`${prefix}-${i + 1}`, (p) => asTier(p, tier)));
}

describe('coverage', () => {
	it.each((['major', 'named', 'non-named'] as const).map((tier) => [tier, policy.tiers[tier].maxAccountsPerOwner] as const))(
		'%s: exactly at the limit of %i is fine, one over is overloaded',
		(tier, limit) => {
			const [atLimit] = coverageRows(owned(tier, limit), policy);
			expect(atLimit).toMatchObject({ owner: 'li-wei', tier, count: limit, limit, overloaded: false });
			const [over] = coverageRows(owned(tier, limit + 1), policy);
			expect(over).toMatchObject({ count: limit + 1, limit, overloaded: true });
			expect(over!.slugs).toEqual(owned(tier, limit + 1).map((p) => p.slug).sort());
		},
	);

	it('mass-market accounts need no owner and have no limit', () => {
		expect(coverageRows(owned('mass-market', 100), policy)).toEqual([]);
	});

	it('rows are per owner and tier, owner then tier order', () => {
		const plans = [
			...owned('named', 2),
			...owned('major', 1),
			planInput('other', (p) => (p.owner = 'wang-fang')),
		];
		expect(coverageRows(plans, policy).map((r) => [r.owner, r.tier, r.count])).toEqual([
			['li-wei', 'major', 1],
			['li-wei', 'named', 2],
			['wang-fang', 'major', 1],
		]);
	});

	it('the validator warns with the same rows, only when over the limit', () => {
		const encode = (text: string) => new TextEncoder().encode(text);
		const body = '\n## Customer information\na\n## Customer performance\nb\n## Competitive assessment\nc\n## Action plan\nd\n';
		const file = (slug: string): ContentFile => ({
			path: `accounts/${slug}.mdx`,
			bytes: encode(`---\nname: ${slug}\ntier: major\ncategory: key\nowner: li-wei\nsponsor: zhang-min\nvalue: { current: 6000000, potential: 25000000, wallet: 20000000 }\ntargets: { shareOfWallet: 0.4 }\nforecast: [{ year: 2027, revenue: 1 }]\n---${body}`),
		});
		const people: ContentFile = { path: 'people.yaml', bytes: encode('- id: li-wei\n  name: Li Wei\n- id: zhang-min\n  name: Zhang Min\n') };
		const warningsFor = (slugs: string[]) =>
			validateContent({ people, accounts: slugs.map(file) }).diagnostics.filter((d) => d.rule === 'coverage-overload');
		expect(warningsFor(['one'])).toEqual([]);
		const [warning, ...rest] = warningsFor(['one', 'two']);
		expect(rest).toEqual([]);
		expect(warning!.message).toContain('`li-wei` owns 2 major accounts (`one`, `two`)');
		expect(warning!.line).toBe(1);
	});
});
