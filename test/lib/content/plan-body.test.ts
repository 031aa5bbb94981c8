import { describe, expect, it } from 'vitest';
import { parsePlanBody, type PlanBodyNode } from '../../../src/lib/content/plan-body.ts';

/** The tree without the newlines between blocks, which carry no meaning. */
function blocks(body: string): PlanBodyNode[] {
	const strip = (nodes: PlanBodyNode[]): PlanBodyNode[] =>
		nodes.filter((node) => !(node.type === 'text' && node.value === '\n')).map((node) => (node.type === 'text' ? node : { ...node, children: strip(node.children) }));
	return strip(parsePlanBody(body, 'accounts/east-china/acme.mdx'));
}

/** Every element of the tree, depth first. */
function elements(nodes: PlanBodyNode[]): Extract<PlanBodyNode, { type: 'element' }>[] {
	return nodes.flatMap((node) => (node.type === 'text' ? [] : [...(node.type === 'element' ? [node] : []), ...elements(node.children)]));
}

const text = (value: string): PlanBodyNode => ({ type: 'text', value });

describe('parsePlanBody', () => {
	it('turns Markdown into elements, keeping quotes and dashes as typed (no smart punctuation)', () => {
		expect(blocks('A **bold** "claim" -- and *more*.')).toEqual([
			{
				type: 'element',
				tag: 'p',
				attributes: {},
				children: [text('A '), { type: 'element', tag: 'strong', attributes: {}, children: [text('bold')] }, text(' "claim" -- and '), { type: 'element', tag: 'em', attributes: {}, children: [text('more')] }, text('.')],
			},
		]);
	});

	it.each([
		['a heading', '## Customer performance', ['customer-performance']],
		['the same heading twice, with unique ids', '## Risks\n\n## Risks', ['risks', 'risks-1']],
		['a Chinese heading, kept in its script', '## 客户绩效', ['客户绩效']],
		['punctuation, dropped', '## Goals & actions (2027)', ['goals--actions-2027']],
	])('gives %s the id Astro gives it', (_, body, ids) => {
		expect(elements(blocks(body)).map((element) => element.attributes.id)).toEqual(ids);
	});

	it('keeps text as written: escaping is the renderer’s job', () => {
		const [paragraph] = blocks('Margin &lt; 5% \\<script> & "quotes"');
		expect(paragraph).toMatchObject({ tag: 'p', children: [text('Margin < 5% <script> & "quotes"')] });
	});

	it('gives a portal component its attributes and its Markdown children', () => {
		expect(blocks('<Callout type="risk" title="Price & <war>">\nThe **competitor** cuts prices.\n</Callout>\n\n<Milestones />')).toEqual([
			{
				type: 'component',
				name: 'Callout',
				attributes: { type: 'risk', title: 'Price & <war>' },
				children: [{ type: 'element', tag: 'p', attributes: {}, children: [text('The '), { type: 'element', tag: 'strong', attributes: {}, children: [text('competitor')] }, text(' cuts prices.')] }],
			},
			{ type: 'component', name: 'Milestones', attributes: {}, children: [] },
		]);
	});

	it('writes table alignment as classes, never as inline styles the CSP blocks', () => {
		const cells = elements(blocks('| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |')).filter((element) => element.tag === 'td' || element.tag === 'th');
		expect(cells.map((cell) => cell.attributes)).toEqual([{ class: 'align-left' }, { class: 'align-center' }, { class: 'align-right' }, { class: 'align-left' }, { class: 'align-center' }, { class: 'align-right' }]);
	});

	it('names attributes as HTML does: class, aria-*, data-*', () => {
		const found = elements(blocks('Text[^1].\n\n[^1]: A note.\n\n- [x] done'));
		expect(found.find((element) => element.attributes['data-footnote-ref'])?.attributes).toEqual({
			href: '#user-content-fn-1',
			id: 'user-content-fnref-1',
			'data-footnote-ref': true,
			'aria-describedby': 'footnote-label',
		});
		expect(found.find((element) => element.tag === 'section')?.attributes).toEqual({ 'data-footnotes': true, class: 'footnotes' });
		expect(found.find((element) => element.tag === 'input')?.attributes).toEqual({ type: 'checkbox', checked: true, disabled: true });
	});

	it('makes a code block focusable, so keyboard users can scroll it', () => {
		const [pre] = blocks('```js\nconst a = 1 < 2;\n```');
		expect(pre).toMatchObject({ tag: 'pre', attributes: { tabindex: '0' }, children: [{ tag: 'code', attributes: { class: 'language-js' }, children: [text('const a = 1 < 2;\n')] }] });
	});

	it('drops a script address from a link, even one validation did not see', () => {
		const [paragraph] = blocks('[click](javascript:alert(1)) and [site](https://example.com/)');
		expect(elements([paragraph!]).filter((element) => element.tag === 'a').map((element) => element.attributes)).toEqual([{}, { href: 'https://example.com/' }]);
	});

	it.each([
		['an expression', 'Total: {1 + 1}', '`mdxTextExpression`'],
		['an import', "import X from './x.js'\n\nText", '`mdxjsEsm`'],
		['an unknown component', '<Chart />', '`<Chart>`'],
		['an attribute a component does not take', '<Callout onclick="x">Hi</Callout>', '`<Callout>`'],
	])('refuses %s, which a validated body cannot hold', (_, body, named) => {
		expect(() => parsePlanBody(body, 'accounts/east-china/acme.mdx')).toThrow(named);
	});
});
