import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { jsonSchemaOf } from '../../src/lib/json-schema.ts';
import { readContentDir } from '../../src/node/read-content-dir.ts';
import { decodeContentFile, splitPlan } from '../../src/lib/content/source-file.ts';
import { parseYaml } from '../../src/lib/content/yaml.ts';
import { SAMPLE_CONTENT } from '../helpers/build-site.ts';
import { validPlan } from '../helpers/content-fixture.ts';

/** Editors use the schema as plain JSON Schema; ajv in strict mode also catches a schema it would misread. */
const ajv = new Ajv({ allErrors: true, strict: true, validateFormats: false });
const validatePlan = ajv.compile(jsonSchemaOf('plan.schema.json'));
const sample = await readContentDir(SAMPLE_CONTENT);

function yamlOf(path: string, bytes: Uint8Array, frontmatter: boolean): unknown {
	const text = decodeContentFile(path, bytes).text!;
	return parseYaml(frontmatter ? splitPlan(path, text).plan!.frontmatter : text, { file: path }).value;
}

describe('plan.schema.json', () => {
	it.each(sample.accounts.map((file) => [file.path, file] as const))('accepts the frontmatter of %s', (path, file) => {
		const valid = validatePlan(yamlOf(path, file.bytes, true));
		expect(validatePlan.errors ?? []).toEqual([]);
		expect(valid).toBe(true);
	});

	it('rejects a broken plan, naming each problem', () => {
		const plan = validPlan();
		delete plan.name;
		plan.tier = 'gold';
		plan.teir = 'major';
		(plan.value as Record<string, unknown>).current = '2,400,000';
		expect(validatePlan(plan)).toBe(false);
		const problems = validatePlan.errors!.map((e) => `${e.instancePath} ${e.message}`);
		expect(problems).toEqual(
			expect.arrayContaining([" must have required property 'name'", ' must NOT have additional properties', '/tier must be equal to one of the allowed values', '/value/current must be number']),
		);
	});

	it('documents fields for completion and hover', () => {
		const schema = jsonSchemaOf('plan.schema.json') as { title?: string; properties: Record<string, { description?: string }> };
		expect(schema.title).toBe('KAM account plan');
		expect(schema.properties.tier?.description).toContain('major | named | non-named | mass-market');
	});
});

describe('people.schema.json and policy.schema.json', () => {
	it('accept the sample people.yaml and policy.yaml', () => {
		for (const [name, file] of [['people.schema.json', sample.people!], ['policy.schema.json', sample.policy!]] as const) {
			const validate = ajv.compile(jsonSchemaOf(name));
			expect(validate(yamlOf(file.path, file.bytes, false)), JSON.stringify(validate.errors)).toBe(true);
		}
	});

	it('reject a typo in policy.yaml', () => {
		const validate = ajv.compile(jsonSchemaOf('policy.schema.json'));
		expect(validate({ dueSoonDay: 30 })).toBe(false);
	});
});

describe('the management cycle in the JSON Schemas', () => {
	it('people.schema.json checks a GitHub login and documents manager and github', () => {
		const schema = jsonSchemaOf('people.schema.json');
		const validate = ajv.compile(schema);
		expect(validate([{ id: 'li-wei', name: 'Li Wei', manager: 'zhang-min', github: 'liwei-kam' }])).toBe(true);
		expect(validate([{ id: 'li-wei', name: 'Li Wei', github: 'liwei-' }])).toBe(false);
		expect(validate([{ id: 'li-wei', name: 'Li Wei', github: 'a'.repeat(40) }])).toBe(false);
		const properties = (schema as { items: { properties: Record<string, { description?: string }> } }).items.properties;
		expect(properties.github?.description).toContain('GitHub login');
		expect(properties.manager?.description).toContain('reports to');
	});

	it('plan.schema.json rejects an application with an unknown risk and policy.schema.json an unknown cycle tier', () => {
		const plan = validPlan();
		plan.application = { proposed: '2026-10-12', by: 'li-wei', expectedRevenue: 1, expectedContribution: 1, developmentCost: 1, risk: 'severe' };
		expect(validatePlan(plan)).toBe(false);
		expect(validatePlan.errors!.map((e) => e.instancePath)).toContain('/application/risk');
		const policy = ajv.compile(jsonSchemaOf('policy.schema.json'));
		expect(policy({ planningCycle: { year: 2027, opens: '2026-10-01', draftsDue: '2026-11-30', reviewsDue: '2026-12-20', tiers: ['major'] }, signOff: { major: ['owner-manager'] } })).toBe(true);
		expect(policy({ planningCycle: { year: 2027, opens: '2026-10-01', draftsDue: '2026-11-30', reviewsDue: '2026-12-20', tiers: ['key'] } })).toBe(false);
	});
});

describe('visit.schema.json', () => {
	const validateVisit = ajv.compile(jsonSchemaOf('visit.schema.json'));
	it('accepts every sample visit report and describes its fields', () => {
		expect(sample.visits!.length).toBeGreaterThan(5);
		for (const file of sample.visits!) {
			const frontmatter = yamlOf(file.path, file.bytes, true);
			expect(validateVisit(frontmatter), `${file.path}: ${JSON.stringify(validateVisit.errors)}`).toBe(true);
		}
		const schema = jsonSchemaOf('visit.schema.json') as { properties: Record<string, { description?: string }> };
		expect(Object.entries(schema.properties).filter(([, field]) => !field.description).map(([name]) => name)).toEqual([]);
	});

	it('rejects an unknown type', () => {
		expect(validateVisit({ date: '2026-11-20', type: 'lunch', status: 'done', purpose: 'x', outcome: 'y' })).toBe(false);
	});
});
