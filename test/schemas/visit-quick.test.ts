/**
 * `surelyValidVisit` decides only speed: whatever visit frontmatter it takes,
 * it gives exactly the value the schema gives (fields in the same order); all
 * else it leaves to the schema, which reports the problems.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateContent, seededRandom } from '../../bench/generate.ts';
import { surelyValidVisit, visitFrontmatter } from '../../schemas/visit.ts';
import { parseYaml } from '../../src/lib/content/yaml.ts';

const CONTENT = join(import.meta.dirname, '../../content');

function frontmatterValue(text: string): Record<string, unknown> {
	return parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!, { file: 'visit.mdx' }).value as Record<string, unknown>;
}

const samples = readdirSync(join(CONTENT, 'visits'), { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => frontmatterValue(readFileSync(join(CONTENT, 'visits', file), 'utf8')));
const generated = [...generateContent({ count: 60, seed: 3, visitsPerAccount: 20 })].filter(([path]) => path.startsWith('visits/')).map(([, text]) => frontmatterValue(text));

/** The schema's value, or undefined when the schema refuses. */
function schemaValue(raw: unknown): unknown {
	const result = visitFrontmatter.safeParse(raw);
	return result.success ? result.data : undefined;
}

/** A valid visit with every field, changed by one case at a time. */
const base = {
	date: '2026-11-20',
	type: 'visit',
	status: 'done',
	ours: ['li-wei'],
	theirs: ['zhao-lei', 'wang-jun'],
	purpose: 'Agree the trial',
	outcome: 'Trial agreed for March',
	objective: 'group-framework',
	next: [{ title: 'Send the offer', owner: 'li-wei', due: '2026-12-01', status: 'done' }],
};

describe('surelyValidVisit', () => {
	it('gives the schema’s value, field for field and in the same order, for every sample and generated report', () => {
		expect(generated.length).toBeGreaterThan(100);
		for (const raw of [...samples, ...generated]) {
			const quick = surelyValidVisit(raw);
			expect(quick).toBeDefined();
			expect(JSON.stringify(quick)).toBe(JSON.stringify(schemaValue(raw)));
		}
	});

	it.each([
		['the full report', {}, base],
		['a report without the optional fields', { ours: undefined, theirs: undefined, outcome: undefined, objective: undefined, next: undefined, status: 'planned' }, { date: '2026-11-20', type: 'visit', status: 'planned', purpose: 'Agree the trial' }],
		['a next step without a status (planned by default)', { next: [{ title: 'Call back', owner: 'li-wei', due: '2026-12-01' }] }, { ...base, next: [{ title: 'Call back', owner: 'li-wei', due: '2026-12-01', status: 'planned' }] }],
		['empty lists', { ours: [], theirs: [], next: [] }, { ...base, ours: [], theirs: [], next: [] }],
		['Chinese text and a leap day', { date: '2028-02-29', purpose: '沟通框架协议执行', outcome: '客户确认三个新项目部需求' }, { ...base, date: '2028-02-29', purpose: '沟通框架协议执行', outcome: '客户确认三个新项目部需求' }],
	])('takes %s, as the schema does', (_, change, expected) => {
		const raw = withChange(change);
		expect(surelyValidVisit(raw)).toEqual(expected);
		expect(JSON.stringify(surelyValidVisit(raw))).toBe(JSON.stringify(schemaValue(raw)));
	});

	it.each([
		['no date', { date: undefined }],
		['an impossible date', { date: '2026-02-30' }],
		['a date as a number', { date: 20261120 }],
		['a date with a time', { date: '2026-11-20T10:00' }],
		['an unknown field', { topic: 'framework' }],
		['an unknown type', { type: 'lunch' }],
		['an unknown status', { status: 'held' }],
		['an empty `ours`', { ours: null }],
		['a name in `ours`', { ours: ['Li Wei'] }],
		['`theirs` as one id, not a list', { theirs: 'zhao-lei' }],
		['a blank purpose', { purpose: '   ' }],
		['a purpose of 301 characters', { purpose: 'x'.repeat(301) }],
		['a control character in the outcome', { outcome: 'agreed\u0000' }],
		['a done visit without its outcome', { outcome: undefined }],
		['an outcome of 1001 characters', { outcome: 'x'.repeat(1001) }],
		['an objective that is no id', { objective: 'Group Framework' }],
		['`next` that is not a list', { next: { title: 'x', owner: 'li-wei', due: '2026-12-01' } }],
		['a next step without an owner', { next: [{ title: 'x', due: '2026-12-01' }] }],
		['a next step with an impossible due date', { next: [{ title: 'x', owner: 'li-wei', due: '2026-13-01' }] }],
		['a next step with an unknown field', { next: [{ title: 'x', owner: 'li-wei', due: '2026-12-01', note: 'y' }] }],
		['a next step with an unknown status', { next: [{ title: 'x', owner: 'li-wei', due: '2026-12-01', status: 'finished' }] }],
		['an empty next step', { next: [null] }],
	])('leaves a report with %s to the schema, which refuses it', (_, change) => {
		const raw = withChange(change);
		expect(surelyValidVisit(raw)).toBeUndefined();
		expect(visitFrontmatter.safeParse(raw).success).toBe(false);
	});

	it.each([
		['a list', [base]],
		['nothing', null],
		['a text', 'visit'],
	])('leaves a frontmatter that is %s to the schema', (_, raw) => {
		expect(surelyValidVisit(raw)).toBeUndefined();
		expect(visitFrontmatter.safeParse(raw).success).toBe(false);
	});

	it('never takes a report the schema refuses or reads differently, over many mixed fields', () => {
		const random = seededRandom(5);
		const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
		const texts = ['Agree the trial', '', ' ', '中文', 'x'.repeat(300), 'x'.repeat(301), 'a\u0007b', 'tab\there', '\u3000', 7, null, ['x']];
		const ids = ['li-wei', 'Li Wei', 'li--wei', '-li', 'li-wei\u200b', '', 7, null];
		const dates = ['2026-11-20', '2026-02-29', '2028-02-29', '2026-13-01', '2026-1-1', ' 2026-11-20', 20261120, null];
		const values: Record<string, readonly unknown[]> = {
			date: dates,
			type: ['visit', 'call', 'Visit', 'lunch', null],
			status: ['planned', 'done', 'cancelled', 'Done', null],
			ours: [['li-wei'], [], ids, 'li-wei', null],
			theirs: [['zhao-lei', 'wang-jun'], [pick(ids)], null],
			purpose: texts,
			outcome: texts,
			objective: ids,
			next: [[], null, 'x', [{ title: pick(texts), owner: pick(ids), due: pick(dates) }], [{ title: 'x', owner: 'li-wei', due: '2026-12-01', status: pick(['planned', 'done', 'late', null]) }]],
			extra: [1],
		};
		let taken = 0;
		for (let n = 0; n < 3000; n++) {
			const raw: Record<string, unknown> = {};
			for (const [key, options] of Object.entries(values)) if (random() < (key === 'extra' ? 0.05 : 0.8)) raw[key] = random() < 0.7 ? (base as Record<string, unknown>)[key] : pick(options);
			const quick = surelyValidVisit(raw);
			if (quick === undefined) continue;
			taken++;
			expect(JSON.stringify(quick), JSON.stringify(raw)).toBe(JSON.stringify(schemaValue(raw)));
		}
		// Enough mixed reports are taken for the comparison to mean something.
		expect(taken).toBeGreaterThan(100);
	});
});

function withChange(change: Record<string, unknown>): Record<string, unknown> {
	const raw: Record<string, unknown> = { ...base, ...change };
	for (const key of Object.keys(raw)) if (raw[key] === undefined) delete raw[key];
	return raw;
}
