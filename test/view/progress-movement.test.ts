/**
 * The progress report's objectives table in words: each objective's value,
 * progress and status at the period start and now, the change in points and
 * its state, in both UI languages; and the one note that says why there is
 * no movement to show.
 */
import { describe, expect, it } from 'vitest';
import { createUi } from '../../src/i18n/index.ts';
import type { AccountMovement, ObjectiveMovement, PlanMovement } from '../../src/lib/engine/objective-movement.ts';
import { movementNote, movementRows, movementUnavailableNote, signedPoints } from '../../src/view/progress-report.ts';

const en = createUi('en');
const zh = createUi('zh-CN');
const PERIOD_START = '2026-07-01';

const share: ObjectiveMovement = {
	id: 'share',
	title: 'Raise our share',
	measure: 'Share of modular spend',
	unit: 'share',
	start: { value: 0.25, progress: 0.25, status: 'behind' },
	now: { value: 0.3, progress: 0.5, status: 'on-track' },
	change: 25,
	state: 'moved',
};

const movement = (change: Partial<PlanMovement> = {}): PlanMovement => ({ basis: 'compared', objectives: [share], dropped: [], ...change });

describe('signedPoints', () => {
	it.each([
		[25, '+25 pts'],
		[-15, '-15 pts'],
		[12.5, '+12.5 pts'],
		[0, '0 pts'],
		[-0.01, '0 pts'], // rounds to zero: no "-0"
		[33.333_333, '+33.3 pts'],
	])('%d points: %s', (points, text) => {
		expect(signedPoints(points, en)).toBe(text);
	});

	it('says points in Chinese', () => {
		expect(signedPoints(25, zh)).toBe('+25 个百分点');
	});
});

describe('movementRows', () => {
	it('an objective that moved: start → now of value and progress, signed change, both statuses', () => {
		expect(movementRows(movement(), 'CNY', en)).toEqual([
			{
				id: 'share',
				title: 'Raise our share',
				measure: 'Share of modular spend',
				startValue: '25%',
				nowValue: '30%',
				startProgress: '25%',
				nowProgress: '50%',
				valueText: '25% → 30%',
				progressText: '25% → 50%',
				change: '+25 pts',
				direction: 'up',
				startStatus: 'behind',
				nowStatus: 'on-track',
				state: 'moved',
				stateText: 'Moved',
			},
		]);
	});

	it('a money objective that moved down shows amounts in the plan currency and a falling change', () => {
		const cost: ObjectiveMovement = {
			id: 'cost',
			title: 'Cut rework cost',
			unit: 'money',
			start: { value: 825_000, progress: 0.25, status: 'on-track' },
			now: { value: 870_000, progress: 0.1, status: 'behind' },
			change: -15,
			state: 'moved',
		};
		const [row] = movementRows(movement({ objectives: [cost] }), 'CNY', en);
		expect(row).toMatchObject({ valueText: 'CN¥825,000 → CN¥870,000', progressText: '25% → 10%', change: '-15 pts', direction: 'down' });
		expect(row).not.toHaveProperty('measure');
	});

	it('an unchanged objective has a flat change of 0 points', () => {
		const [row] = movementRows(movement({ objectives: [{ ...share, now: { ...share.start! }, change: 0, state: 'unchanged' }] }), 'CNY', en);
		expect(row).toMatchObject({ change: '0 pts', direction: 'flat', stateText: 'Unchanged' });
	});

	it('a new or unknown objective shows only its values now, without a change', () => {
		const { start: _start, change: _change, ...nowOnly } = share;
		const rows = movementRows(movement({ objectives: [{ ...nowOnly, state: 'new' }, { ...nowOnly, id: 'other', state: 'unknown' }] }), 'CNY', en);
		expect(rows.map((row) => [row.valueText, row.progressText, row.change, row.startStatus, row.nowStatus, row.stateText])).toEqual([
			['— → 30%', '— → 50%', undefined, undefined, 'on-track', 'New in the period'],
			['— → 30%', '— → 50%', undefined, undefined, 'on-track', 'Not known'],
		]);
	});

	it('a dropped objective comes after those of the plan now, with its values at the start only', () => {
		const rows = movementRows(movement({ dropped: [{ id: 'pilot', title: 'Run a pilot', unit: 'count', start: { value: 1, progress: 0.5, status: 'on-track' } }] }), 'CNY', en);
		expect(rows.map((row) => row.id)).toEqual(['share', 'pilot']);
		expect(rows[1]).toEqual({
			id: 'pilot',
			title: 'Run a pilot',
			startValue: '1',
			startProgress: '50%',
			valueText: '1 → —',
			progressText: '50% → —',
			startStatus: 'on-track',
			state: 'dropped',
			stateText: 'Dropped in the period',
		});
	});

	it('words the states in Chinese', () => {
		expect(movementRows(movement(), 'CNY', zh)[0]).toMatchObject({ change: '+25 个百分点', stateText: '有变化' });
	});
});

describe('movementNote and movementUnavailableNote', () => {
	const account = (change: Partial<AccountMovement>): AccountMovement => ({ ...movement(), ...change });

	it.each([
		['compared with a commit', account({ commit: { hash: 'abc', day: '2026-06-20' } }), 'Start values from the plan as committed on Jun 20, 2026.'],
		['a plan added in the period', account({ basis: 'new' }), 'The plan was added after Jul 1, 2026: every objective is new in the period.'],
		['a version that cannot be read', account({ basis: 'unknown', unknownBecause: 'unreadable' }), 'The plan as committed on Jul 1, 2026 cannot be read any more: only the current values are shown.'],
		['a history that begins later: said once for the page instead', account({ basis: 'unknown', unknownBecause: 'before-history' }), undefined],
		['no history at all: said once for the page instead', account({ basis: 'unknown' }), undefined],
	])('%s', (_case, moved, note) => {
		expect(movementNote(moved, en, PERIOD_START)).toBe(note);
	});

	it.each([
		['not a repository', 'not-a-repository', 'How the objectives moved since Jul 1, 2026 cannot be shown: the plans are not in a git repository. Only the current values are shown.'],
		['a shallow clone', 'shallow', 'How the objectives moved since Jul 1, 2026 cannot be shown: the build used a shallow clone (fetch the full history). Only the current values are shown.'],
		['a history that begins later', 'before-history', "How the objectives moved since Jul 1, 2026 cannot be shown: the plans' history in git begins after that date. Only the current values are shown."],
		['a history there', undefined, undefined],
	] as const)('the page says why there is no movement: %s', (_case, unavailable, note) => {
		expect(movementUnavailableNote({ periodStart: PERIOD_START, ...(unavailable && { unavailable }) }, en)).toBe(note);
	});

	it('says it in Chinese too', () => {
		expect(movementUnavailableNote({ periodStart: PERIOD_START, unavailable: 'not-a-repository' }, zh)).toBe('无法显示自 2026年7月1日 以来客户目标的变化：规划不在 git 仓库中。仅显示当前数值。');
	});
});
