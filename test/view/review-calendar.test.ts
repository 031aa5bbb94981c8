import { describe, expect, it } from 'vitest';
import type { ReviewStatus, ScheduleEntry } from '../../src/lib/engine/types.ts';
import { calendarSections } from '../../src/view/review-calendar.ts';

const plan = (n: number, status: ReviewStatus): ScheduleEntry => ({ kind: 'plan', slug: `plan-${n}`, tier: 'named', due: `2027-01-${String((n % 28) + 1).padStart(2, '0')}`, status, daysUntilDue: n });
const collective = (status: ReviewStatus): ScheduleEntry => ({ kind: 'collective', owner: 'li-wei', slugs: ['plan-1'], due: '2027-01-15', status, daysUntilDue: 40 });

describe('calendarSections', () => {
	it.each([
		{ plans: 0, limit: 3, shown: 0, leftOut: 0 },
		{ plans: 3, limit: 3, shown: 3, leftOut: 0 },
		{ plans: 4, limit: 3, shown: 3, leftOut: 1 },
		{ plans: 10, limit: 3, shown: 3, leftOut: 7 },
	])('lists at most $limit of $plans plan reviews and counts the $leftOut left out', ({ plans, limit, shown, leftOut }) => {
		const schedule = Array.from({ length: plans }, (_, i) => plan(i, 'ok'));
		const upcoming = calendarSections(schedule, limit).find((s) => s.status === 'ok')!;
		expect(upcoming.entries).toHaveLength(shown);
		expect(upcoming.plansLeftOut).toBe(leftOut);
		expect(upcoming.total).toBe(plans);
	});

	it('keeps the first plans in the engine order and every collective review, wherever it falls', () => {
		const schedule = [plan(1, 'ok'), plan(2, 'ok'), plan(3, 'ok'), collective('ok'), plan(4, 'ok')];
		const upcoming = calendarSections(schedule, 2).find((s) => s.status === 'ok')!;
		expect(upcoming.entries).toEqual([schedule[0], schedule[1], schedule[3]]);
		expect(upcoming.plansLeftOut).toBe(2);
	});

	it('puts each entry in its status section, overdue first, and links to the plans of that status', () => {
		const sections = calendarSections([plan(1, 'due-soon'), plan(2, 'overdue'), plan(3, 'ok')]);
		expect(sections.map((s) => [s.status, s.entries.map((e) => (e.kind === 'plan' ? e.slug : e.kind))])).toEqual([
			['overdue', ['plan-2']],
			['due-soon', ['plan-1']],
			['ok', ['plan-3']],
		]);
		expect(sections[0]!.allPlansHref).toBe('/accounts/?review=overdue&sort=nextReview&dir=asc');
	});
});
