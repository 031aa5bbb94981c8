import type { Ui } from '../i18n/index.ts';
import type { AccountView, AttentionItem } from '../lib/engine/types.ts';

/** The engine's reason for attention in the UI's language, filled from the account's computed fields. */
export function attentionText(item: AttentionItem, account: AccountView, ui: Ui): string {
	const { t, fmt } = ui;
	switch (item.kind) {
		case 'review-overdue':
			return t('attention.review-overdue', { overdue: ui.relativeDue(account.review.daysUntilDue), date: fmt.date(account.review.due) });
		case 'actions-overdue':
			return t('attention.actions-overdue', { count: account.overdueActions });
		case 'period-expired':
			return t('attention.period-expired', { date: account.period.end ? fmt.date(account.period.end) : '—' });
		case 'never-reviewed':
			return t('attention.never-reviewed');
		case 'period-ending':
			return t('attention.period-ending', { date: account.period.end ? fmt.date(account.period.end) : '—' });
		case 'tier-mismatch':
			return t('attention.tier-mismatch', { tier: t(`tier.${account.tier}`), suggested: t(`tier.${account.suggestedTier}`) });
		case 'low-health':
			return t('attention.low-health', { score: account.health.score });
		default:
			return item.message;
	}
}
