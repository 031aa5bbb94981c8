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

		// The progress report says once why the objectives' movement is missing, and still shows each objective now.
		const report = textOf(await readFile(join(result.outDir, 'reports/progress/index.html'), 'utf8'));
		const why = 'How the objectives moved since Jul 1, 2026 cannot be shown: the plans are not in a git repository. Only the current values are shown.';
		expect(report.split(why)).toHaveLength(2);
		expect(report).toMatch(/续签2027年度集采框架并成为第一中标人 集团板房采购额中我司所占份额 — → 33% — → 41\.7% — — → Behind Not known/);
	});
});

describe('objective movement on the progress report', () => {
	/** The sample plan's one objective (baseline 20 %, target 35 %) at a given value, with more objectives. */
	const major = (name: string, current: number, more: Record<string, unknown>[] = []) => {
		const plan = validPlan() as ReturnType<typeof validPlan> & { objectives: Record<string, unknown>[] };
		return planFile({ ...plan, name, objectives: [{ ...plan.objectives[0], current }, ...more] });
	};
	const pilot = { id: 'pilot', title: 'Run the Hanzhong pilot', unit: 'count', baseline: 0, target: 2, current: 1, due: '2026-12-31' };
	const camps = { id: 'camps', title: 'Win <b>tunnel</b> camps', measure: 'Camps signed', unit: 'count', baseline: 0, target: 4, current: 1, due: '2027-06-30' };

	it('shows each objective at the period start (from the commit before it) and now, with the change, from the real git history', async () => {
		const repo = await createTestRepo();
		await repo.commit(
			{ 'content/people.yaml': VALID_PEOPLE, 'content/accounts/acme.mdx': major('Acme Group', 0.23, [pilot]) },
			'Acme: plan for 2026',
			'2026-03-01',
		);
		// Inside the period (as of 2026-11-22, 6-month reports: from 2026-07-01): the value rises, the pilot goes, camps come.
		await repo.commit({ 'content/accounts/acme.mdx': major('Acme Group', 0.29, [camps]) }, 'Acme: September figures', '2026-09-01');
		await repo.commit({ 'content/accounts/newco.mdx': major('Newco', 0.25) }, 'Add Newco', '2026-08-01');
		const result = await buildSite({ contentDir: join(repo.root, 'content') });
		expect(result.stderr).not.toContain('Error');
		expect(result.code).toBe(0);
		const html = await readFile(join(result.outDir, 'reports/progress/index.html'), 'utf8');
		const text = textOf(html);
		expect(text).toContain('How the objectives moved since Jul 1, 2026');
		expect(text).toContain('Start values from the plan as committed on Mar 1, 2026.');
		// 0.23 → 0.29 of 0.20 → 0.35 is 20 % → 60 % of the way: 40 points.
		expect(text).toContain('Win the 2027 group framework agreement Share of the group&#39;s modular-building spend 23% → 29% 20% → 60% +40 pts On track → On track Moved');
		expect(text).toContain('Win &lt;b&gt;tunnel&lt;/b&gt; camps Camps signed — → 1 — → 25% — — → Behind New in the period');
		expect(text).toContain('Run the Hanzhong pilot 1 → — 50% → — — On track → — Dropped in the period');
		expect(text).toContain('The plan was added after Jul 1, 2026: every objective is new in the period.');
		expect(html).not.toContain('<b>tunnel');
		expect(html).toMatch(/<caption[^>]*>Objectives of the major accounts: at the period start and now<\/caption>/);
		expect(html).toMatch(/<th scope="rowgroup"[^>]*><a href="\/accounts\/acme\/">Acme Group<\/a>/);
		expect(html).toMatch(/<th scope="row">\s*Win the 2027 group framework agreement/);
		expect(text).not.toContain('cannot be shown');
	});
});
