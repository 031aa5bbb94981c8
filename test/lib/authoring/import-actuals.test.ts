import { describe, expect, it } from 'vitest';
import { applyActualsToPlan, formatChanges, importActuals, planFilesBySlug, readActualsCsv } from '../../../src/lib/authoring/import-actuals.ts';
import { type CsvRecord, CsvStream, parseCsv } from '../../../src/lib/authoring/csv.ts';
import { seededRandom } from '../../../bench/generate.ts';
import { planFile, snapshot } from '../../helpers/content-fixture.ts';

/** A valid plan whose financials use flow entries, with comments around them. */
const PLAN = planFile(`name: Acme Industrial Group   # 客户名称
tier: major
category: key
owner: li-wei
sponsor: zhang-min
value: { current: 6000000, potential: 25000000, wallet: 30000000 }
targets: { shareOfWallet: 0.35 }
financials:            # from the finance system
  - { year: 2023, revenue: 4000000, contribution: 900000, cost: 200000 }  # audited
  # 2024 was restated
  - { year: 2025, revenue: 5500000, contribution: 1200000 }
forecast:
  - { year: 2026, revenue: 7000000 }
`);


function run(csv: string, plans: Record<string, string> = { 'east/acme.mdx': PLAN }) {
	return importActuals(csv, snapshot(plans));
}

/** The lines of `after` that are not in `before` and the reverse, in order. */
function lineDiff(before: string, after: string) {
	const a = before.split('\n');
	const b = after.split('\n');
	return { removed: a.filter((line) => !b.includes(line)), added: b.filter((line) => !a.includes(line)) };
}

describe('import-actuals', () => {
	it('keeps working on a plan with a team of detailed entries, a budget and resources, changing only the year', () => {
		const plan = PLAN.replace(
			'targets: { shareOfWallet: 0.35 }\n',
			'targets: { shareOfWallet: 0.35 }\nteam:\n  - wang-fang\n  - { person: zhang-min, role: Sponsor, effort: 0.1 }   # 客户小组\nbudget:\n  - { year: 2026, item: Visits, amount: 60000 }\nresources:\n  - need: A crew\n    status: agreed\n',
		);
		const { files, problems } = run('slug,year,revenue\nacme,2025,5600000\n', { 'east/acme.mdx': plan });
		expect(problems).toEqual([]);
		expect(lineDiff(plan, files[0]!.text)).toEqual({
			removed: ['  - { year: 2025, revenue: 5500000, contribution: 1200000 }'],
			added: ['  - { year: 2025, revenue: 5600000, contribution: 1200000 }'],
		});
	});

	it('changes only the entry of the year, leaving every other byte (comments, flow style, body) as it was', () => {
		const { files, problems, changes } = run('slug,year,revenue,contribution\nacme,2025,5600000,1250000\n');
		expect(problems).toEqual([]);
		const after = files[0]!.text;
		expect(lineDiff(PLAN, after)).toEqual({
			removed: ['  - { year: 2025, revenue: 5500000, contribution: 1200000 }'],
			added: ['  - { year: 2025, revenue: 5600000, contribution: 1250000 }'],
		});
		// Outside the entry, the text is byte-identical.
		const start = PLAN.indexOf('  - { year: 2025');
		expect(after.slice(0, start)).toBe(PLAN.slice(0, start));
		expect(after.slice(after.indexOf('\nforecast:'))).toBe(PLAN.slice(PLAN.indexOf('\nforecast:')));
		expect(changes).toEqual([
			{ slug: 'acme', file: 'accounts/east/acme.mdx', year: 2025, field: 'revenue', old: 5_500_000, new: 5_600_000, line: 2 },
			{ slug: 'acme', file: 'accounts/east/acme.mdx', year: 2025, field: 'contribution', old: 1_200_000, new: 1_250_000, line: 2 },
		]);
	});

	it('adds a missing key to a flow entry inside its braces', () => {
		const { files } = run('slug,year,revenue,cost\nacme,2025,5500000,260000\n');
		expect(files[0]!.text).toContain('  - { year: 2025, revenue: 5500000, contribution: 1200000, cost: 260000 }\n');
	});

	it('inserts a new year in year order, in the style of the entries beside it', () => {
		const { files } = run('slug,year,revenue,contribution,cost\nacme,2024,4800000,1000000,220000\n');
		const lines = files[0]!.text.split('\n');
		const entries = lines.filter((line) => line.startsWith('  - { year: 202') && !line.includes('revenue: 7000000'));
		expect(entries).toEqual([
			'  - { year: 2023, revenue: 4000000, contribution: 900000, cost: 200000 }  # audited',
			'  - { year: 2024, revenue: 4800000, contribution: 1000000, cost: 220000 }',
			'  - { year: 2025, revenue: 5500000, contribution: 1200000 }',
		]);
		expect(lineDiff(PLAN, files[0]!.text).removed).toEqual([]);
	});

	it('appends a later year after the last entry', () => {
		const { files } = run('slug,year,revenue\nacme,2026,6900000\n');
		expect(files[0]!.text).toContain('  - { year: 2025, revenue: 5500000, contribution: 1200000 }\n  - { year: 2026, revenue: 6900000 }\nforecast:');
	});

	it('keeps a block-style list block-style', () => {
		const plan = `---\nname: A\nfinancials:\n  - year: 2023\n    revenue: 1   # note\n  - year: 2025\n    revenue: 3\n---\nBody\n`;
		const rows = readActualsCsv('slug,year,revenue,cost\nacme,2024,2,5\nacme,2025,4,6\n').rows;
		const result = applyActualsToPlan(plan, rows);
		expect(result).toMatchObject({
			text: `---\nname: A\nfinancials:\n  - year: 2023\n    revenue: 1   # note\n  - year: 2024\n    revenue: 2\n    cost: 5\n  - year: 2025\n    revenue: 4\n    cost: 6\n---\nBody\n`,
		});
	});

	it('keeps a flow list a flow list', () => {
		const plan = `---\nname: A\nfinancials: [{year: 2025, revenue: 1}]\n---\n`;
		const result = applyActualsToPlan(plan, readActualsCsv('slug,year,revenue\nacme,2024,2\n').rows);
		expect(result).toMatchObject({ text: `---\nname: A\nfinancials: [{year: 2024, revenue: 2}, {year: 2025, revenue: 1}]\n---\n` });
	});

	it('starts financials when the plan has none', () => {
		const plan = `---\nname: A\ntier: named\n---\nBody\n`;
		const result = applyActualsToPlan(plan, readActualsCsv('slug,year,revenue\nacme,2025,7\n').rows);
		expect(result).toMatchObject({ text: `---\nname: A\ntier: named\nfinancials:\n  - { year: 2025, revenue: 7 }\n---\nBody\n` });
	});

	it('changes nothing when the plan already holds the figures', () => {
		const { files, changes, problems } = run('slug,year,revenue\nacme,2025,5500000\n');
		expect({ files, changes, problems }).toEqual({ files: [], changes: [], problems: [] });
	});

	it('reads a CSV with a byte-order mark, CRLF line ends and quoted fields', () => {
		const { files, problems } = run('\uFEFFslug,"year","revenue"\r\n"acme",2025,"5600000"\r\n');
		expect(problems).toEqual([]);
		expect(files[0]!.text).toContain('{ year: 2025, revenue: 5600000, contribution: 1200000 }');
	});

	it.each([
		['an unknown slug, with a suggestion', 'acmee,2025,1', 'unknown slug `acmee`: no plan has this file name; did you mean `acme`?'],
		['a year that is not a number', 'acme,twenty,1', 'year `twenty` is not a number'],
		['an amount with thousands separators', 'acme,2025,"5,600,000"', 'revenue `5,600,000` is not a number'],
		['a negative amount', 'acme,2025,-5', 'revenue `-5` is negative'],
		['an empty revenue', 'acme,2025,', 'revenue is empty'],
	])('rejects %s by its CSV line and writes nothing', (_, row, message) => {
		const { files, problems } = run(`slug,year,revenue\nacme,2024,1\n${row}\n`);
		expect(files).toEqual([]);
		expect(problems).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining(message) })]);
	});

	it('rejects a repeated slug and year, naming the first line', () => {
		const { files, problems } = run('slug,year,revenue\nacme,2024,1\nacme,2024,2\n');
		expect(files).toEqual([]);
		expect(problems).toEqual([{ line: 3, message: expect.stringContaining('already set by line 2') }]);
	});

	it('takes as plans only the files validation takes as plans: a name that is no valid slug is none', () => {
		const plans = snapshot({ 'east/acme.mdx': PLAN, 'east/Acme_Old.mdx': PLAN, 'east/notes.md': PLAN, 'west/.mdx': PLAN });
		expect([...planFilesBySlug(plans).keys()]).toEqual(['acme']);
	});

	it('rejects an unknown column with a suggestion', () => {
		const { problems } = run('slug,year,revenue,contribtion\nacme,2025,1,2\n');
		expect(problems[0]).toMatchObject({ line: 1, message: expect.stringContaining('did you mean `contribution`?') });
	});

	it('writes nothing when a changed plan would no longer validate', () => {
		const broken = PLAN.replace('tier: major\n', 'tier: major\nteir: major\n');
		const { files, problems } = run('slug,year,revenue\nacme,2025,5600000\ngood,2025,1\n', { 'acme.mdx': broken, 'good.mdx': PLAN });
		expect(files).toEqual([]);
		expect(problems).toEqual([expect.objectContaining({ line: 2, file: 'accounts/acme.mdx', message: expect.stringContaining('unknown field `teir`') })]);
	});

	it('prints a table of plan, year, field and old → new', () => {
		const { changes } = run('slug,year,revenue\nacme,2025,5600000\nacme,2026,1\n');
		expect(formatChanges(changes).split('\n')).toEqual([
			'plan  year  field    old → new',
			'acme  2025  revenue  5500000 → 5600000',
			'acme  2026  revenue  (none) → 1',
		]);
	});
});

describe('parseCsv', () => {
	it('keeps commas, quotes and line breaks inside quoted fields, with the line each record starts on', () => {
		expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\r\n\r\nlast,1').records).toEqual([
			{ line: 1, cells: ['a', 'b'] },
			{ line: 2, cells: ['x, y', 'say "hi"\nthere'] },
			{ line: 5, cells: ['last', '1'] },
		]);
	});

	it('reports a quote that is never closed', () => {
		expect(parseCsv('a\n"open\n').error).toMatchObject({ line: 2 });
	});
});


describe('import-actuals on hostile and implausible exports', () => {
	it('warns where contribution or cost is above revenue, and still writes the row', () => {
		const result = run('slug,year,revenue,contribution,cost\nacme,2025,1,9999999999,9999999999\n');
		expect(result.problems).toEqual([]);
		expect(result.files).toHaveLength(1);
		// The plan has no 2024 and no 2026, so no fall is measured: only the row's own figures warn.
		expect(result.warnings).toEqual([
			{ line: 2, message: 'contribution `9999999999` is above revenue `1` for `acme` 2025; the contribution is what is left of the revenue, so check the figures (or the columns) in the export' },
			{ line: 2, message: 'cost `9999999999` is above revenue `1` for `acme` 2025; the cost to serve is paid out of the revenue, so check the figures (or the columns) in the export' },
		]);
	});

	it('warns where a year falls by more than 90 % against the year before', () => {
		// The plan holds 2025 at 5,500,000; 2026 at 500,000 is 90.9 % less.
		const result = run('slug,year,revenue\nacme,2026,500000\n');
		expect(result.problems).toEqual([]);
		expect(result.warnings).toEqual([
			{ line: 2, message: 'revenue of `acme` falls from `5500000` in 2025 to `500000` in 2026 (90.9 % less); a fall of more than 90 % is rarely real, so check the figures (a missing digit, another unit) before you open the pull request' },
		]);
	});

	it('does not warn of a fall of 90 % or less', () => {
		// 5,500,000 to 550,000 is exactly 90 % less.
		expect(run('slug,year,revenue\nacme,2026,550000\n').warnings).toEqual([]);
	});

	it('stops after 100 problems, reporting the first 100 by line', () => {
		const rows = Array.from({ length: 5000 }, (_, i) => `unknown-${i},2025,1`).join('\n');
		const result = run(`slug,year,revenue\n${rows}\n`);
		expect(result.files).toEqual([]);
		expect(result.problems).toHaveLength(100);
		expect(result.problems[0]).toMatchObject({ line: 2, message: expect.stringContaining('unknown slug `unknown-0`') });
		expect(result.problems[99]).toMatchObject({ line: 101 });
		expect(result.stoppedAtLine).toBe(101);
	});

	it('refuses a year no plan can hold', () => {
		expect(run('slug,year,revenue\nacme,1800,1\n').problems).toEqual([{ line: 2, message: 'year `1800` is not a fiscal year a plan holds (1900 to 2200); check the year' }]);
	});

	it('keeps no more than a cell of 1,000 characters, and refuses the row', () => {
		const result = run(`slug,year,revenue\nacme,2025,${'9'.repeat(100_000)}\n`);
		expect(result.problems).toEqual([
			{ line: 2, message: 'the row is far longer than a row of actuals (a cell over 1000 characters or over 100 cells); check that the file is the finance export' },
			{ line: 2, message: expect.stringMatching(/^revenue `9{57}\.\.\.` is not a number/) },
		]);
	});
});

describe('CsvStream', () => {
	it('reads a text cut into pieces anywhere exactly as the whole text', () => {
		const random = seededRandom(5);
		const alphabet = ['a', 'b', ',', '"', '""', '\n', '\r', '\r\n', ' ', '中', '\uFEFF'];
		for (let n = 0; n < 500; n++) {
			const text = (random() < 0.5 ? '\uFEFF' : '') + Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
			const whole = parseCsv(text);
			const records: CsvRecord[] = [];
			const stream = new CsvStream((record) => records.push(record));
			let at = 0;
			while (at < text.length) {
				const size = 1 + Math.floor(random() * 4);
				stream.push(text.slice(at, at + size));
				at += size;
			}
			const error = stream.end();
			expect({ records, ...(error && { error }) }, JSON.stringify(text)).toEqual(whole);
		}
	});
});
