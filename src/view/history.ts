/**
 * Words for the plan history: each change since the last review as one line
 * of text in the UI language. The page renders these strings as text (escaped).
 */
import type { Person } from '../../schemas/person.ts';
import type { MessageKey, Ui } from '../i18n/index.ts';
import type { AmountField, ListField, PlanChange, ScalarField } from '../lib/history/changes.ts';
import { personName } from './people.ts';

export interface ChangeContext {
	ui: Ui;
	people: readonly Person[];
	/** The plan's currency, for amounts. */
	currency: string;
}

const FIELD_KEYS: Record<ScalarField | AmountField | ListField, MessageKey> = {
	name: 'history.field.name',
	tier: 'history.field.tier',
	category: 'history.field.category',
	owner: 'history.field.owner',
	sponsor: 'history.field.sponsor',
	parent: 'history.field.parent',
	region: 'history.field.region',
	industry: 'history.field.industry',
	currency: 'history.field.currency',
	planPeriod: 'history.field.planPeriod',
	lost: 'history.field.lost',
	'value.current': 'history.field.current',
	'value.potential': 'history.field.potential',
	'value.wallet': 'history.field.wallet',
	'targets.revenue': 'history.field.revenueTarget',
	'targets.shareOfWallet': 'history.field.shareTarget',
	team: 'history.field.team',
	tags: 'history.field.tags',
	contacts: 'history.field.contacts',
	competitors: 'history.field.competitors',
	actions: 'history.field.actions',
	objectives: 'history.field.objectives',
	products: 'history.field.products',
	financials: 'history.field.financials',
	forecast: 'history.field.forecast',
};

function scalarValue(field: ScalarField, value: string, context: ChangeContext): string {
	const { ui } = context;
	if (field === 'tier') return ui.t(`tier.${value}` as MessageKey);
	if (field === 'category') return ui.t(`category.${value}` as MessageKey);
	if (field === 'owner' || field === 'sponsor') return personName(context.people, value);
	if (field === 'lost') return ui.fmt.date(value);
	return value;
}

function amountValue(field: AmountField, value: number, context: ChangeContext): string {
	return field === 'targets.shareOfWallet' ? context.ui.fmt.percent(value) : context.ui.fmt.money(value, context.currency);
}

const list = (items: readonly string[]) => items.join(', ');

/** One change as a line of text: "Tier: Named → Major", "Potential value: ¥5,000,000 → ¥6,000,000 (+20%)". */
export function describeChange(change: PlanChange, context: ChangeContext): string {
	const { t, fmt } = context.ui;
	if (change.kind === 'actions-closed') {
		return change.titles.length === 1
			? t('history.change.actionClosed', { items: list(change.titles) })
			: t('history.change.actionsClosed', { count: change.titles.length, items: list(change.titles) });
	}
	const field = t(FIELD_KEYS[change.field]);
	if (change.kind === 'scalar') {
		const from = change.from === undefined ? undefined : scalarValue(change.field, change.from, context);
		const to = change.to === undefined ? undefined : scalarValue(change.field, change.to, context);
		if (from === undefined) return t('history.change.set', { field, to: to ?? '' });
		if (to === undefined) return t('history.change.unset', { field, from });
		return t('history.change.changed', { field, from, to });
	}
	if (change.kind === 'amount') {
		const from = change.from === undefined ? undefined : amountValue(change.field, change.from, context);
		const to = change.to === undefined ? undefined : amountValue(change.field, change.to, context);
		if (from === undefined) return t('history.change.set', { field, to: to ?? '' });
		if (to === undefined) return t('history.change.unset', { field, from });
		return change.change === undefined ? t('history.change.changed', { field, from, to }) : t('history.change.amount', { field, from, to, change: fmt.signedPercent(change.change) });
	}
	const name = (item: string) => (change.field === 'team' ? personName(context.people, item) : item);
	const parts = [
		change.added.length > 0 && t('history.list.added', { items: list(change.added.map(name)) }),
		change.removed.length > 0 && t('history.list.removed', { items: list(change.removed.map(name)) }),
		change.changed.length > 0 && t('history.list.changed', { items: list(change.changed.map(name)) }),
	].filter((part): part is string => typeof part === 'string');
	return t('history.change.list', { field, changes: parts.join(t('history.list.separator')) });
}
