import { describe, expect, it } from 'vitest';
import { buildGroupIndex } from '../../../src/lib/engine/groups.ts';
import { planInput, portfolioOf } from './fixtures.ts';

/** A five-level chain level-1 → ... → level-5, plus a sibling under level-2 and an outsider. */
const DEEP = [
	{ slug: 'level-1' },
	{ slug: 'level-2', parent: 'level-1' },
	{ slug: 'level-3', parent: 'level-2' },
	{ slug: 'level-4', parent: 'level-3' },
	{ slug: 'level-5', parent: 'level-4' },
	{ slug: 'branch', parent: 'level-2' },
	{ slug: 'outsider' },
];

describe('group index', () => {
	const groups = buildGroupIndex(DEEP);

	it.each([
		['level-5', ['level-4', 'level-3', 'level-2', 'level-1']],
		['branch', ['level-2', 'level-1']],
		['level-1', []],
		['outsider', []],
	])('ancestors of %s, nearest first', (slug, ancestors) => {
		expect(groups.ancestorsOf(slug)).toEqual(ancestors);
	});

	it.each([
		['level-1', ['branch', 'level-2', 'level-3', 'level-4', 'level-5']],
		['level-2', ['branch', 'level-3', 'level-4', 'level-5']],
		['level-4', ['level-5']],
		['level-5', []],
	])('descendants of %s at any depth, slug order', (slug, descendants) => {
		expect(groups.descendantsOf(slug)).toEqual(descendants);
	});

	it('children are the direct ones only', () => {
		expect(groups.childrenOf('level-2')).toEqual(['branch', 'level-3']);
	});

	it('stops at cycles and unknown parents instead of looping', () => {
		const broken = buildGroupIndex([
			{ slug: 'a', parent: 'b' },
			{ slug: 'b', parent: 'a' },
			{ slug: 'c', parent: 'missing' },
			{ slug: 'd', parent: 'd' },
		]);
		expect(broken.ancestorsOf('a')).toEqual(['b']);
		expect(broken.descendantsOf('a')).toEqual(['b']);
		expect(broken.ancestorsOf('c')).toEqual([]);
		expect(broken.ancestorsOf('d')).toEqual([]);
	});

	it('group rollups cover the parent and every descendant at any depth', () => {
		const plans = DEEP.map(({ slug, parent }) => planInput(slug, (p) => (parent === undefined ? delete p.parent : (p.parent = parent))));
		const portfolio = portfolioOf(plans);
		const top = portfolio.rollups.group.find((r) => r.key === 'level-1')!;
		expect(top.slugs).toEqual(['branch', 'level-1', 'level-2', 'level-3', 'level-4', 'level-5']);
		expect(top.count).toBe(6);
		const expectedCurrent = plans.filter((p) => top.slugs.includes(p.slug)).reduce((sum, p) => sum + p.frontmatter.value.current, 0);
		expect(top.current).toEqual({ CNY: expectedCurrent });
		expect(portfolio.rollups.group.map((r) => r.key)).toEqual(['level-1', 'level-2', 'level-3', 'level-4']);
		expect(portfolio.bySlug.get('level-5')!.ancestors).toEqual(['level-4', 'level-3', 'level-2', 'level-1']);
		expect(portfolio.bySlug.get('level-3')!.children).toEqual(['level-4']);
	});
});
