import { describe, expect, it } from 'vitest';
import type { PlanFrontmatter } from '../../../schemas/plan.ts';
import { partText } from '../../../src/lib/content/part-text.ts';
import { reviewPack } from '../../../src/lib/engine/review-pack.ts';
import { BASE_BODY, planInput, portfolioOf, testPolicy } from './fixtures.ts';

function packOf(change: (p: PlanFrontmatter) => void = () => {}, policy = testPolicy()) {
	const portfolio = portfolioOf([planInput('acme', change)], { policy });
	return reviewPack(portfolio.accounts[0]!, policy);
}

describe('review pack', () => {
	it("lists the policy's questions in order with the latest review's findings", () => {
		const pack = packOf(
			(p) =>
				(p.review = {
					history: [
						{ date: '2026-10-01', by: ['zhang-min'], outcome: 'revise', findings: { 'goals-realistic': 'concern', competitive: 'ok' }, decisions: ['Do X'] },
						{ date: '2026-07-01', by: ['zhang-min'], outcome: 'approved', findings: { 'product-fit': 'concern' } },
					],
				}),
		);
		expect(pack.previous).toMatchObject({ date: '2026-10-01', decisions: ['Do X'] });
		expect(pack.questions.map((q) => q.id)).toEqual(testPolicy().reviewQuestions.map((q) => q.id));
		expect(Object.fromEntries(pack.questions.filter((q) => q.previous).map((q) => [q.id, q.previous]))).toEqual({ 'goals-realistic': 'concern', competitive: 'ok' });
	});

	it('has no previous review before the first meeting', () => {
		const pack = packOf();
		expect(pack.previous).toBeNull();
		expect(pack.questions.every((q) => q.previous === undefined)).toBe(true);
	});

	it.each([
		// [case, costs of the last two years, trend]
		['rising', [200_000, 250_000], 'rising'],
		['falling', [250_000, 200_000], 'falling'],
		['within 2 %: flat', [250_000, 254_000], 'flat'],
	] as const)('calls the account cost %s', (_case, [before, last], trend) => {
		const pack = packOf((p) => (p.financials = [{ year: 2024, revenue: 4_000_000, contribution: 900_000, cost: before }, { year: 2025, revenue: 5_000_000, contribution: 1_100_000, cost: last }]));
		expect(pack.evidence.returns.costTrend).toBe(trend);
	});

	it('gives the latest profit margin as profit over revenue', () => {
		const pack = packOf((p) => (p.financials = [{ year: 2025, revenue: 5_000_000, contribution: 1_100_000, cost: 100_000 }]));
		expect(pack.evidence.profitRisk.margin).toEqual({ year: 2025, margin: (1_100_000 - 100_000) / 5_000_000 });
		expect(pack.evidence.returns.costTrend).toBeUndefined();
	});

	it('names the risks: tier mismatch, cold and uncovered deciders, overdue actions', () => {
		const pack = packOf((p) => {
			p.value = { current: 2_000_000, potential: 6_000_000, wallet: 20_000_000 };
			p.contacts = [
				{ id: 'a', name: 'Cold One', role: 'decider', coveredBy: 'li-wei', lastContact: '2026-01-01' },
				{ id: 'b', name: 'Nobody Covers', role: 'decider' },
			];
			p.actions!.push({ title: 'late', owner: 'li-wei', due: '2026-11-01', status: 'blocked' });
		});
		expect(pack.evidence.profitRisk.risks).toEqual([
			{ kind: 'tier-mismatch', tier: 'major', suggested: 'named' },
			{ kind: 'cold-deciders', names: ['Cold One'] },
			{ kind: 'uncovered-deciders', names: ['Nobody Covers'] },
			{ kind: 'overdue-actions', count: 1 },
		]);
		expect(pack.evidence.initiatives).toMatchObject({ overdue: 1, blocked: 1 });
	});

	it('counts the actions that serve an objective and names objectives without any', () => {
		const pack = packOf((p) => (p.actions![0]!.objective = 'group-framework', p.objectives!.push({ ...p.objectives![0]!, id: 'lonely' })));
		expect(pack.evidence.resources).toMatchObject({ actions: 2, linkedActions: 1, objectivesWithoutActions: ['lonely'] });
	});
});

describe('partText', () => {
	const sections = testPolicy().sections;

	it("gives a part's prose as plain text, without marks or the next part", () => {
		const body = '## Customer information\n\nA **national** builder, see [the site](https://x.example).\n\n- roads\n- tunnels\n\n## Customer performance\n\nOther.';
		expect(partText(body, 'customer', sections)).toBe('A national builder, see the site. roads tunnels');
	});

	it('shortens long text on a word boundary and marks the cut', () => {
		const text = partText(BASE_BODY.replace('A national builder of roads and tunnels.', 'word '.repeat(100)), 'customer', sections, 40)!;
		expect(text.length).toBeLessThanOrEqual(41);
		expect(text.endsWith('…')).toBe(true);
	});

	it('is undefined when the body lacks the part', () => {
		expect(partText('## Action plan\n\nDo.', 'customer', sections)).toBeUndefined();
	});
});

describe('partText shows the text exactly as written', () => {
	it('keeps <, >, &, quotes, backslashes, CJK punctuation and emoji', async () => {
		const { PLANTED_TEXT } = await import('../../helpers/planted-text.ts');
		const sections = testPolicy().sections;
		expect(PLANTED_TEXT).toContain('C:\\temp\\x');
		expect(partText(`## Customer information\n\n${PLANTED_TEXT}\n\n## Customer performance\n\nOther.`, 'customer', sections)).toBe(PLANTED_TEXT);
		expect(partText('## 客户信息\n\n审批：总经理拍板（>500万），副总（>100万）。\n\n## 客户业绩\n\n略。', 'customer', sections)).toBe('审批：总经理拍板（>500万），副总（>100万）。');
	});

	it('cuts between characters, never inside an emoji', () => {
		const text = partText(`## Customer information\n\n${'😀'.repeat(10)}`, 'customer', testPolicy().sections, 4);
		expect(text).toBe('😀😀😀😀…');
	});
});

describe('shortenText', () => {
	it.each([
		['short text, kept whole', 'abc', 5, 'abc'],
		['exactly the limit, kept whole', 'abcde', 5, 'abcde'],
		['longer text, cut and marked', 'abcdef', 5, 'abcde…'],
		['an emoji, never split', '😀😀😀', 2, '😀😀…'],
		['an emoji with a skin tone, one character', '👍🏽👍🏽👍🏽', 1, '👍🏽…'],
		['a flag, one character', '🇨🇳🇨🇳', 1, '🇨🇳…'],
		['CJK punctuation, one character each', '（>500万）', 3, '（>5…'],
	])('%s', async (_, text, max, expected) => {
		const { shortenText } = await import('../../../schemas/text.ts');
		expect(shortenText(text, max)).toBe(expected);
	});
});

describe('describeInput', () => {
	it('quotes a long value as written, cut between whole characters', async () => {
		const { describeInput } = await import('../../../schemas/date.ts');
		const { PLANTED_TEXT } = await import('../../helpers/planted-text.ts');
		expect(describeInput('😀'.repeat(61))).toBe(`\`${'😀'.repeat(57)}...\` (text)`);
		expect(describeInput(PLANTED_TEXT)).toBe('`Zyxplant 总经理拍板（>500万） a < b && R&D "双引号" \'single\' C:\\temp...` (text)');
		expect(describeInput(PLANTED_TEXT.slice(9, 69))).toBe(`\`${PLANTED_TEXT.slice(9, 69)}\` (text)`);
	});
});

describe('review pack: the team and its return', () => {
	it('return-on-effort: cost to serve 2025 (250,000 / 5,000,000), the 2026 budget against the 2026 forecast (195,000 / 6,500,000), the contribution rising', () => {
		const pack = packOf((p) => (p.budget = [{ year: 2026, item: 'Visits', amount: 195_000 }]));
		expect(pack.evidence.returns.costToServe).toEqual({ year: 2025, ratio: 0.05 });
		expect(pack.evidence.returns.budget).toEqual({ year: 2026, total: 195_000, share: 0.03 });
		expect(pack.evidence.returns.contributionTrend).toBe('rising');
	});

	it('resources-linked: counts the resources asked, agreed or delivered, declined and late', () => {
		const pack = packOf(
			(p) =>
				(p.resources = [
					{ need: 'Crew', status: 'requested', by: '2026-11-01' },
					{ need: 'Credit', status: 'agreed' },
					{ need: 'Samples', status: 'delivered' },
					{ need: 'Discount', status: 'declined' },
				]),
		);
		expect(pack.evidence.resources.requests).toEqual({ asked: 4, agreed: 2, declined: 1, late: 1 });
	});
});
