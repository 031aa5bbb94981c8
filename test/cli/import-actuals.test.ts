import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNode } from '../helpers/build-site.ts';
import { copySampleContent } from '../helpers/content-fixture.ts';

const PLAN = 'accounts/south-china/yuegang-property-group.mdx';

async function setup(csv: string) {
	const dir = await copySampleContent();
	const csvPath = join(dir, '..', `actuals-${Math.random().toString(36).slice(2)}.csv`);
	await writeFile(csvPath, csv);
	const before = await readFile(join(dir, PLAN), 'utf8');
	const run = (...args: string[]) => runNode(['src/cli/import-actuals.ts', csvPath, ...args], { KAM_CONTENT: dir });
	return { dir, run, before, after: () => readFile(join(dir, PLAN), 'utf8') };
}

describe('npm run import-actuals', () => {
	it('imports a CSV with a BOM and CRLF line ends, printing the change table', async () => {
		const { run, before, after } = await setup('\uFEFFslug,year,revenue,contribution,cost\r\nyuegang-property-group,2025,5600000,1120000,215000\r\n');
		const result = await run();
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/yuegang-property-group\s+2025\s+revenue\s+5500000 → 5600000/);
		expect(result.stdout).toMatch(/contribution\s+1100000 → 1120000/);
		const text = await after();
		expect(text).toBe(before.replace('{ year: 2025, revenue: 5500000, contribution: 1100000, cost: 215000 }', '{ year: 2025, revenue: 5600000, contribution: 1120000, cost: 215000 }'));
	});

	it('--dry-run prints the changes and writes nothing', async () => {
		const { run, before, after } = await setup('slug,year,revenue\nyuegang-property-group,2025,5600000\n');
		const result = await run('--dry-run');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('5500000 → 5600000');
		expect(result.stdout).toContain('nothing was written');
		expect(await after()).toBe(before);
	});

	it('a bad row writes nothing, not even the good rows, and names the CSV line', async () => {
		const { run, before, after } = await setup('slug,year,revenue\nyuegang-property-group,2025,5600000\nyuegang-property-group,2024,6.1M\n');
		const result = await run();
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/actuals-\w+\.csv:3 {2}error {2}revenue `6\.1M` is not a number/);
		expect(result.stderr).toContain('nothing was written');
		expect(await after()).toBe(before);
	});
});

describe('npm run import-actuals on a large bad export, piped', () => {
	it('reports the first 100 problems and ends with the summary, every line arriving through the pipe', async () => {
		const rows = Array.from({ length: 200_000 }, (_, i) => `no-such-plan-${i},2025,1`).join('\n');
		const { run, before, after } = await setup(`slug,year,revenue\n${rows}\n`);
		const result = await run();
		expect(result.code).toBe(1);
		const lines = result.stderr.trimEnd().split('\n');
		expect(lines.filter((line) => line.includes('  error  '))).toHaveLength(100);
		expect(lines.at(-1)).toBe('100 problems; stopped reading at line 101 after the first 100, so fix these (often one cause: the columns, the slugs) and run it again; nothing was written.');
		expect(await after()).toBe(before);
	});

	it('writes an implausible row with a warning before the change table', async () => {
		const { run } = await setup('slug,year,revenue,contribution,cost\nyuegang-property-group,2025,1,9999999999,1\n');
		const result = await run('--dry-run');
		expect(result.code).toBe(0);
		expect(result.stderr).toMatch(/actuals-\w+\.csv:2 {2}warning {2}contribution `9999999999` is above revenue `1`/);
		// Revenue 1 is also a fall of more than 90 % from the plan's 2024.
		expect(result.stderr).toMatch(/actuals-\w+\.csv:2 {2}warning {2}revenue of `yuegang-property-group` falls from `\d+` in 2024 to `1` in 2025/);
		expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('--dry-run: 1 plan file would change, 2 warnings (above); nothing was written.');
	});
});
