/**
 * The engine explains health points and attention with a stable reason and its
 * values; the UI words them from the dictionaries, in English and in Chinese.
 */
import { describe, expect, it } from 'vitest';
import { createUi } from '../../src/i18n/index.ts';
import type { AttentionReason, HealthReason } from '../../src/lib/engine/types.ts';
import { attentionText } from '../../src/view/attention.ts';
import { healthText, sectionTitle } from '../../src/view/health.ts';
import { BASE_BODY, PEOPLE, planInput, portfolioOf, testPolicy } from '../lib/engine/fixtures.ts';

const en = createUi('en');
const zh = createUi('zh-CN');
const context = { people: PEOPLE, policy: testPolicy() };

/** One of every health reason, with values. */
const HEALTH_REASONS: HealthReason[] = [
	{ reason: 'owner-not-needed', params: {} },
	{ reason: 'owner-named', params: { owner: 'wang-fang' } },
	{ reason: 'owner-missing', params: {} },
	{ reason: 'sponsor-not-needed', params: {} },
	{ reason: 'sponsor-named', params: { sponsor: 'zhang-min' } },
	{ reason: 'sponsor-missing', params: {} },
	{ reason: 'parts-complete', params: { total: 4 } },
	{ reason: 'parts-missing', params: { found: 2, total: 4, missing: ['competition', 'actions'] } },
	{ reason: 'decider-not-needed', params: {} },
	{ reason: 'decider-named', params: {} },
	{ reason: 'contacts-missing', params: {} },
	{ reason: 'decider-missing', params: { contacts: 3 } },
	{ reason: 'review-never', params: {} },
	{ reason: 'review-overdue', params: { due: '2026-10-01', daysOverdue: 52 } },
	{ reason: 'review-fresh', params: { last: '2026-10-01', due: '2027-01-01' } },
	{ reason: 'actions-none-open', params: {} },
	{ reason: 'actions-all-owned', params: { open: 2 } },
	{ reason: 'actions-unowned', params: { unowned: 1, open: 2 } },
	{ reason: 'forecast-not-needed', params: {} },
	{ reason: 'forecast-given', params: { years: 5 } },
	{ reason: 'forecast-missing', params: {} },
];

const ATTENTION_REASONS: AttentionReason[] = [
	{ kind: 'review-overdue', params: { due: '2026-08-01', daysOverdue: 113 } },
	{ kind: 'actions-overdue', params: { count: 2 } },
	{ kind: 'period-expired', params: { end: '2025-12-31' } },
	{ kind: 'never-reviewed', params: {} },
	{ kind: 'period-ending', params: { end: '2026-12-31', daysLeft: 39 } },
	{ kind: 'tier-mismatch', params: { tier: 'major', suggested: 'named' } },
	{ kind: 'low-health', params: { score: 55, max: 100, threshold: 60 } },
];

describe('healthText', () => {
	it.each(HEALTH_REASONS.map((item) => [item.reason, item] as const))('words %s in both languages, every placeholder filled', (_reason, item) => {
		const english = healthText(item, context, en);
		const chinese = healthText(item, context, zh);
		for (const text of [english, chinese]) expect(text).not.toMatch(/[{}]|undefined/);
		expect(chinese).toMatch(/\p{Script=Han}/u);
		expect(chinese).not.toBe(english);
	});

	it('fills dates, durations, people and lists with the locale’s formatters', () => {
		const overdue = { reason: 'review-overdue', params: { due: '2026-10-01', daysOverdue: 52 } } as const;
		expect(healthText(overdue, context, en)).toBe('Review was due Oct 1, 2026: 52 days overdue');
		expect(healthText(overdue, context, zh)).toBe('评审应于 2026年10月1日 完成：逾期 52 天');
		expect(healthText({ reason: 'owner-named', params: { owner: 'wang-fang' } }, context, en)).toBe('Owned by 王芳');
		const missing: HealthReason = { reason: 'parts-missing', params: { found: 2, total: 4, missing: ['competition', 'actions'] } };
		expect(healthText(missing, context, en)).toBe('2 of 4 parts written; missing Competitive assessment and Action plan');
		expect(healthText(missing, context, zh)).toBe('已撰写 2 / 4 个部分；缺少竞争评估和行动计划');
	});

	it('words what the engine computed for a plan', () => {
		const account = portfolioOf([planInput('acme', (p) => (delete p.contacts, (p.review = { last: '2026-01-01' })), BASE_BODY)]).accounts[0]!;
		const lost = account.health.items.filter((item) => item.earned < item.max);
		expect(lost.map((item) => healthText(item, context, zh))).toEqual(['未列出联系人', '评审应于 2026年4月1日 完成：逾期 235 天']);
		// The engine's English detail stays for exports.
		expect(lost.map((item) => item.detail)).toEqual(['no contacts listed', 'review overdue since 2026-04-01']);
	});
});

describe('sectionTitle', () => {
	it('takes a Chinese title for zh-CN, else the first', () => {
		const section = { id: 'customer', titles: ['Customer information', '客户信息'] };
		expect(sectionTitle(section, 'zh-CN')).toBe('客户信息');
		expect(sectionTitle(section, 'en')).toBe('Customer information');
		expect(sectionTitle({ id: 'x', titles: ['Risks'] }, 'zh-CN')).toBe('Risks');
	});
});

describe('attentionText', () => {
	it.each(ATTENTION_REASONS.map((item) => [item.kind, item] as const))('words %s in both languages, every placeholder filled', (_kind, item) => {
		const english = attentionText(item, en);
		const chinese = attentionText(item, zh);
		for (const text of [english, chinese]) expect(text).not.toMatch(/[{}]|undefined/);
		expect(chinese).toMatch(/\p{Script=Han}/u);
		expect(chinese).not.toBe(english);
	});

	it('words what the engine found from its values alone', () => {
		// A major plan with a named account's value, last reviewed in January.
		const portfolio = portfolioOf([planInput('acme', (p) => ((p.value = { current: 2_000_000, potential: 6_000_000, wallet: 20_000_000 }), (p.review = { last: '2026-01-01' })))]);
		const [entry] = portfolio.attention;
		expect(entry!.items.map((item) => attentionText(item, zh))).toEqual(['评审已逾期：逾期 235 天（应于 2026年4月1日）', '申报为重要客户；按价值应为命名客户']);
		expect(entry!.items.map((item) => attentionText(item, en))).toEqual(['Review overdue: 235 days overdue (due Apr 1, 2026)', 'Declared Major; its values suggest Named']);
	});
});
