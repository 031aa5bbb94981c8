import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runNode } from '../helpers/build-site.ts';

const DRAFT_7 = 'http://json-schema.org/draft-07/schema#';

/** What each schema file says at its top, written out (see the contract's field lists). */
const EXPECTED = {
	'plan.schema.json': {
		title: 'KAM account plan',
		type: 'object',
		required: ['name', 'tier', 'category', 'value'],
		properties: [
			'name', 'tier', 'category', 'owner', 'sponsor', 'team', 'region', 'industry', 'tags', 'parent', 'currency', 'value', 'targets',
			'budget', 'resources', 'financials', 'forecast', 'review', 'planPeriod', 'contacts', 'competitors', 'actions', 'lost', 'products',
			'objectives', 'application',
		],
	},
	'people.schema.json': { title: 'KAM people', type: 'array', required: ['id', 'name'], properties: ['id', 'name', 'department', 'title', 'email', 'region', 'manager', 'github'] },
	'policy.schema.json': {
		title: 'KAM policy',
		type: 'object',
		required: undefined,
		properties: [
			'currency', 'locale', 'dueSoonDays', 'tiers', 'quadrant', 'progressReportEveryMonths', 'sections', 'exchangeRates', 'repoUrl', 'company',
			'regions', 'industries', 'productLines', 'tags', 'reviewQuestions', 'contactStaleDays', 'objectivePaceTolerance', 'visitEveryDays', 'portals',
			'planningCycle', 'signOff', 'departments', 'maxCostToServe', 'scorecard',
		],
	},
	'visit.schema.json': {
		title: 'KAM visit report',
		type: 'object',
		required: ['date', 'type', 'status', 'purpose'],
		properties: ['date', 'type', 'status', 'ours', 'theirs', 'purpose', 'outcome', 'objective', 'next'],
	},
} as const;
const NAMES = Object.keys(EXPECTED) as (keyof typeof EXPECTED)[];

interface Schema {
	$schema?: string;
	title?: string;
	type?: string;
	required?: string[];
	additionalProperties?: boolean;
	properties?: Record<string, { enum?: string[] }>;
	items?: Schema;
}

/** The object a file describes: the file's own, or for people.yaml (a list) each entry's. */
const described = (schema: Schema) => (schema.type === 'array' ? schema.items! : schema);

/** The JSON Schemas for editors: served by the site under /schemas/ and written by `npm run schema`, the same text. */
describe('JSON Schemas for editors', () => {
	const served = (name: string) => readFile(join(inject('sampleSiteDir'), 'schemas', name), 'utf8');

	it.each(NAMES)('the built site serves /schemas/%s: draft 7, its title, its fields, nothing else allowed', async (name) => {
		const schema = JSON.parse(await served(name)) as Schema;
		const expected = EXPECTED[name];
		expect(schema.$schema).toBe(DRAFT_7);
		expect(schema.title).toBe(expected.title);
		expect(schema.type).toBe(expected.type);
		expect(described(schema).required).toEqual(expected.required);
		expect(Object.keys(described(schema).properties ?? {})).toEqual(expected.properties);
		expect(described(schema).additionalProperties).toBe(false);
	});

	it('the built site serves these four and no other', async () => {
		expect((await readdir(join(inject('sampleSiteDir'), 'schemas'))).sort()).toEqual(['people.schema.json', 'plan.schema.json', 'policy.schema.json', 'visit.schema.json']);
	});

	it('the plan schema lists the four tiers an editor completes `tier` with', async () => {
		const schema = JSON.parse(await served('plan.schema.json')) as Schema;
		expect(schema.properties?.tier?.enum).toEqual(['major', 'named', 'non-named', 'mass-market']);
	});

	it('npm run schema writes the same four files into a folder', async () => {
		const out = await mkdtemp(join(tmpdir(), 'kam-schemas-'));
		const result = await runNode(['src/cli/schema.ts', '--out', out]);
		expect(result.code).toBe(0);
		expect((await readdir(out)).sort()).toEqual(['people.schema.json', 'plan.schema.json', 'policy.schema.json', 'visit.schema.json']);
		for (const name of NAMES) expect(await readFile(join(out, name), 'utf8'), name).toBe(await served(name));
	});
});
