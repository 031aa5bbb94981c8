import { describe, expect, it } from 'vitest';
import { createUi } from '../../../src/i18n/index.ts';
import { readContentDir } from '../../../src/node/read-content-dir.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { computePortfolio } from '../../../src/lib/engine/index.ts';
import { amountSortValue, comparableAmount, ownerLabel, planSearchData, SEARCH_FACETS } from '../../../src/lib/search/plan-search-data.ts';
import { decodeEntities, excerptSegments } from '../../../src/scripts/search/excerpt.ts';
import { SAMPLE_CONTENT, TEST_AS_OF } from '../../helpers/build-site.ts';

describe('sort values', () => {
	it('order exactly like the amounts, beyond the 2^24 where 32-bit floats tie', () => {
		const amounts = [0, 5, 16_777_216, 16_777_217, 24_000_000, 24_000_001, 1e9, 1e9 + 1, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER * 7.2];
		const values = amounts.map(amountSortValue);
		expect([...values].sort()).toEqual(values);
		expect(new Set(values).size).toBe(amounts.length);
		// Never a number, so Pagefind compares them as strings.
		for (const value of values) expect(Number.isNaN(Number(value))).toBe(true);
	});

	it('treat a missing or broken amount as 0', () => {
		expect(amountSortValue(Number.NaN)).toBe(amountSortValue(0));
		expect(amountSortValue(-5)).toBe(amountSortValue(0));
	});

	it('convert into the policy currency when the policy has a rate', () => {
		const policy = { currency: 'CNY', exchangeRates: { USD: 7 } } as unknown as Parameters<typeof comparableAmount>[2];
		expect(comparableAmount(100, 'USD', policy)).toBe(700);
		expect(comparableAmount(100, 'CNY', policy)).toBe(100);
		expect(comparableAmount(100, 'EUR', policy)).toBe(100);
	});
});

describe('plan search data of the sample content', async () => {
	const { plans, people, policy, visits } = validateContent(await readContentDir(SAMPLE_CONTENT));
	const portfolio = computePortfolio({ plans, people, policy, visits, asOf: TEST_AS_OF });

	it('gives every plan every facet and every sort key', () => {
		for (const locale of ['en', 'zh-CN'] as const) {
			const ui = createUi(locale);
			for (const account of portfolio.accounts) {
				const data = planSearchData(account, portfolio.people, portfolio.policy, ui);
				expect(Object.keys(data.filters)).toEqual([...SEARCH_FACETS]);
				for (const value of Object.values(data.filters)) expect(value.trim()).not.toBe('');
				expect(Object.keys(data.sort)).toEqual(['current', 'potential', 'review']);
				expect(data.sort.review).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				expect(data.meta.url).toBe(`/accounts/${account.slug}/`);
			}
		}
	});

	it('indexes objectives\' titles and review decisions, and facets the latest review outcome', () => {
		const ui = createUi('en');
		for (const account of portfolio.accounts) {
			const data = planSearchData(account, portfolio.people, portfolio.policy, ui);
			for (const objective of account.frontmatter.objectives ?? []) expect(data.facts).toContain(objective.title);
			for (const review of account.frontmatter.review?.history ?? []) for (const decision of review.decisions ?? []) expect(data.facts).toContain(decision);
			expect(data.filters.outcome).toBe(account.latestReview ? ui.t(`reviewOutcome.${account.latestReview.outcome}`) : ui.t('reviewOutcome.none'));
		}
	});

	it('labels facets in the portal language', () => {
		const account = portfolio.bySlug.get('qinling-tunnel-bridge')!;
		expect(planSearchData(account, portfolio.people, portfolio.policy, createUi('en')).filters).toMatchObject({ tier: 'Major', category: 'Target', owner: 'Liu Yang' });
		expect(planSearchData(account, portfolio.people, portfolio.policy, createUi('zh-CN')).filters).toMatchObject({ tier: '重要客户', category: '目标客户' });
	});

	it('keeps two people of the same name apart in the owner facet', () => {
		const ui = createUi('en');
		const twins = [
			{ id: 'li-wei', name: 'Li Wei' },
			{ id: 'li-wei-2', name: 'Li Wei' },
			{ id: 'xu-ting', name: 'Xu Ting' },
		] as Parameters<typeof ownerLabel>[0];
		expect(ownerLabel(twins, 'li-wei', ui)).toBe('Li Wei (li-wei)');
		expect(ownerLabel(twins, 'li-wei-2', ui)).toBe('Li Wei (li-wei-2)');
		expect(ownerLabel(twins, 'xu-ting', ui)).toBe('Xu Ting');
		expect(ownerLabel(twins, undefined, ui)).toBe(ui.t('common.noOwner'));
	});
});

describe('excerpts', () => {
	it('split Pagefind excerpts into text and marked text, decoding only what Pagefind escapes', () => {
		expect(excerptSegments('a <mark>tunnel </mark>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp;lt; & b')).toEqual([
			{ text: 'a ', marked: false },
			{ text: 'tunnel ', marked: true },
			{ text: '</script><script>alert(1)</script> &amp;lt; & b', marked: false },
		]);
		expect(decodeEntities('&lt;img src=x onerror=alert(1)&gt;')).toBe('<img src=x onerror=alert(1)>');
	});

	it('drop the stray ". " Pagefind may start an excerpt with', () => {
		expect(excerptSegments('. Minjiang builds diversion <mark>tunnels</mark>, dams')).toEqual([
			{ text: 'Minjiang builds diversion ', marked: false },
			{ text: 'tunnels', marked: true },
			{ text: ', dams', marked: false },
		]);
		expect(excerptSegments('. <mark>隧道</mark>')).toEqual([{ text: '隧道', marked: true }]);
	});

	it('never turn escaped content into a mark', () => {
		expect(excerptSegments('&lt;mark&gt;not a match&lt;/mark&gt;')).toEqual([{ text: '<mark>not a match</mark>', marked: false }]);
	});
});

describe('excerpts read back against the page text', () => {
	it('keep an `&lt;` the writer typed as such, and turn Pagefind’s escaped brackets back into `<` and `>`', () => {
		// The page's text holds a code span about HTML (`&lt;`) and a real `<`; Pagefind escapes only the latter.
		const content = 'Approval. Write &lt; for a < sign, above 500万 (>5). End';
		const excerpt = 'Write &lt; for a &lt; <mark>sign</mark>, above 500万 (&gt;5)';
		expect(excerptSegments(excerpt, content)).toEqual([
			{ text: 'Write &lt; for a < ', marked: false },
			{ text: 'sign', marked: true },
			{ text: ', above 500万 (>5)', marked: false },
		]);
	});

	it('read Chinese excerpts, whose words Pagefind joins with nothing, and fall back to plain decoding when the excerpt is not in the text', () => {
		expect(excerptSegments('总经理拍板（&gt;500万） &amp;lt;', '审批：总经理拍板（>500万） &amp;lt;')).toEqual([{ text: '总经理拍板（>500万） &amp;lt;', marked: false }]);
		expect(excerptSegments('a &lt; b', 'other &lt; text')).toEqual([{ text: 'a < b', marked: false }]);
	});
});
