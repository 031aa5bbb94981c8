import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { copySampleContent, planFile, VALID_PEOPLE, validPlan } from '../helpers/content-fixture.ts';
import { createTestRepo } from '../helpers/git-repo.ts';

/** Visible text of a page, tags removed and spaces collapsed. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('plan history on the plan page', () => {
	it('shows the last change, the edit link, the changes since the review and the commits, escaped', async () => {
		const repo = await createTestRepo();
		const named = { ...validPlan(), tier: 'named', sponsor: undefined, forecast: undefined, review: { last: '2026-09-01' } };
		await repo.commit(
			{
				'content/people.yaml': VALID_PEOPLE,
				'content/policy.yaml': 'repoUrl: https://github.com/acme/kam-plans\n',
				'content/accounts/acme.mdx': planFile(named),
			},
			'Acme: reviewed',
			'2026-09-01',
			'Li Wei',
		);
		await repo.commit(
			{ 'content/accounts/acme.mdx': planFile({ ...named, tier: 'major', sponsor: 'zhang-min', forecast: [{ year: 2026, revenue: 7_000_000 }] }) },
			'Promote <img src=x onerror=alert(1)> to major',
			'2026-10-05',
			'Zhang Min',
		);
		const result = await buildSite({ contentDir: join(repo.root, 'content') });
		expect(result.stderr).not.toContain('Error');
		expect(result.code).toBe(0);
		const html = await readFile(join(result.outDir, 'accounts/acme/index.html'), 'utf8');
		const text = textOf(html);
		expect(text).toContain('Last changed Oct 5, 2026 by Zhang Min');
		expect(html).toContain('href="https://github.com/acme/kam-plans/edit/main/content/accounts/acme.mdx"');
		expect(text).toContain('Tier: Named → Major');
		expect(text).toContain('Executive sponsor: Zhang Min (new)');
		expect(html).toContain('Promote &lt;img src=x onerror=alert(1)&gt; to major');
		expect(html).not.toContain('<img src=x');
		expect(html).toMatch(/href="https:\/\/github\.com\/acme\/kam-plans\/commit\/[0-9a-f]{40}"/);
	});

	it('says the history is unavailable when the content is not in a repository, and still builds', async () => {
		const result = await buildSite({ contentDir: await copySampleContent() });
		expect(result.code).toBe(0);
		const html = await readFile(join(result.outDir, 'accounts/huajian-construction-group/index.html'), 'utf8');
		expect(textOf(html)).toContain('The change history is not available in this build: the plans are not in a git repository.');
	});
});
