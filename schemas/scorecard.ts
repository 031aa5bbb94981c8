import { z } from 'zod';
import { describeInput } from './date.ts';
import { oneOf } from './enums.ts';

/** The indicators an account manager can be measured by (绩效考核指标). */
export const SCORECARD_KPIS = [
	'revenue-vs-target',
	'share-vs-target',
	'objectives-on-track',
	'reviews-on-time',
	'deciders-warm',
	'actions-on-time',
	'visits-on-cadence',
] as const;
export type ScorecardKpi = (typeof SCORECARD_KPIS)[number];

/** One indicator of the scorecard and its weight. */
export const scorecardEntry = z
	.strictObject({
		/** Which indicator. */
		kpi: oneOf(SCORECARD_KPIS, 'The indicator: revenue-vs-target | share-vs-target | objectives-on-track | reviews-on-time | deciders-warm | actions-on-time | visits-on-cadence.'),
		/** Its weight in the score (relative to the others). */
		weight: z
			.number({ error: (issue) => `expected a weight (a number of 0 or more), found ${describeInput(issue.input)}` })
			.refine((n) => Number.isFinite(n) && n >= 0, { error: (issue) => `expected a weight of 0 or more, found \`${String(issue.input)}\`` })
			.meta({ description: 'Weight of the indicator in the score, relative to the others.' }),
	})
	.meta({ description: 'One indicator of the account managers\u2019 scorecard and its weight.' });

export const DEFAULT_SCORECARD: { kpi: ScorecardKpi; weight: number }[] = [
	{ kpi: 'revenue-vs-target', weight: 30 },
	{ kpi: 'share-vs-target', weight: 20 },
	{ kpi: 'objectives-on-track', weight: 20 },
	{ kpi: 'reviews-on-time', weight: 10 },
	{ kpi: 'deciders-warm', weight: 10 },
	{ kpi: 'actions-on-time', weight: 10 },
];

/** How account managers are measured: each indicator once. */
export const scorecard = z
	.array(scorecardEntry)
	.min(1)
	.superRefine((entries, ctx) => {
		const first = new Map<string, number>();
		entries.forEach((entry, index) => {
			const earlier = first.get(entry.kpi);
			if (earlier === undefined) first.set(entry.kpi, index);
			else ctx.addIssue({ code: 'custom', path: [index, 'kpi'], message: `indicator \`${entry.kpi}\` is listed twice (also at scorecard[${earlier}]); list each indicator once, with one weight` });
		});
	})
	.default(DEFAULT_SCORECARD)
	.meta({ description: 'How account managers are measured (绩效考核指标): indicators and weights (default: the six of the method).' });

export type ScorecardEntry = z.infer<typeof scorecardEntry>;
