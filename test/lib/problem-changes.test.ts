/**
 * The live preview's terminal report: after the first check only what changed
 * (new and fixed problems), and always a one-line total.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/lib/diagnostics.ts';
import { formatCheckReport, problemChanges, problemTotal } from '../../src/lib/problem-changes.ts';

const tier: Diagnostic = { file: 'accounts/a.mdx', line: 3, field: 'tier', severity: 'error', rule: 'invalid-value', message: 'expected one of `major`, `named`; found `platinum`' };
const forecast: Diagnostic = { file: 'accounts/b.mdx', line: 2, field: 'forecast', severity: 'warning', rule: 'missing-forecast', message: 'a major account should have a forecast' };
const owner: Diagnostic = { file: 'accounts/c.mdx', line: 5, field: 'owner', severity: 'warning', rule: 'coverage-overload', message: 'carries 9 accounts' };

describe('problemChanges', () => {
	it('names a new problem and a fixed one, and not the unrelated warnings', () => {
		expect(problemChanges([forecast, owner], [forecast, tier])).toEqual({ added: [tier], fixed: [owner] });
	});

	it('keeps a problem that only moved to another line (a line was added above it)', () => {
		expect(problemChanges([forecast], [{ ...forecast, line: 7 }])).toEqual({ added: [], fixed: [] });
	});

	it('counts the same problem twice in one file as two', () => {
		expect(problemChanges([owner], [owner, { ...owner, line: 9 }])).toEqual({ added: [{ ...owner, line: 9 }], fixed: [] });
	});
});

describe('problemTotal', () => {
	it.each([
		[[], 0, 'total: no problems, the content is valid'],
		[[forecast, owner], 0, 'total: no errors, 2 warnings in 2 files (/problems/ lists them)'],
		[[tier, forecast], 1, 'total: 1 error in 1 file; the figures leave out 1 plan, 1 warning in 1 file (/problems/ lists them)'],
		[[tier, { ...tier, line: 4 }, { ...tier, file: 'accounts/d.mdx' }], 2, 'total: 3 errors in 2 files; the figures leave out 2 plans, no warnings (/problems/ lists them)'],
	] as const)('totals %j with %i plans left out', (problems, leftOut, expected) => {
		expect(problemTotal(problems, leftOut)).toBe(expected);
	});
});

describe('formatCheckReport', () => {
	it('lists every problem after the first check, then the total', () => {
		expect(formatCheckReport(undefined, [forecast, owner], 0).split('\n')).toEqual([
			'  accounts/b.mdx:2  warning  forecast: a major account should have a forecast  (missing-forecast)',
			'  accounts/c.mdx:5  warning  owner: carries 9 accounts  (coverage-overload)',
			'total: no errors, 2 warnings in 2 files (/problems/ lists them)',
		]);
	});

	it('lists only the new and the fixed problems of a later check', () => {
		expect(formatCheckReport([forecast, owner], [forecast, owner, tier], 1).split('\n')).toEqual([
			'  new    accounts/a.mdx:3  error    tier: expected one of `major`, `named`; found `platinum`  (invalid-value)',
			'total: 1 error in 1 file; the figures leave out 1 plan, 2 warnings in 2 files (/problems/ lists them)',
		]);
		expect(formatCheckReport([forecast, owner, tier], [forecast, owner], 0).split('\n')).toEqual([
			'  fixed  accounts/a.mdx:3  error    tier: expected one of `major`, `named`; found `platinum`  (invalid-value)',
			'total: no errors, 2 warnings in 2 files (/problems/ lists them)',
		]);
	});

	it('says in one line that nothing changed', () => {
		expect(formatCheckReport([forecast], [forecast], 0)).toBe('no new or fixed problems; total: no errors, 1 warning in 1 file (/problems/ lists them)');
	});
});
