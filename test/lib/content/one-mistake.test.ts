/**
 * One mistake, one error: each mistake a writer makes gives exactly one
 * diagnostic, first, at the line of its cause, saying what to do; none of its
 * consequences is reported again. Each test makes one mistake in a sample plan
 * and pins the whole output for that file, as `npm run check-plan` lists it
 * (validation and lint together).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentDir } from '../../../src/node/read-content-dir.ts';
import { validateContent, type ContentSnapshot } from '../../../src/lib/content/validate.ts';
import { combined, lintPlans } from '../../../src/lint/lint-plans.ts';
import { SAMPLE_CONTENT } from '../../helpers/build-site.ts';

const FILE = 'accounts/east-china/huajian-municipal-engineering.mdx';
let sample: ContentSnapshot;
let original: string;

beforeAll(async () => {
	sample = await readContentDir(SAMPLE_CONTENT);
	original = new TextDecoder().decode(sample.accounts.find((f) => f.path === FILE)!.bytes);
});

/** The plan with `from` replaced by `to` (once; `from` must be there). */
function edited(from: string, to: string): string {
	expect(original).toContain(from);
	return original.replace(from, to);
}

/** Everything check-plan prints for the plan, one `line rule: message` per problem. */
async function checkPlan(text: string): Promise<string[]> {
	const snapshot: ContentSnapshot = { ...sample, accounts: sample.accounts.map((f) => (f.path === FILE ? { path: FILE, bytes: new TextEncoder().encode(text) } : f)) };
	const validation = validateContent(snapshot);
	const lint = await lintPlans(snapshot, validation.policy);
	return combined(validation.diagnostics, lint)
		.filter((d) => d.file === FILE)
		.map((d) => `${d.line} ${d.rule}: ${d.field ? `${d.field}: ` : ''}${d.message}`);
}

/** The 1-based line of the first line of the plan that starts with `start`. */
const lineOf = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start)) + 1;

describe('one mistake, one error', () => {
	it('the sample plan itself is clean, so every problem below comes from its one mistake', async () => {
		expect(await checkPlan(original)).toEqual([]);
	});

	it('a tab in the frontmatter indentation is one error, at the tab', async () => {
		const text = edited('    title: 采购部经理', '\ttitle: 采购部经理');
		expect(lineOf(text, '\t')).toBe(36);
		expect(await checkPlan(text)).toEqual(['36 yaml-tab: a tab is used for indentation; YAML needs spaces, so replace the tab with spaces']);
	});

	it('a tab in the indentation of a mapping is one error too (no duplicate key, no "nested mappings")', async () => {
		const text = edited('  current: 1200000', '\tcurrent: 1200000');
		expect(await checkPlan(text)).toEqual(['13 yaml-tab: a tab is used for indentation; YAML needs spaces, so replace the tab with spaces']);
	});

	it('a missing closing fence is one error, where the body starts, and no MDX error', async () => {
		const text = edited('\n---\n\n## 客户信息', '\n\n## 客户信息');
		expect(lineOf(text, '## 客户信息')).toBe(62);
		expect(await checkPlan(text)).toEqual([
			"62 no-frontmatter: the frontmatter opened on line 1 is never closed, and the plan's text seems to start here; add a line `---` after the last field, before this heading",
		]);
	});

	it('a misspelt field name is one error, the unknown field with its suggestion, and no missing field', async () => {
		const text = edited('tier: named', 'teir: named');
		expect(await checkPlan(text)).toEqual(['3 unknown-field: teir: unknown field `teir`; did you mean `tier`?']);
	});

	it('a misspelt part heading is one error at that heading, naming it and the title to use', async () => {
		const text = edited('## 竞争评估', '## 竞争评价');
		expect(lineOf(text, '## 竞争评价')).toBe(75);
		expect(await checkPlan(text)).toEqual([
			'75 kam-plan-parts: Unexpected heading `竞争评价` where the part `Competitive assessment` belongs, expected a heading `## Competitive assessment` or `## 竞争评估`; did you mean `## 竞争评估`?',
		]);
	});

	it('a misspelt English part heading is named the same way', async () => {
		const text = edited('## 竞争评估', '## Competitve assesment');
		expect(await checkPlan(text)).toEqual([
			'75 kam-plan-parts: Unexpected heading `Competitve assesment` where the part `Competitive assessment` belongs, expected a heading `## Competitive assessment` or `## 竞争评估`; did you mean `## Competitive assessment`?',
		]);
	});

	it('a misspelt tier suggests the tier it spells', async () => {
		const text = edited('tier: named', 'tier: mjaor');
		expect(await checkPlan(text)).toEqual(['3 invalid-value: tier: expected one of `major`, `named`, `non-named`, `mass-market`; found `mjaor` (text); did you mean `major`?']);
	});

	it('a person written by name suggests the id of the person of that name', async () => {
		const text = edited('owner: xu-ting', 'owner: Xu Ting');
		expect(await checkPlan(text)).toEqual([
			'5 invalid-format: owner: expected a person id from people.yaml: lowercase ASCII letters, digits and single hyphens (like `li-wei`), found `Xu Ting` (text); did you mean `xu-ting` (Xu Ting)?',
		]);
	});

	it('a misspelt person id suggests the closest id', async () => {
		const text = edited('owner: xu-ting', 'owner: xu-tign');
		expect(await checkPlan(text)).toEqual([
			'5 unknown-person: owner: unknown person `xu-tign`: every person must be listed in `people.yaml`; did you mean `xu-ting` (Xu Ting)? Else add them there or fix the id',
		]);
	});

	it('an impossible month says the month is wrong', async () => {
		const text = edited('last: 2025-09-01', 'last: 2026-13-01');
		expect(await checkPlan(text)).toEqual([
			'26 invalid-value: review.last: `2026-13-01` is not a real calendar date: month `13` does not exist; the month is the middle part, from 01 to 12 (dates are YYYY-MM-DD)',
		]);
	});

	it('an impossible day says which days the month has', async () => {
		const text = edited('last: 2025-09-01', 'last: 2025-02-29');
		expect(await checkPlan(text)).toEqual([
			'26 invalid-value: review.last: `2025-02-29` is not a real calendar date: February 2025 has days 01 to 28; check the day of the month (the last part)',
		]);
	});

	it('a YAML syntax error is reported once, not again for every later line', async () => {
		const text = edited('  potential: 4000000', '  potential: 4000000: 5');
		expect(await checkPlan(text)).toEqual(['14 yaml-syntax: YAML does not parse: Nested mappings are not allowed in compact mappings']);
	});
});

describe('a pasted megabyte', () => {
	it('a 1 MB region is one error, the length, found without measuring its distance to every region', async () => {
		const text = edited('region: 华东', `region: ${'x'.repeat(1_000_000)}`);
		const started = performance.now();
		expect(await checkPlan(text)).toEqual(['7 invalid-value: region: expected at most 100 characters, found 1000000']);
		expect(performance.now() - started).toBeLessThan(5000);
	});

	it('a misspelt region still gets its suggestion', async () => {
		const text = edited('region: 华东', 'region: East Chnia');
		expect((await checkPlan(text))[0]).toContain('did you mean `East China`?');
	});
});

describe('invisible characters in ids and text', () => {
	it.each([
		['an ideographic space', '\u3000', 'U+3000 (ideographic space)'],
		['a zero-width no-break space', '\uFEFF', 'U+FEFF (zero-width no-break space)'],
		['a no-break space', '\u00A0', 'U+00A0 (no-break space)'],
	])('a person id followed by %s is one error that names it and suggests the id', async (_, character, named) => {
		const text = edited('team: [ma-jun]', `team: [ma-jun${character}]`);
		expect(await checkPlan(text)).toEqual([
			`6 invalid-format: team[0]: expected a person id from people.yaml: lowercase ASCII letters, digits and single hyphens (like \`li-wei\`), found \`ma-jun${character}\` (text); it contains the invisible character ${named}, so retype it; did you mean \`ma-jun\` (马骏)?`,
		]);
	});

	it('an owner followed by an ideographic space outside a flow list is refused as well', async () => {
		const text = edited('owner: xu-ting', 'owner: xu-ting\u3000');
		expect((await checkPlan(text)).map((line) => line.split(':')[0])).toEqual(['5 invalid-format']);
	});

	it('a NUL character in a text field is one error naming it', async () => {
		const text = edited('name: 华建市政工程有限公司', 'name: 华建市政\u0000工程有限公司');
		expect(await checkPlan(text)).toEqual([
			'2 invalid-value: name: the text contains the control character U+0000 (NUL) at character 5; it is invisible, and exports and pages would carry it, so delete it',
		]);
	});
});
