import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES } from '../../../schemas/enums.ts';
import { actionViews, isOpen, isOverdue } from '../../../src/lib/engine/actions.ts';
import { addDays } from '../../../src/lib/engine/dates.ts';
import { AS_OF, planInput, portfolioOf } from './fixtures.ts';

describe('overdue actions', () => {
	const closed = new Set(['done', 'dropped']);
	const cases = ACTION_STATUSES.flatMap((status) =>
		[-1, 0, 1, undefined].map((offset) => [status, offset, !closed.has(status) && offset !== undefined && offset < 0] as const),
	);
	it.each(cases)('status %s due in %s days: overdue %s', (status, offset, overdue) => {
		const action = { title: 'x', status, ...(offset === undefined ? {} : { due: addDays(AS_OF, offset) }) };
		expect(isOverdue(action, AS_OF)).toBe(overdue);
		expect(isOpen(action)).toBe(!closed.has(status));
	});

	it('views keep the written order and index', () => {
		const views = actionViews(
			[
				{ title: 'b', status: 'blocked', due: '2026-01-01' },
				{ title: 'a', status: 'done', due: '2026-01-01' },
			],
			AS_OF,
		);
		expect(views.map((v) => [v.title, v.index, v.open, v.overdue])).toEqual([
			['b', 0, true, true],
			['a', 1, false, false],
		]);
		expect(actionViews(undefined, AS_OF)).toEqual([]);
	});

	it('counts open and overdue actions per account', () => {
		const plan = planInput('late', (p) => p.actions!.push({ title: 'late one', owner: 'li-wei', due: '2026-11-21', status: 'planned' }));
		const [account] = portfolioOf([plan]).accounts;
		expect(account!.openActions).toBe(2);
		expect(account!.overdueActions).toBe(1);
	});
});
