import type { Policy } from '../../../schemas/policy.ts';
import { shortenText } from '../../../schemas/text.ts';
import { parsePlanBody, type PlanBodyNode } from './plan-body.ts';
import { sectionOfHeading } from './sections.ts';

/** Elements whose text stands apart from the text beside it (a space between them, not glued). */
const BLOCKS = new Set(['p', 'li', 'ul', 'ol', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'br', 'div', 'section', 'dl', 'dt', 'dd']);
const HEADING = /^h([1-6])$/;

/** The text a reader sees in a node: every character as written (the body tree holds text, not markup). */
function textOf(node: PlanBodyNode): string {
	if (node.type === 'text') return node.value;
	const inner = node.children.map(textOf).join('');
	return node.type === 'element' && BLOCKS.has(node.tag) ? ` ${inner} ` : inner;
}

/**
 * The plain text of one standard part of a plan body (its prose under the
 * part's heading, up to the next heading of the same or a higher level), as the
 * plan page shows it: Markdown marks and component tags gone, every character
 * the writer typed kept (`<`, `>`, `&`, quotes, backslashes, emoji), white space
 * collapsed, cut at `maxLength` characters on a word boundary. Undefined when
 * the body lacks the part. `file` is the plan's content-relative path.
 */
export function partText(body: string, sectionId: string, sections: Policy['sections'], maxLength = 600, file = ''): string | undefined {
	const nodes = parsePlanBody(body, file);
	const start = nodes.findIndex((node) => node.type === 'element' && HEADING.test(node.tag) && sectionOfHeading(textOf(node).trim(), sections) === sectionId);
	if (start < 0) return undefined;
	const depth = Number(HEADING.exec((nodes[start] as { tag: string }).tag)![1]);
	const part: PlanBodyNode[] = [];
	for (const node of nodes.slice(start + 1)) {
		const heading = node.type === 'element' ? HEADING.exec(node.tag) : null;
		if (heading && Number(heading[1]) <= depth) break;
		// Sub-headings are titles, not prose.
		if (!heading) part.push(node);
	}
	const text = part.map(textOf).join(' ').replace(/\s+/g, ' ').trim();
	if (text === '') return undefined;
	// Between whole characters, so an emoji is never cut in half.
	const cut = shortenText(text, maxLength, '');
	if (cut === text) return text;
	const space = cut.lastIndexOf(' ');
	return `${(space > cut.length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
