/**
 * The live preview (`npm run dev`) without a server: after a save it reads
 * the content again, so a new, changed or deleted visit report shows like a
 * plan; a report with errors is shown as a problem and left out of the pages.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LivePreview } from '../../src/live/live-preview.ts';
import { copySampleContent } from '../helpers/content-fixture.ts';

const REPORT = 'visits/qinling-tunnel-bridge/2026-12-18-snow-load.mdx';
const report = (type: string) =>
	`---\ndate: 2026-12-18\ntype: ${type}\nstatus: planned\nours: [liu-yang]\ntheirs: [ren-tao]\npurpose: Check the roofs before January\n---\nNotes.\n`;

describe('the live preview and visit reports', () => {
	it('picks up a new, a changed and a deleted visit report', async () => {
		const dir = await copySampleContent();
		const preview = new LivePreview(dir);
		const topics = (state: Awaited<ReturnType<LivePreview['refresh']>>) => state.content.visits.filter((v) => v.plan === 'qinling-tunnel-bridge').map((v) => v.topic);
		expect(topics(await preview.refresh())).toEqual(['pilot-camp-handover']);

		await writeFile(join(dir, REPORT), report('visit'));
		expect(topics(await preview.refresh())).toEqual(['pilot-camp-handover', 'snow-load']);

		await writeFile(join(dir, REPORT), report('lunch'));
		const broken = await preview.refresh();
		expect(topics(broken)).toEqual(['pilot-camp-handover']);
		expect(broken.filesWithErrors).toEqual([REPORT]);
		expect(broken.problems.get(REPORT)?.map((d) => d.rule)).toEqual(['invalid-value']);

		await rm(join(dir, REPORT));
		const after = await preview.refresh();
		expect(topics(after)).toEqual(['pilot-camp-handover']);
		expect(after.filesWithErrors).toEqual([]);
	});
});
