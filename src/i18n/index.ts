/**
 * The UI's language: labels from the dictionary of the policy's locale, plus
 * Intl formatters. Pure: pages get one `Ui` per build from `src/data/ui.ts`.
 */
import type { Locale } from '../../schemas/enums.ts';
import { type Dictionary, en, type MessageKey } from './en.ts';
import { type Formatters, formatters } from './format.ts';
import { zhCN } from './zh-CN.ts';

export type { MessageKey } from './en.ts';

export const DICTIONARIES: Record<Locale, Dictionary> = { en, 'zh-CN': zhCN };

export type Vars = Record<string, string | number>;

export interface Ui {
	locale: Locale;
	/** A label, with `{name}` placeholders filled from `vars` (numbers formatted). */
	t(key: MessageKey, vars?: Vars): string;
	fmt: Formatters;
	/** "3 days overdue" / "in 12 days" / "due today". */
	relativeDue(daysUntilDue: number): string;
	/** "1 account" / "5 accounts". */
	accounts(count: number): string;
}

export function createUi(locale: Locale): Ui {
	const dictionary = DICTIONARIES[locale];
	const fmt = formatters(locale);
	const t = (key: MessageKey, vars?: Vars): string => {
		const template = dictionary[key];
		if (!vars) return template;
		return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
			const value = vars[name];
			if (value === undefined) return whole;
			return typeof value === 'number' ? fmt.number(value) : value;
		});
	};
	return {
		locale,
		t,
		fmt,
		relativeDue(days) {
			if (days < -1) return t('common.daysOverdue', { days: -days });
			if (days === -1) return t('common.dayOverdue');
			if (days === 0) return t('common.dueToday');
			if (days === 1) return t('common.dueInDay');
			return t('common.dueInDays', { days });
		},
		accounts(count) {
			return count === 1 ? t('common.accountCount') : t('common.accountsCount', { count });
		},
	};
}

export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(en, key);
}
