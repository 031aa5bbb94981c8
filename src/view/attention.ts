import type { Ui } from '../i18n/index.ts';
import type { AttentionReason } from '../lib/engine/types.ts';

/** The engine's reason for attention in the UI's language, from its kind and params. */
export function attentionText(item: AttentionReason, ui: Ui): string {
	const { t, fmt } = ui;
	switch (item.kind) {
		case 'review-overdue':
			return t('attention.review-overdue', { overdue: ui.relativeDue(-item.params.daysOverdue), date: fmt.date(item.params.due) });
		case 'actions-overdue':
			return t('attention.actions-overdue', { count: item.params.count });
		case 'period-expired':
			return t('attention.period-expired', { date: fmt.date(item.params.end) });
		case 'never-reviewed':
			return t('attention.never-reviewed');
		case 'period-ending':
			return t('attention.period-ending', { date: fmt.date(item.params.end) });
		case 'tier-mismatch':
			return t('attention.tier-mismatch', { tier: t(`tier.${item.params.tier}`), suggested: t(`tier.${item.params.suggested}`) });
		case 'low-health':
			return t('attention.low-health', { score: item.params.score, max: item.params.max });
		case 'review-outcome':
			return t('attention.review-outcome', { date: fmt.date(item.params.date), outcome: t(`reviewOutcome.${item.params.outcome}`) });
		case 'objectives-missed':
			return t('attention.objectives-missed', { count: item.params.count });
		case 'objectives-behind':
			return t('attention.objectives-behind', { count: item.params.count });
		case 'deciders-cold':
			return t('attention.deciders-cold', { names: fmt.list(item.params.names) });
		case 'deciders-uncovered':
			return t('attention.deciders-uncovered', { names: fmt.list(item.params.names) });
		case 'visit-overdue':
			return item.params.days === null
				? t('attention.visit-never', { every: fmt.number(item.params.everyDays) })
				: t('attention.visit-overdue', { days: fmt.number(item.params.days), every: fmt.number(item.params.everyDays) });
	}
}
