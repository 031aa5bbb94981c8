import { describe, expect, it } from 'vitest';
import { bodyLines, checkPlanBody, findHeadings } from '../../../src/lib/content/mdx-body.ts';

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
