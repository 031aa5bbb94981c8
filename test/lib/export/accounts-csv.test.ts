import { describe, expect, it } from 'vitest';
import { buildAccountsCsv, CSV_COLUMNS, textCell } from '../../../src/lib/export/accounts-csv.ts';
import { planInput, portfolioOf } from '../engine/fixtures.ts';

/** A small RFC 4180 reader, enough to read back what the writer wrote. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
			else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') row.push(cell), (cell = '');
		else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
		else cell += ch;
	}
	return rows;
}

describe('CSV cells', () => {
	it.each([
		['plain', 'plain'],
		['華建, "the group"', '"華建, ""the group"""'],
		['two\nlines', '"two\nlines"'],
		['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
		['+1 555', "'+1 555"],
		['-2+3', "'-2+3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tindent', "'\tindent"],
		['\rreturn', `"'\rreturn"`],
		['a=b', 'a=b'], // only a leading sign is dangerous
		['', ''],
	])('%j is written %j', (value, written) => {
		expect(textCell(value)).toBe(written);
	});
});

describe('accounts.csv', () => {
	const portfolio = portfolioOf([
		planInput('acme', (p) => ((p.name = '=cmd|" /C calc"!A0'), (p.region = 'East, "Coastal"\nChina'))),
		planInput('beta', (p) => (p.review = { last: '2026-01-01' })),
	]);
	const csv = buildAccountsCsv(portfolio);

	it('starts with a BOM for spreadsheets and ends rows with CRLF', () => {
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
	});

	it('has a header and one row per account that read back to the values', () => {
		const rows = parseCsv(csv.slice(1));
		expect(rows[0]).toEqual([...CSV_COLUMNS]);
		expect(rows.length).toBe(1 + portfolio.accounts.length);
		const byColumn = (row: string[]) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i]]));
		const acme = byColumn(rows[1]!);
		expect(acme.name).toBe(`'=cmd|" /C calc"!A0`);
		expect(acme.region).toBe('East, "Coastal"\nChina');
		expect(acme.current).toBe(String(portfolio.accounts[0]!.frontmatter.value.current));
		const beta = byColumn(rows[2]!);
		expect(beta.reviewStatus).toBe('overdue');
		expect(beta.daysUntilReview).toBe(String(portfolio.accounts[1]!.review.daysUntilDue)); // a negative number stays a number
		expect(beta.sponsor).toBe('zhang-min');
		expect(beta.lostDate).toBe('');
	});

	it('has objectives by status and the latest review outcome', () => {
		const living = portfolioOf([
			planInput('acme', (p) => {
				p.objectives!.push({ ...p.objectives![0]!, id: 'done', current: 0.35 }, { ...p.objectives![0]!, id: 'late', due: '2026-11-01' });
				p.review = { history: [{ date: '2026-10-01', by: ['zhang-min'], outcome: 'escalate' }] };
			}),
		]);
		const rows = parseCsv(buildAccountsCsv(living).slice(1));
		const acme = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
		expect([acme.objectivesAchieved, acme.objectivesMissed, acme.objectivesBehind, acme.objectivesOnTrack]).toEqual(['1', '1', '0', '1']);
		expect([acme.latestReviewDate, acme.latestReviewOutcome]).toEqual(['2026-10-01', 'escalate']);
	});
});
