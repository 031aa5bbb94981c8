import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/node/read-content-dir.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { runNode } from '../helpers/build-site.ts';
import { copySampleContent } from '../helpers/content-fixture.ts';

const newVisit = (dir: string, args: string[]) => runNode(['src/cli/new-visit.ts', ...args], { KAM_CONTENT: dir, KAM_AS_OF: '2026-11-22' });

describe('npm run new-visit', () => {
	it("lists the plan's contacts and open actions, writes the report from flags, and it validates", async () => {
		const dir = await copySampleContent();
		const result = await newVisit(dir, ['qinling-tunnel-bridge', '--topic', 'snow-load', '--purpose', 'Check the roofs before January', '--theirs', 'ren-tao', '--date', '2026-12-18']);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Contacts to choose from:');
		expect(result.stdout).toMatch(/ren-tao\s+Ren Tao/);
		expect(result.stdout).toContain('Open actions of the plan:');
		const text = await readFile(join(dir, 'visits/qinling-tunnel-bridge/2026-12-18-snow-load.mdx'), 'utf8');
		// The plan's owner goes by default.
		expect(text).toMatch(/^ours: \[liu-yang\]$/m);
		const content = validateContent(await readContentDir(dir));
		expect(content.diagnostics.filter((d) => d.file.startsWith('visits/') && d.severity === 'error')).toEqual([]);
		expect(content.visits.some((v) => v.topic === 'snow-load')).toBe(true);
	});

	it('refuses an unknown plan and a missing purpose without a terminal', async () => {
		const dir = await copySampleContent();
		const unknown = await newVisit(dir, ['no-such-plan', '--topic', 'x', '--purpose', 'y']);
		expect(unknown.code).toBe(1);
		expect(unknown.stderr).toContain('no plan `no-such-plan` validates');
		const missing = await newVisit(dir, ['qinling-tunnel-bridge', '--topic', 'x']);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toContain('missing --purpose');
	});

	it('never overwrites a report', async () => {
		const dir = await copySampleContent();
		const result = await newVisit(dir, ['qinling-tunnel-bridge', '--topic', 'pilot-camp-handover', '--purpose', 'Again', '--date', '2026-11-20']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('already exists');
	});
});
