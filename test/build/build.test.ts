import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readContentDir } from '../../src/lib/content/read-dir.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { buildSite, SAMPLE_CONTENT } from '../helpers/build-site.ts';
import { copySampleContent } from '../helpers/content-fixture.ts';

async function listFiles(dir: string): Promise<Map<string, string>> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const files = new Map<string, string>();
	for (const entry of entries.filter((e) => e.isFile())) {
		const path = join(entry.parentPath, entry.name);
		const info = await stat(path);
		files.set(path.slice(dir.length), `${info.size}:${info.mtimeMs}`);
	}
	return files;
}

describe('npm run build', () => {
	it('publishes a page for every plan of the sample content', async () => {
		const siteDir = inject('sampleSiteDir');
		const { plans } = validateContent(await readContentDir(SAMPLE_CONTENT));
		expect(plans.length).toBeGreaterThanOrEqual(16);
		for (const plan of plans) {
			const html = await readFile(join(siteDir, 'accounts', plan.slug, 'index.html'), 'utf8');
			expect(html, plan.slug).toContain(escapeText(plan.frontmatter.name));
		}
	});

	it('fails on a broken plan and leaves the previous output exactly as it was', async () => {
		const contentDir = await copySampleContent();
		const first = await buildSite({ contentDir });
		expect(first.code).toBe(0);
		const before = await listFiles(first.outDir);

		const planPath = join(contentDir, 'accounts', 'broken-plan.mdx');
		await writeFile(planPath, '---\nname: Broken\ntier: gold\n---\n');
		const second = await buildSite({ contentDir, outDir: first.outDir });
		expect(second.code).toBe(1);
		expect(second.stdout).toContain('accounts/broken-plan.mdx');
		expect(second.stderr).toContain('nothing was published');
		expect(await listFiles(first.outDir)).toEqual(before);
		const siblings = await readdir(join(first.outDir, '..'));
		expect(siblings.filter((name) => name.startsWith('.kam-build-'))).toEqual([]);
	});
});

function escapeText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
