import type { Portfolio } from '../engine/types.ts';

/**
 * `/data/scorecards.json`: `{ asOf, kpis: [{ kpi, weight }], people: [{ person,
 * accounts, kpis: { <kpi>: number | null }, score }] }`, people sorted by id,
 * `kpis` holding every KPI of the policy's scorecard in its order. Escaped as
 * accounts.json is, so it is harmless if a page ever inlines it.
 */
export function buildScorecardsJson(portfolio: Portfolio): string {
	const weights = portfolio.policy.scorecard;
	const document = {
		asOf: portfolio.asOf,
		kpis: weights.map(({ kpi, weight }) => ({ kpi, weight })),
		people: portfolio.scorecards.people.map((card) => ({
			person: card.person,
			accounts: card.accounts,
			kpis: Object.fromEntries(weights.map(({ kpi }) => [kpi, card.kpis[kpi].value])),
			score: card.score,
		})),
	};
	return `${JSON.stringify(document).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
