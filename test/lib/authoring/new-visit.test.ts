/**
 * `npm run new-visit`: the answers it accepts and the report it writes, which
 * validates as it is (planned ahead, or done with an outcome to write).
 */
import { describe, expect, it } from 'vitest';
import { checkVisitAnswers, initialStatus, splitIds, visitTemplate } from '../../../src/lib/authoring/new-visit.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { planFile, snapshot, validFrontmatter } from '../../helpers/content-fixture.ts';

const context = { personIds: new Set(['li-wei', 'zhang-min']), contactIds: ['zhao-lei'], existing: new Set(['visits/acme/2026-12-01-taken.mdx']) };
const answers = { date: '2026-12-01', topic: 'framework-offer', type: 'visit', purpose: 'Present the {2027} offer: <b>"best"</b>', ours: 'li-wei, zhang-min', theirs: 'zhao-lei' };

describe('new-visit answers', () => {
	it('accepts complete answers and splits the id lists', () => {
		expect(checkVisitAnswers('acme', answers, context)).toEqual({
			answers: { date: '2026-12-01', topic: 'framework-offer', type: 'visit', purpose: answers.purpose, ours: ['li-wei', 'zhang-min'], theirs: ['zhao-lei'] },
			problems: [],
		});
	});

	it('reports every bad answer at once', () => {
		const { problems } = checkVisitAnswers('acme', { ...answers, date: '2026-13-01', topic: 'Big Topic', type: 'lunch', ours: 'nobody', theirs: 'wang-jun' }, context);
		expect(problems).toEqual([
			'`2026-13-01` is not a date: write YYYY-MM-DD, like `2026-12-01`',
			'`Big Topic` is not a topic for the file name: use lowercase ASCII letters, digits and single hyphens, like `framework-offer`',
			'`lunch` is not a visit type; one of `visit`, `call`, `meeting`, `event`, `reception`',
			'unknown person `nobody`: use ids from people.yaml',
			"unknown contact `wang-jun`: use the plan's contact ids, `zhao-lei`",
		]);
	});

	it('refuses a report that exists', () => {
		expect(checkVisitAnswers('acme', { ...answers, topic: 'taken' }, context).problems).toEqual(['`visits/acme/2026-12-01-taken.mdx` already exists; choose another topic']);
	});

	it.each([
		['li-wei, zhang-min', ['li-wei', 'zhang-min']],
		['li-wei，zhang-min', ['li-wei', 'zhang-min']],
		['  ', []],
	])('splits %j', (text, ids) => expect(splitIds(text)).toEqual(ids));

	it.each([
		['2026-11-23', 'planned'],
		['2026-11-22', 'planned'],
		['2026-11-21', 'done'],
	] as const)('a visit on %s as of 2026-11-22 starts %s', (date, status) => expect(initialStatus(date, '2026-11-22')).toBe(status));
});

describe('the report new-visit writes', () => {
	const validate = (text: string, path: string) =>
		validateContent({ ...snapshot({ 'acme.mdx': planFile() }), visits: [{ path, bytes: new TextEncoder().encode(text) }], asOf: '2026-11-22' });

	it('validates as written when planned ahead, with the purpose quoted and the contacts and open actions listed', () => {
		const { answers: checked } = checkVisitAnswers('acme', answers, context);
		const text = visitTemplate(checked!, validFrontmatter(), '2026-11-22');
		expect(text).toMatch(/^status: planned\b/m);
		expect(text).toContain('- Zhao Lei, VP Procurement (decider, `zhao-lei`)');
		expect(text).toContain('- Executive workshop (2026-12-01)');
		expect(validate(text, 'visits/acme/2026-12-01-framework-offer.mdx').diagnostics).toEqual([]);
	});

	it('starts a past visit as done with an outcome to write, and it validates', () => {
		const { answers: checked } = checkVisitAnswers('acme', { ...answers, date: '2026-11-02' }, context);
		const text = visitTemplate(checked!, validFrontmatter(), '2026-11-22');
		expect(text).toMatch(/^status: done\b/m);
		expect(text).toMatch(/^outcome: /m);
		expect(validate(text, 'visits/acme/2026-11-02-framework-offer.mdx').diagnostics).toEqual([]);
	});
});
