import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, SAMPLE_CONTENT } from '../helpers/build-site.ts';

async function hashTree(dir: string): Promise<Record<string, string>> {
	const hashes: Record<string, string> = {};
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		hashes[path.slice(dir.length)] = createHash('sha256').update(await readFile(path)).digest('hex');
	}
	return Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('deterministic builds', () => {
	it('two builds of the same content and as-of date, in different directories and time zones, are byte-identical', async () => {
		const copies = await Promise.all(
			['kam-det-a-', 'kam-det-b-'].map(async (prefix) => {
				const dir = await mkdtemp(join(tmpdir(), prefix));
				await cp(SAMPLE_CONTENT, join(dir, 'content'), { recursive: true });
				return dir;
			}),
		);
		const first = await buildSite({ contentDir: join(copies[0]!, 'content'), outDir: join(copies[0]!, 'dist'), env: { TZ: 'Pacific/Kiritimati' } });
		const second = await buildSite({ contentDir: join(copies[1]!, 'content'), outDir: join(copies[1]!, 'dist'), env: { TZ: 'America/Adak' } });
		expect(first.code, first.stderr).toBe(0);
		expect(second.code, second.stderr).toBe(0);
		const [a, b] = await Promise.all([hashTree(first.outDir), hashTree(second.outDir)]);
		expect(Object.keys(a).length).toBeGreaterThan(20);
		expect(b).toEqual(a);
	});
});
