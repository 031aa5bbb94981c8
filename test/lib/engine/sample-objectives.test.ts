/**
 * Rollup totals of objectives by status on the sample content, checked against
 * counts computed here from the plans' own figures and dates (not by the engine).
 */
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../../src/node/read-content-dir.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { computePortfolio } from '../../../src/lib/engine/index.ts';
import { SAMPLE_CONTENT, TEST_AS_OF } from '../../helpers/build-site.ts';

const day = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

describe('objectives in the sample content', async () => {
	const { plans, people, policy, visits } = validateContent(await readContentDir(SAMPLE_CONTENT));
	const portfolio = computePortfolio({ plans, people, policy, visits, asOf: TEST_AS_OF });

	/** The status by the spec's rule, from the written figures and dates. */
	function statusOf(objective: NonNullable<(typeof plans)[number]['frontmatter']['objectives']>[number], planStart: string | undefined) {
		const progress = Math.min(1, Math.max(0, (objective.current - objective.baseline) / (objective.target - objective.baseline)));
		if (progress === 1) return 'achieved';
		if (day(objective.due) < day(TEST_AS_OF)) return 'missed';
		const start = objective.start ?? planStart;
		if (start === undefined) return 'on-track';
		const elapsed = Math.min(1, Math.max(0, (day(TEST_AS_OF) - day(start)) / (day(objective.due) - day(start))));
		return progress < elapsed - policy.objectivePaceTolerance ? 'behind' : 'on-track';
	}

	const expected = { achieved: 0, missed: 0, behind: 0, 'on-track': 0 };
	const byTier: Record<string, typeof expected> = {};
	for (const plan of plans) {
		for (const objective of plan.frontmatter.objectives ?? []) {
			const status = statusOf(objective, plan.frontmatter.planPeriod?.start);
			expected[status]++;
			(byTier[plan.frontmatter.tier] ??= { achieved: 0, missed: 0, behind: 0, 'on-track': 0 })[status]++;
		}
	}

	it('uses every status at least once, as a realistic portfolio would', () => {
		for (const count of Object.values(expected)) expect(count).toBeGreaterThan(0);
	});

	it('totals objectives by status across the portfolio', () => {
		expect(portfolio.total.objectives).toEqual(expected);
	});

	it('totals them by tier', () => {
		for (const rollup of portfolio.rollups.tier) expect(rollup.objectives, rollup.key).toEqual(byTier[rollup.key] ?? { achieved: 0, missed: 0, behind: 0, 'on-track': 0 });
	});

	it('gives most major and named plans objectives and a review history', () => {
		const reviewedOneByOne = plans.filter((p) => p.frontmatter.tier === 'major' || p.frontmatter.tier === 'named');
		expect(reviewedOneByOne.filter((p) => (p.frontmatter.objectives ?? []).length > 0).length).toBeGreaterThan(reviewedOneByOne.length / 2);
		expect(reviewedOneByOne.filter((p) => (p.frontmatter.review?.history ?? []).length > 0).length).toBeGreaterThan(reviewedOneByOne.length / 2);
	});
});
