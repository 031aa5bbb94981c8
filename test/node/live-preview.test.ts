/**
 * The live preview's checks on a real content directory: saves during a check
 * give one more check, not one check per save.
 */
import { writeFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LivePreview } from '../../src/live/live-preview.ts';
import { copySampleContent } from '../helpers/content-fixture.ts';

describe('LivePreview', () => {
	let dir: string;
	beforeAll(async () => {
		dir = await copySampleContent();
	});
	afterAll(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	it('checks once more, not three times, for three saves during a check, and that check sees all three', async () => {
		const preview = new LivePreview(dir);
		await preview.refresh();
		expect(preview.checks).toBe(1);
		const plan = join(dir, 'accounts/tianshan-mining-services.mdx');
		const original = await readFile(plan, 'utf8');
		const running = preview.refresh();
		// Saved while the check runs (written at once, as an editor's save is).
		const saves = ['One', 'Two', 'Three'].map((word) => {
			writeFileSync(plan, original.replace('name: Tianshan Mining Services Co.', `name: Tianshan ${word}`));
			return preview.refresh();
		});
		const states = await Promise.all(saves);
		await running;
		expect(preview.checks).toBe(3);
		expect(new Set(states.map((state) => state.revision))).toEqual(new Set([3]));
		expect(states[0]!.content.plans.find((p) => p.slug === 'tianshan-mining-services')!.frontmatter.name).toBe('Tianshan Three');
		await writeFile(plan, original);
	});

	it('counts the plans the figures leave out', async () => {
		const preview = new LivePreview(dir);
		const plan = join(dir, 'accounts/tianshan-mining-services.mdx');
		const original = await readFile(plan, 'utf8');
		await writeFile(plan, original.replace(/^tier: named$/m, 'tier: platinum'));
		const state = await preview.refresh();
		expect(state.plansLeftOut).toBe(1);
		expect(state.content.plans.some((p) => p.slug === 'tianshan-mining-services')).toBe(false);
		await writeFile(plan, original);
	});
});
