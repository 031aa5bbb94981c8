import { describe, expect, it } from 'vitest';
import { bodyLines, checkPlanBody, findHeadings, mdxParseProblem, tagsSurelyParse } from '../../../src/lib/content/mdx-body.ts';

const fenced = (body: string) => bodyLines(body).map((line) => line.fenced);

describe('one code-fence scanner for the body checks', () => {
	it.each([
		['a backtick fence', '```\n# code\n```\ntext', [true, true, true, false]],
		['a tilde fence', '~~~\n# code\n~~~\ntext', [true, true, true, false]],
		['backticks inside a tilde fence', '~~~\n```\n# code\n~~~\ntext', [true, true, true, true, false]],
		['a shorter closer, which does not close', '````\n```\n# code\n````\ntext', [true, true, true, true, false]],
		['a closer with text after it, which does not close', '```\n``` js\n# code\n```\ntext', [true, true, true, true, false]],
		['a fence indented by four spaces, which is no fence', '    ```\n# title', [false, false]],
	])('%s', (_, body, expected) => {
		expect(fenced(body)).toEqual(expected);
	});

	it('finds headings and body problems only outside fences, by the same rule', () => {
		const body = '````\n```\n## Inside\n{x}\n````\n## Outside\n{y}';
		expect(findHeadings(body)).toEqual([{ depth: 2, text: 'Outside', line: 5 }]);
		expect(checkPlanBody(body, { file: 'a.mdx', bodyLine: 1 }).map((d) => `${d.line} ${d.rule}`)).toEqual(['7 mdx-expression']);
	});
});

const rules = (body: string) => checkPlanBody(body, { file: 'a.mdx', bodyLine: 1 }).map((d) => `${d.line} ${d.rule}`);

describe('unsafe links, by every spelling a browser accepts', () => {
	it.each([
		['a plain javascript: link', '[c](javascript:alert(1))'],
		['a decimal character reference', '[c](&#106;avascript:alert(1))'],
		['a hexadecimal character reference', '[c](&#x6A;avascript&#58;alert(1))'],
		['a space before and capitals', '[c]( JAVASCRIPT:alert(1))'],
		['a tab written as a reference inside the scheme', '[c](java&#x09;script:alert(1))'],
		['named references for tab and colon', '[c](JaVa&Tab;ScRiPt&colon;x)'],
		['a newline reference inside the scheme', '[c](java&NewLine;script:x)'],
		['a control character written as a reference before it', '[c](&#1;javascript:x)'],
		['a backslash escape of the colon', '[c](javascript\\:x)'],
		['angle brackets', '[c](<javascript:x>)'],
		['an image', '![i](javascript:x)'],
		['vbscript:', '[c](vbscript:msgbox)'],
		['data:', '[c](data:text/html,x)'],
		['a destination on the next line', '[c](\njavascript:x)'],
		['a link definition', '[c]: javascript:x'],
		['a link definition with its destination on the next line', '[c]:\n  javascript:x'],
		['a link definition with a reference', '[c]: &#106;avascript:x'],
	])('refuses %s, once, at its line', (_, body) => {
		expect(rules(body)).toEqual(['1 unsafe-link']);
	});

	it.each([
		['a web address that mentions javascript', '[c](https://example.com/javascript:x)'],
		['a plan file named javascript', '[c](./javascript.mdx)'],
		['a link in a code span', '`[c](javascript:x)`'],
		['a link in a code fence', '```\n[c](javascript:x)\n```'],
		['percent-encoding, which a browser does not decode in a scheme', '[c](java%09script:x)'],
	])('accepts %s', (_, body) => {
		expect(rules(body)).toEqual([]);
	});

	it('reports each unsafe link of a line', () => {
		expect(rules('[a](javascript:x) and [b](data:x)')).toEqual(['1 unsafe-link', '1 unsafe-link']);
	});

	it('refuses a raw control character in the body, naming it', () => {
		expect(checkPlanBody('[c](\u0001javascript:x)', { file: 'a.mdx', bodyLine: 1 }).map((d) => d.message)).toEqual([
			'the line contains the control character U+0001 (control character) at column 5; it is invisible, and pages and exports would carry it, so delete it',
		]);
	});
});

describe('a `<` that starts no tag', () => {
	it.each([
		['before a digit', 'Lead time <5 weeks.'],
		['before a Chinese word', '关键联系人、<交付部门'],
		['before an accented letter', 'a <été'],
		['before `$`', 'a <$x'],
		['before a sign', 'a <= b'],
		['twice on a line (one problem)', 'a <5 and <6'],
		['at the end of a line', 'a <'],
		['before an ideographic space', 'a <\u3000b'],
		['before a zero-width space', 'a <\u200bb'],
		['in a heading', '## Lead time <5 weeks'],
		['in a list item', '- lead time <5 weeks'],
		['in a table cell', '| a <5 | b |\n|---|---|'],
		['in a link text', '[a <5](https://example.com)'],
		['in a line indented by four spaces (MDX has no indented code)', '    a <5'],
	])('is refused %s', (_, body) => {
		expect(rules(body)).toEqual(['1 mdx-less-than']);
	});

	it.each([
		['before a space', 'a < b'],
		['before a tab', 'a <\tb'],
		['escaped', 'a \\<5'],
		['as a character reference', 'a &lt;5'],
		['in a code span', '`a <5`'],
		['in a code fence', '```\na <5\n```'],
	])('is accepted %s', (_, body) => {
		expect(rules(body)).toEqual([]);
	});

	it('names what follows it', () => {
		expect(checkPlanBody('x <`y`', { file: 'a.mdx', bodyLine: 1 }).map((d) => d.message.split(':')[0])).toEqual(['`<` followed by a backtick']);
	});
});

describe('a body MDX cannot parse that the scan lets through', () => {
	it.each([
		['a portal component left open', '<Callout type="note">\n\ntext', '1 mdx-invalid'],
		['a closing tag without its opening', 'text\n\n</Callout>', '3 mdx-invalid'],
		['a self-closing component left open', 'text\n\n<Milestones>', '3 mdx-invalid'],
	])('is one error at its line: %s', (_, body, expected) => {
		expect(rules(body)).toEqual([expected]);
	});

	it.each([
		['a closed component', '<Callout type="note">\n\ntext\n\n</Callout>'],
		['a self-closing component', '<Milestones />'],
	])('is not refused: %s', (_, body) => {
		expect(rules(body)).toEqual([]);
	});
});

describe('the bodies that skip the MDX parse: tags laid out as plans write them', () => {
	it.each([
		['a callout after a paragraph', 'Intro.\n\n<Callout type="warning" title="风险">\nText.\n</Callout>\n\nAfter.', true],
		['a self-closing component', 'Text.\n\n<Milestones />', true],
		['two callouts and a chart', '<Callout>\nA\n</Callout>\n<Callout title="B">\n- b\n</Callout>\n\n<ForecastChart />', true],
		['a `<` in a code fence', '```\na <b\n```', true],
		['a callout left open', '<Callout>\ntext', false],
		['a closing tag without its opening', 'text\n\n</Callout>', false],
		['a closing tag of another component', '<Callout>\ntext\n</Milestones>', false],
		['callouts nested', '<Callout>\n<Callout>\nA\n</Callout>\n</Callout>', false],
		['a tag inside text', 'Intro <Callout> text\n\n</Callout>', false],
		['a tag in a list item', '- <Callout>\n  text\n</Callout>', false],
		['a tag in a quote', '> <Callout>\n> text\n</Callout>', false],
		['an indented tag', '  <Milestones />', false],
		['a `<` in prose', 'a < b', false],
		['an attribute holding a brace', '<Callout title="{x}">\ntext\n</Callout>', false],
		['an unknown component', '<Chart />', false],
	])('%s: %s', (_, body, skips) => {
		expect(tagsSurelyParse(bodyLines(body))).toBe(skips);
		// Sound: a body that skips the parse is one MDX parses.
		if (skips) expect(mdxParseProblem(body)).toBeUndefined();
	});
});

describe('hostile bodies are checked in linear time', () => {
	it.each([
		['a heading followed by 100,000 spaces and a character', `## Action plan${' '.repeat(100_000)}x`, []],
		['a line of 300,000 braces', '{'.repeat(300_000), ['1 mdx-expression']],
		['100,000 empty links in 200 paragraphs', Array.from({ length: 200 }, () => ']()'.repeat(500)).join('\n\n'), []],
		['300,000 unclosed links', '[x]('.repeat(300_000), ['1 mdx-too-complex']],
		['a line of backtick runs of every length', Array.from({ length: 30 }, (_, k) => '`'.repeat(k + 1) + 'a').join('').repeat(200), []],
		['200,000 tags', '<a'.repeat(200_000), ['1 mdx-too-complex']],
		['1,000 tags, the most a body may hold', '<Milestones />\n\n'.repeat(1000), []],
		['200,000 `<` before digits', '<5'.repeat(200_000), ['1 mdx-less-than']],
		['500 closed components', '<Callout>x</Callout>\n\n'.repeat(500), []],
		['200 paragraphs of 600 Chinese characters with links and emphasis', `${'分'.repeat(600)} [a](b) [c](d) **e**\n\n`.repeat(200), []],
		['500 character references in each of 100 paragraphs', `${'&amp;'.repeat(500)}\n\n`.repeat(100), []],
	])('%s', (_, body, expected) => {
		const started = performance.now();
		expect(rules(body)).toEqual(expected);
		findHeadings(body);
		expect(performance.now() - started).toBeLessThan(2000);
	});

	it('reads a heading with a long run of spaces as the parser does', () => {
		expect(findHeadings(`## Action plan${' '.repeat(8000)}x`)).toEqual([{ depth: 2, text: `Action plan${' '.repeat(8000)}x`, line: 0 }]);
		expect(findHeadings('## Action plan ##   ')).toEqual([{ depth: 2, text: 'Action plan', line: 0 }]);
		expect(findHeadings('## C#')).toEqual([{ depth: 2, text: 'C#', line: 0 }]);
		expect(findHeadings('####### seven')).toEqual([]);
	});

	it.each([
		['quotes nested 21 deep', `${'> '.repeat(21)}x`],
		['lists nested 21 deep', `${'- '.repeat(21)}x`],
		['2,001 emphasis marks in a paragraph', `${'*_'.repeat(1000)}\n*`],
		['501 link ends in a paragraph', '[x]('.repeat(100) + '\n' + '](x'.repeat(401)],
		['a run of 33 backticks', `x${'`'.repeat(33)}x`],
		['501 character references in a paragraph', '&#1;'.repeat(501)],
		['a line of 300,000 Chinese characters with 4,000 brackets', '分'.repeat(300_000) + '[a] '.repeat(2000)],
		['20,000 web addresses on a line with a Chinese character', '分' + 'www.x.com '.repeat(20_000)],
	])('refuses %s as one error, before the parsers stall on it', (_, body) => {
		expect(rules(body)).toEqual(['1 mdx-too-complex']);
	});

	it.each([
		// Component 501 opens with the 1,001st tag, at line 1 + 2 × 500.
		['10,000 tags (5,000 closed components, which MDX parses in time growing with their square)', '<Callout>x</Callout>\n\n'.repeat(5000), '1001 mdx-too-complex'],
		// The 1,001st component, at line 1 + 2 × 1,000.
		['1,001 components left open', '<Callout>\n\n'.repeat(1001), '2001 mdx-too-complex'],
	])('refuses %s as one error, at the tag past the limit', (_, body, expected) => {
		const started = performance.now();
		expect(rules(body)).toEqual([expected]);
		expect(checkPlanBody(body, { file: 'a.mdx', bodyLine: 1 })[0]!.message).toBe('the body holds more than 1000 tags (`<...>`); a plan uses a few portal components, and so many stall the MDX parser, so remove the pasted run');
		expect(performance.now() - started).toBeLessThan(1000);
	});

	it('lists at most 50 problems, then says how many more', () => {
		const body = Array.from({ length: 80 }, (_, i) => `line ${i} {x}`).join('\n');
		const found = rules(body);
		expect(found).toHaveLength(51);
		expect(found.at(-1)).toBe('50 too-many-problems');
		expect(checkPlanBody(body, { file: 'a.mdx', bodyLine: 1 }).at(-1)!.message).toBe('30 more problems in the body are not listed; fix the 50 above and check again');
	});
});
