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
