import { describe, expect, it } from 'vitest';
import { createUi, DICTIONARIES } from '../../src/i18n/index.ts';
import { formatters } from '../../src/i18n/format.ts';
import { ACTION_STATUSES, CATEGORIES, CONTACT_ROLES, STANCES, STRENGTHS, TIERS } from '../../schemas/enums.ts';
import { ATTENTION_KINDS, QUADRANTS, REVIEW_STATUSES } from '../../src/lib/engine/types.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
	it('en and zh-CN have identical keys', () => {
		expect(Object.keys(DICTIONARIES['zh-CN']).sort()).toEqual(Object.keys(DICTIONARIES.en).sort());
	});

	it('every label is filled in, with the same placeholders in both languages', () => {
		for (const [key, english] of Object.entries(DICTIONARIES.en)) {
			const chinese = DICTIONARIES['zh-CN'][key as keyof typeof DICTIONARIES.en];
			expect(english.trim(), key).not.toBe('');
			expect(chinese.trim(), key).not.toBe('');
			expect(placeholders(chinese), key).toEqual(placeholders(english));
		}
	});

	it('names every tier, category, role, stance, strength, status, quadrant and attention reason', () => {
		const keys = [
			...TIERS.flatMap((v) => [`tier.${v}`, `tierName.${v}`]),
			...CATEGORIES.flatMap((v) => [`category.${v}`, `categoryGoal.${v}`]),
			...CONTACT_ROLES.map((v) => `role.${v}`),
			...STANCES.map((v) => `stance.${v}`),
			...STRENGTHS.map((v) => `strength.${v}`),
			...ACTION_STATUSES.map((v) => `actionStatus.${v}`),
			...REVIEW_STATUSES.map((v) => `reviewStatus.${v}`),
			...QUADRANTS.flatMap((v) => [`quadrant.${v}`, `quadrantShort.${v}`]),
			...ATTENTION_KINDS.map((v) => `attention.${v}`),
		];
		for (const key of keys) expect(Object.hasOwn(DICTIONARIES.en, key), key).toBe(true);
	});

	it('uses the KAM terms of the Chinese material', () => {
		const zh = DICTIONARIES['zh-CN'];
		expect([zh['tier.major'], zh['tier.named'], zh['tier.non-named'], zh['tier.mass-market']]).toEqual(['重要客户', '命名客户', '非命名客户', '大众客户']);
		expect(zh['col.sow']).toBe('客户份额');
		expect(zh['plan.buyingCentre']).toBe('购买中心');
		expect(zh['role.decider']).toBe('决策者');
	});
});

describe('t()', () => {
	it('fills placeholders and formats numbers for the locale', () => {
		expect(createUi('en').t('common.daysOverdue', { days: 1200 })).toBe('1,200 days overdue');
		expect(createUi('zh-CN').t('common.daysOverdue', { days: 3 })).toBe('逾期 3 天');
	});

	it('says how far away a due date is', () => {
		const ui = createUi('en');
		expect([ui.relativeDue(-3), ui.relativeDue(-1), ui.relativeDue(0), ui.relativeDue(1), ui.relativeDue(12)]).toEqual([
			'3 days overdue',
			'1 day overdue',
			'due today',
			'tomorrow',
			'in 12 days',
		]);
		expect(ui.accounts(1)).toBe('1 account');
		expect(ui.accounts(5)).toBe('5 accounts');
	});
});

describe('formatters', () => {
	it('formats money with its currency, never converting', () => {
		expect(formatters('en').money(8_600_000, 'CNY')).toBe('CN¥8,600,000');
		expect(formatters('en').money(1_150_000, 'USD')).toBe('$1,150,000');
		expect(formatters('zh-CN').money(8_600_000, 'CNY')).toBe('¥8,600,000');
		expect(formatters('zh-CN').moneyCompact(8_600_000, 'CNY')).toBe('¥860万');
		expect(formatters('en').moneyCompact(8_600_000, 'CNY')).toBe('CN¥8.6M');
	});

	it('formats shares and changes as percentages', () => {
		expect(formatters('en').percent(0.331)).toBe('33.1%');
		expect(formatters('en').signedPercent(0.25)).toBe('+25%');
		expect(formatters('en').signedPercent(-0.04)).toBe('-4%');
	});

	it('formats calendar dates the same in every time zone', () => {
		expect(formatters('en').date('2026-12-01')).toBe('Dec 1, 2026');
		expect(formatters('zh-CN').date('2026-12-01')).toBe('2026年12月1日');
		expect(formatters('en').month('2027-01')).toBe('Jan 2027');
		expect(formatters('zh-CN').month('2027-01')).toBe('2027年1月');
		expect(formatters('en').date('2026-01-01')).toBe('Jan 1, 2026');
	});

	it('formats a date again in its own language after the other language formatted it', () => {
		for (let round = 0; round < 2; round++) {
			expect(formatters('en').date('2027-03-04')).toBe('Mar 4, 2027');
			expect(formatters('zh-CN').date('2027-03-04')).toBe('2027年3月4日');
		}
	});

	it('joins lists the way each language does', () => {
		expect(formatters('en').list(['Customer information', 'Action plan'])).toBe('Customer information and Action plan');
		expect(formatters('en').list(['a', 'b', 'c'])).toBe('a, b, and c');
		expect(formatters('zh-CN').list(['客户信息', '竞争评估', '行动计划'])).toBe('客户信息、竞争评估和行动计划');
	});
});
