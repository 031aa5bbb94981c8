/**
 * The fast reader of the plans' YAML subset decides only speed: whatever it
 * reads, it reads exactly as the `yaml` package does (value, problems and the
 * line of every field path); everything else it leaves to that package.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yamlDifference } from '../../../bench/fuzz.ts';
import { generateContent, seededRandom } from '../../../bench/generate.ts';
import { parseYaml } from '../../../src/lib/content/yaml.ts';
import { parseYamlSubset } from '../../../src/lib/content/yaml-subset.ts';

const CONTENT = join(import.meta.dirname, '../../../content');

function frontmatter(text: string): string {
	return /^---\n([\s\S]*?)\n---/.exec(text)![1]!;
}

const generated = [...generateContent({ count: 120, seed: 3 })].filter(([path]) => path.endsWith('.mdx')).map(([, text]) => frontmatter(text));
const examples = readdirSync(join(CONTENT, 'accounts'), { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => frontmatter(readFileSync(join(CONTENT, 'accounts', file), 'utf8')));

describe('parseYamlSubset', () => {
	it('reads the generated plans and the example plans, exactly as the yaml package does', () => {
		// The policy nests flow collections (`{ id: customer, titles: [...] }`), as plans' review entries may.
		const files = ['people.yaml', 'policy.yaml'].map((name) => readFileSync(join(CONTENT, name), 'utf8'));
		for (const source of [...generated, ...examples, ...files]) {
			expect(parseYamlSubset(source)).toBeDefined();
			expect(yamlDifference(source)).toBeUndefined();
		}
	});

	it('agrees with the yaml package on plans with every kind of small mistake', () => {
		const random = seededRandom(11);
		const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
		const pieces = ['#', ' # note', ':', ': ', ': x', '"', "'", "''", '\\', '- ', '[', ']', '{', '}', ', ', '&a', '*a', '!t', '|', '>', '?', '%', '@', '`', 'null', '~', 'True', '0x1F', '0o17', '-0', '+5', '.5', '1e3', '-.Inf', '.NaN', '1.50', '007', '  ', 'key: v', '<<', '__proto__', 'a:b', '"a"', "'it''s'", '中文'];
		const lines = ['', '# comment', '  # comment', 'x', '- y', '  - z', 'extra: 1', '    deep: 2'];
		let read = 0;
		for (let n = 0; n < 600; n++) {
			const source = pick(generated).split('\n');
			for (let k = 0; k < 1 + Math.floor(random() * 3); k++) {
				const i = Math.floor(random() * source.length);
				const at = Math.floor(random() * (source[i]!.length + 1));
				const edit = Math.floor(random() * 5);
				if (edit === 0) source[i] = source[i]!.slice(0, at) + pick(pieces) + source[i]!.slice(at);
				else if (edit === 1) source[i] = source[i]!.slice(0, at) + source[i]!.slice(at + 1 + Math.floor(random() * 3));
				else if (edit === 2) source[i] = (random() < 0.5 ? ' ' : '') + source[i]!.replace(/^ /, random() < 0.5 ? '' : ' ');
				else if (edit === 3) source.splice(i, 0, pick(lines));
				else source.splice(i, 1);
			}
			const text = source.join('\n');
			if (parseYamlSubset(text)) read++;
			expect(yamlDifference(text), text).toBeUndefined();
		}
		// Many of the edited plans are still in the subset, so the comparison means something.
		expect(read).toBeGreaterThan(120);
	});

	it('reads comments, quotes, empty values, sequences beside their key and core-schema scalars', () => {
		const source = [
			'# a plan',
			'name: "Acme: group"   # quoted',
			"title: 'it''s ours'",
			'notes:',
			'tags:',
			'- premium',
			'-   group',
			'value: { current: 0x1F, potential: 1e3, wallet: .5 }',
			'flags: [true, False, ~, null, 007, -0, +5, .NaN, -.Inf, 2026-01-01, 1.50]',
			'contacts:',
			'  - id: zhao-lei',
			'    reportsTo:',
			'    by:',
			'    - li-wei',
			'  - { id: wang-jun, name: 王军 }',
		].join('\n');
		expect(parseYamlSubset(source)).toBeDefined();
		expect(yamlDifference(source)).toBeUndefined();
		expect(parseYaml(source, { file: 'x' }).value).toMatchObject({ name: 'Acme: group', title: "it's ours", notes: null, tags: ['premium', 'group'] });
	});

	// Each case is read by the fast reader; the expected value is written out by hand, and the yaml package must agree.
	it.each([
		[
			'a review entry as people write it',
			'history:\n  - { date: 2026-01-22, by: [li-wei], outcome: approved, findings: { competitive: concern } }',
			{ history: [{ date: '2026-01-22', by: ['li-wei'], outcome: 'approved', findings: { competitive: 'concern' } }] },
		],
		['maps nested in a list', 'team: [{ person: chen-jie, role: Installation lead, effort: 0.2 }, wang-fang]', { team: [{ person: 'chen-jie', role: 'Installation lead', effort: 0.2 }, 'wang-fang'] }],
		['lists and maps three levels deep', 'x: [[1, [2]], { a: { b: [c] } }]', { x: [[1, [2]], { a: { b: ['c'] } }] }],
		['quoted strings with commas, brackets and braces', `notes: [ "a, b", 'c {d}', "[e]", 'it''s, ok', "# not a comment" ]`, { notes: ['a, b', 'c {d}', '[e]', "it's, ok", '# not a comment'] }],
		['empty flow collections', 'x: { a: {}, b: [], c: { }, d: [ ] }\ny: [{}, []]', { x: { a: {}, b: [], c: {}, d: [] }, y: [{}, []] }],
		['trailing commas', 'x: [1, 2, ]\ny: { a: [b,], c: d, }', { x: [1, 2], y: { a: ['b'], c: 'd' } }],
		['no spaces inside the brackets', 'by: [li-wei,zhang-min]\nf: {a: [b],c: {d: e}}', { by: ['li-wei', 'zhang-min'], f: { a: ['b'], c: { d: 'e' } } }],
		['a comment after a nested flow collection', 'x: { a: [1] } # note\n# whole line\ny: [[2]]   # another', { x: { a: [1] }, y: [[2]] }],
		['Chinese text in nested flow collections', 'h:\n  - { by: [李伟], decisions: [维持份额目标，下次审核复核, "客户：华东, 华南"] }', { h: [{ by: ['李伟'], decisions: ['维持份额目标，下次审核复核', '客户：华东, 华南'] }] }],
		[
			'dates stay strings, numbers and booleans are resolved',
			'x: { date: 2026-01-22, quoted: "2026-01-22", bad: 2026-13-45, n: [1, -2, 0.5, 1e3, 0x1F, 007], b: [true, False, ~, null] }',
			{ x: { date: '2026-01-22', quoted: '2026-01-22', bad: '2026-13-45', n: [1, -2, 0.5, 1000, 31, 7], b: [true, false, null, null] } },
		],
		['colons and hashes inside plain scalars', 'x: [a:b, http://x.cn/y, c#d, 10:30]', { x: ['a:b', 'http://x.cn/y', 'c#d', '10:30'] }],
	])('reads %s in nested flow collections, as the yaml package does', (_, source, expected) => {
		expect(parseYamlSubset(source)?.value).toEqual(expected);
		expect(yamlDifference(source)).toBeUndefined();
		expect(parseYaml(source, { file: 'x', fullParser: true }).value).toEqual(expected);
	});

	it('gives the lines of the keys and items around nested flow collections as the yaml package does', () => {
		const source = ['name: Acme', 'review:', '  history:', '    - { date: 2026-01-22, by: [li-wei], findings: { competitive: concern } }', '    - date: 2026-06-01', '      by: [zhang-min]', 'team: [{ person: a }, b]'].join('\n');
		const fast = parseYamlSubset(source, 1)!;
		expect(fast).toBeDefined();
		// Everything inside a one-line flow collection is on the line of its entry.
		expect(fast.lineOf(['review', 'history', 0, 'findings', 'competitive'])).toBe(5);
		expect(fast.lineOf(['review', 'history', 0, 'by', 0])).toBe(5);
		expect(fast.lineOf(['review', 'history', 1, 'by', 0])).toBe(7);
		expect(fast.lineOf(['team', 0, 'person'])).toBe(8);
		expect(yamlDifference(source)).toBeUndefined();
	});

	it('the generator writes review entries with nested flow collections, and the fast reader takes them all', () => {
		const nested = generated.filter((source) => /^ +- \{ date: .*findings: \{/m.test(source));
		expect(nested.length).toBeGreaterThan(generated.length / 20);
		for (const source of nested) expect(parseYamlSubset(source)).toBeDefined();
	});

	it.each([
		['a block scalar', 'notes: |\n  text'],
		['a value over two lines', 'notes: first\n  second'],
		['a quote closed on a later line', 'notes: "first\n  second"'],
		['an escape', 'notes: "a\\tb"'],
		['a flow collection over two lines', 'team: [a,\n  b]'],
		['an anchor and an alias', 'a: &x 1\nb: *x'],
		['a tag', 'a: !!str 1'],
		['a duplicate key', 'a: 1\na: 2'],
		['a key that is not a word', '"a": 1'],
		['a key that is not a string', 'true: 1'],
		['a merge key', '<<: 1'],
		['a prototype key', '__proto__: 1'],
		['a key `Null`', 'Null: 1'],
		['a key `FALSE`', 'FALSE: 1'],
		['a key `constructor`', 'constructor: 1'],
		['a key `prototype` in a flow mapping', 'a: { prototype: 1 }'],
		['a key `null` in a flow mapping in a list', 'a: [{ b: 1, null: 2 }]'],
		['a tab', 'a:\t1'],
		['a nested mapping on one line', 'a: b: c'],
		['a comma with nothing before it', 'a: [1, , 2]'],
		['a flow collection left open', 'a: [1, { b: 2 }'],
		['a flow collection closed twice', 'a: { b: [1] }}'],
		['a key with no space after its colon in a flow mapping', 'a: { b:[1] }'],
		['a quoted key in a flow mapping', 'a: [{ "b": 1 }]'],
		['a key without a value in a flow mapping', 'a: { b, c: 1 }'],
		['an implicit pair in a flow sequence', 'a: [b: 1]'],
		['a comment inside a flow collection', 'a: [b, # c\n  d]'],
		['a duplicate key in a nested flow mapping', 'a: [{ b: 1, b: 2 }]'],
		['an anchor in a flow collection', 'a: [&x { b: 1 }]'],
		['an alias in a flow collection', 'a: &x 1\nb: { c: *x }'],
		['a tag in a flow collection', 'a: { b: !!str 1 }'],
		['a flow collection used as a key', '- { a: 1 }: b'],
		['a review entry over two lines', 'history:\n  - { date: 2026-01-22, by: [li-wei],\n      outcome: approved }'],
		['a flow sequence over three lines', 'by: [\n  li-wei,\n  zhang-min\n]'],
		['a quoted value over two lines in a flow mapping', 'a: { b: "one\n  two" }'],
		['a document marker', '---\na: 1'],
		['bad indentation', 'a: 1\n  b: 2'],
		['nothing', '# only a comment'],
	])('leaves %s to the yaml package', (_, source) => {
		expect(parseYamlSubset(source)).toBeUndefined();
		expect(yamlDifference(source)).toBeUndefined();
	});
});
