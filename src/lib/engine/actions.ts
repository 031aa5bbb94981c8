import type { Action } from '../../../schemas/action.ts';
import { compareDates } from './dates.ts';
import type { ActionView } from './types.ts';

/** An action still to do: not done and not dropped. */
export function isOpen(action: Pick<Action, 'status'>): boolean {
	return action.status !== 'done' && action.status !== 'dropped';
}

/** Open with a due date before the as-of date (due on the as-of date is not late yet). */
export function isOverdue(action: Pick<Action, 'status' | 'due'>, asOf: string): boolean {
	return isOpen(action) && action.due !== undefined && compareDates(action.due, asOf) < 0;
}

/** The plan's actions in their written order, each with its index and state. */
export function actionViews(actions: readonly Action[] | undefined, asOf: string): ActionView[] {
	return (actions ?? []).map((action, index) => ({ ...action, index, open: isOpen(action), overdue: isOverdue(action, asOf) }));
}
