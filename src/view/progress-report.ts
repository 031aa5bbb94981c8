/**
 * The progress report page's rows: each major account's report row from the
 * engine, joined with its account, its attention entry, its overdue
 * milestones and how its objectives moved in the period, so the page only
 * renders.
 */
import type { ObjectiveStatus, ObjectiveUnit } from '../../schemas/objective.ts';
import type { Formatters } from '../i18n/format.ts';
import type { MessageKey, Ui } from '../i18n/index.ts';
import type { AccountMovement, MovementState, PlanMovement, ProgressMovement } from '../lib/engine/objective-movement.ts';
import type { AccountView, ActionView, AttentionEntry, Portfolio, ProgressReport } from '../lib/engine/types.ts';
import { objectiveValue } from './living-plan.ts';

export interface ProgressReportCard {
	row: ProgressReport['accounts'][number];
	account: AccountView;
	/** Why the account needs attention now; absent when it does not. */
	attention?: AttentionEntry;
	/** Milestones past their due date and not done. */
	overdue: ActionView[];
	/** How its objectives moved in the period (when the movement was computed). */
	movement?: AccountMovement;
}

export function progressReportCards(portfolio: Portfolio, movement?: Pick<ProgressMovement, 'bySlug'>): ProgressReportCard[] {
	const attention = new Map(portfolio.attention.map((entry) => [entry.slug, entry]));
	return portfolio.progressReport.accounts.map((row) => {
		const account = portfolio.bySlug.get(row.slug);
		if (!account) throw new Error(`the progress report names \`${row.slug}\`, which the portfolio does not hold`);
		const entry = attention.get(row.slug);
		const moved = movement?.bySlug.get(row.slug);
		return { row, account, ...(entry && { attention: entry }), overdue: account.actions.filter((action) => action.overdue), ...(moved && { movement: moved }) };
	});
}

/** A change in money with its sign: `+¥1,000`, `-¥1,000`, `¥0`. */
export function signedMoney(amount: number, currency: string, fmt: Pick<Formatters, 'money'>): string {
	return `${amount > 0 ? '+' : ''}${fmt.money(amount, currency)}`;
}

/** One line of an account's objectives table on the progress report: the objective at the period start and now, in words. */
export interface MovementRow {
	id: string;
	title: string;
	measure?: string;
	/** The measured value at the start and now, in the objective's unit; absent where there is none. */
	startValue?: string;
	nowValue?: string;
	/** Progress towards the target at the start and now, as a percentage. */
	startProgress?: string;
	nowProgress?: string;
	/** "start → now" of the value and of the progress, "—" for an end there is none of. */
	valueText: string;
	progressText: string;
	/** The change in progress in percentage points with its sign ("+25 pts"); absent without both ends. */
	change?: string;
	/** Which way progress went: for the colour of `change`. */
	direction?: 'up' | 'down' | 'flat';
	startStatus?: ObjectiveStatus;
	nowStatus?: ObjectiveStatus;
	state: MovementState | 'dropped';
	/** The state in words. */
	stateText: string;
}

const STATE_KEYS: Record<MovementRow['state'], MessageKey> = {
	moved: 'report.movement.state.moved',
	unchanged: 'report.movement.state.unchanged',
	new: 'report.movement.state.new',
	unknown: 'report.movement.state.unknown',
	dropped: 'report.movement.state.dropped',
};

/** Percentage points with their sign, to one decimal: "+25 pts", "-12.5 pts", "0 pts". */
export function signedPoints(points: number, ui: Ui): string {
	const rounded = Math.round(points * 10) / 10 || 0; // no "-0"
	return ui.t('report.movement.points', { points: `${rounded > 0 ? '+' : ''}${ui.fmt.decimal(rounded)}` });
}

/** The rows of an account's objectives table: its objectives now in plan order, then those dropped in the period. */
export function movementRows(movement: PlanMovement, currency: string, ui: Ui): MovementRow[] {
	const value = (v: number, unit: ObjectiveUnit) => objectiveValue(v, unit, currency, ui);
	const rows = movement.objectives.map((objective): Omit<MovementRow, 'valueText' | 'progressText'> => {
		const { start, now } = objective;
		const rounded = objective.change === undefined ? undefined : Math.round(objective.change * 10) / 10;
		return {
			id: objective.id,
			title: objective.title,
			...(objective.measure !== undefined && { measure: objective.measure }),
			...(start && { startValue: value(start.value, objective.unit), startProgress: ui.fmt.percent(start.progress), startStatus: start.status }),
			nowValue: value(now.value, objective.unit),
			nowProgress: ui.fmt.percent(now.progress),
			...(objective.change !== undefined && { change: signedPoints(objective.change, ui), direction: rounded! > 0 ? 'up' : rounded! < 0 ? 'down' : 'flat' }),
			nowStatus: now.status,
			state: objective.state,
			stateText: ui.t(STATE_KEYS[objective.state]),
		};
	});
	const dropped = movement.dropped.map(
		(objective): Omit<MovementRow, 'valueText' | 'progressText'> => ({
			id: objective.id,
			title: objective.title,
			...(objective.measure !== undefined && { measure: objective.measure }),
			startValue: value(objective.start.value, objective.unit),
			startProgress: ui.fmt.percent(objective.start.progress),
			startStatus: objective.start.status,
			state: 'dropped',
			stateText: ui.t(STATE_KEYS.dropped),
		}),
	);
	const fromTo = (start: string | undefined, now: string | undefined) => ui.t('report.movement.startNow', { start: start ?? '—', now: now ?? '—' });
	return [...rows, ...dropped].map((row) => ({ ...row, valueText: fromTo(row.startValue, row.nowValue), progressText: fromTo(row.startProgress, row.nowProgress) }));
}

/** What an account's objectives are compared with, in a sentence; absent when the whole history is unavailable (the page says that once). */
export function movementNote(movement: AccountMovement, ui: Ui, periodStart: string): string | undefined {
	const date = ui.fmt.date(periodStart);
	if (movement.basis === 'compared') return movement.commit ? ui.t('report.movement.compared', { date: ui.fmt.date(movement.commit.day) }) : undefined;
	if (movement.basis === 'new') return ui.t('report.movement.newPlan', { date });
	// A history that begins after the period start is said once for the page (movementUnavailableNote).
	if (movement.unknownBecause && movement.unknownBecause !== 'before-history') return ui.t(`report.movement.unknown.${movement.unknownBecause}`, { date });
	return undefined;
}

/** Why no movement can be shown for any account, said once on the page; absent when the history is there. */
export function movementUnavailableNote(movement: Pick<ProgressMovement, 'unavailable' | 'periodStart'>, ui: Ui): string | undefined {
	if (!movement.unavailable) return undefined;
	const date = ui.fmt.date(movement.periodStart);
	if (movement.unavailable === 'before-history') return ui.t('report.movement.beforeHistory', { date });
	return ui.t('report.movement.unavailable', { date, reason: ui.t(`history.unavailable.${movement.unavailable}`) });
}
