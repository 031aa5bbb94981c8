/** The team, budget, resources and scorecards in /data/accounts.json and /data/scorecards.json. */
import { describe, expect, it } from 'vitest';
import { buildAccountsJson } from '../../../src/lib/export/accounts-json.ts';
import { buildScorecardsJson } from '../../../src/lib/export/scorecards-json.ts';
import { planInput, portfolioOf, testPolicy } from '../engine/fixtures.ts';

const plan = planInput('acme', (p) => {
	p.team = ['wang-fang', { person: 'zhang-min', role: 'Sponsor', effort: 0.1 }];
	p.budget = [
		{ year: 2026, item: 'Visits', amount: 100_000 },
		{ year: 2026, item: 'Demo', amount: 30_000 },
		{ year: 2027, item: 'Visits', amount: 90_000 },
	];
	p.resources = [
		{ need: 'Crew <Suzhou>', from: '运营部', by: '2026-11-01', status: 'requested' },
		{ need: 'Credit line', status: 'agreed' },
	];
});
const policy = testPolicy({ departments: [{ id: 'operations', name: 'Operations', aliases: ['运营部'] }] });

describe('/data/accounts.json', () => {
	const computed = JSON.parse(buildAccountsJson(portfolioOf([plan], { policy }))).accounts[0].computed;

	it('lists the team in plan order, role and effort null when not given', () => {
		expect(computed.team).toEqual([
			{ person: 'wang-fang', role: null, effort: null },
			{ effort: 0.1, person: 'zhang-min', role: 'Sponsor' },
		]);
	});

	it('gives cost to serve (2025: 250,000 / 5,000,000) and the 2026 budget against the 2026 forecast (130,000 / 6,500,000)', () => {
		expect(computed.costToServe).toBe(0.05);
		expect(computed.budget).toEqual({ share: 0.02, total: 130_000, year: 2026 });
	});

	it('lists the resources with the department id and late flag', () => {
		expect(computed.resources).toEqual([
			{ from: 'operations', late: true, need: 'Crew <Suzhou>', status: 'requested' },
			{ from: null, late: false, need: 'Credit line', status: 'agreed' },
		]);
	});
});

describe('/data/scorecards.json', () => {
	it('has exactly the contract shape: asOf, the KPIs with weights, each owner with accounts, every KPI and the score', () => {
		const document = JSON.parse(buildScorecardsJson(portfolioOf([plan, planInput('beta', (p) => (p.owner = 'wang-fang'))], { policy })));
		expect(Object.keys(document)).toEqual(['asOf', 'kpis', 'people']);
		expect(document.kpis).toEqual([
			{ kpi: 'revenue-vs-target', weight: 30 },
			{ kpi: 'share-vs-target', weight: 20 },
			{ kpi: 'objectives-on-track', weight: 20 },
			{ kpi: 'reviews-on-time', weight: 10 },
			{ kpi: 'deciders-warm', weight: 10 },
			{ kpi: 'actions-on-time', weight: 10 },
		]);
		// Each plan: 6,000,000 against 0.4 × 20,000,000; share 0.3 below 0.4; the objective on track;
		// reviewed 2026-10-01; the decider warm and covered; no action overdue.
		// Score: (30 × 0.75 + 20 × 0 + 20 + 10 + 10 + 10) = 72.5.
		const kpis = { 'revenue-vs-target': 0.75, 'share-vs-target': 0, 'objectives-on-track': 1, 'reviews-on-time': 1, 'deciders-warm': 1, 'actions-on-time': 1 };
		expect(document.people).toEqual([
			{ person: 'li-wei', accounts: 1, kpis, score: 72.5 },
			{ person: 'wang-fang', accounts: 1, kpis, score: 72.5 },
		]);
	});

	it('escapes markup characters', () => {
		expect(buildScorecardsJson(portfolioOf([plan]))).not.toMatch(/[<>&]/);
	});
});
