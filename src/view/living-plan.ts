import type { ObjectiveUnit } from '../../schemas/objective.ts';
import type { Ui } from '../i18n/index.ts';
import type { PackRisk } from '../lib/engine/review-pack.ts';
import type { ContactView } from '../lib/engine/types.ts';

/** An objective's measured value in its unit: a share as a percentage, money in the plan currency, a count as a number. */
export function objectiveValue(value: number, unit: ObjectiveUnit, currency: string, ui: Ui): string {
	if (unit === 'share') return ui.fmt.percent(value);
	if (unit === 'money') return ui.fmt.money(value, currency);
	return ui.fmt.number(value);
}

/** How long since the last contact, in words; "not recorded" without a date. */
export function lastContactText(contact: Pick<ContactView, 'daysSinceContact'>, ui: Ui): string {
	const days = contact.daysSinceContact;
	if (days === undefined) return ui.t('orgChart.notRecorded');
	if (days <= 0) return ui.t('orgChart.today');
	return ui.t('orgChart.daysAgo', { days });
}

/** A risk of the review pack in the UI's language. */
export function riskText(risk: PackRisk, ui: Ui): string {
	const { t, fmt } = ui;
	switch (risk.kind) {
		case 'tier-mismatch':
			return t('pack.risk.tierMismatch', { tier: t(`tier.${risk.tier}`), suggested: t(`tier.${risk.suggested}`) });
		case 'cold-deciders':
			return t('pack.risk.coldDeciders', { names: fmt.list(risk.names) });
		case 'uncovered-deciders':
			return t('pack.risk.uncoveredDeciders', { names: fmt.list(risk.names) });
		case 'overdue-actions':
			return t('pack.risk.overdueActions', { count: risk.count });
	}
}
