import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Policy } from '../../schemas/policy.ts';
import { isPartPrompt } from '../lib/authoring/part-guide.ts';
import { type FoundPart, sectionOfHeading } from '../lib/content/sections.ts';

export type Sections = Policy['sections'];

/** A heading of the plan body that opens one of the policy's standard parts. */
export interface PartHeading extends FoundPart {
	heading: Heading;
	/** The nodes of the part: up to the next heading of the same or a higher level. */
	content: RootContent[];
}

/** The standard parts of a plan body, in document order (top-level headings only). */
export function findParts(tree: Root, sections: Sections): PartHeading[] {
	const parts: PartHeading[] = [];
	tree.children.forEach((node, index) => {
		if (node.type !== 'heading') return;
		const title = toString(node).trim();
		const id = sectionOfHeading(title, sections);
		if (id === undefined) return;
		const rest = tree.children.slice(index + 1);
		const end = rest.findIndex((next) => next.type === 'heading' && next.depth <= node.depth);
		const content = end === -1 ? rest : rest.slice(0, end);
		const promptOnly = content.length > 0 && content.every((child) => child.type === 'paragraph' && isPartPrompt(toString(child)));
		parts.push({ id, title, heading: node, content, empty: content.length === 0, promptOnly });
	});
	return parts;
}

/** Rule options are checked, because bad options must fail loudly (`file.fail`), not lint nothing. */
export function isSections(value: unknown): value is Sections {
	return (
		Array.isArray(value) &&
		value.length > 0 &&
		value.every((s) => typeof s?.id === 'string' && Array.isArray(s.titles) && s.titles.length > 0 && s.titles.every((t: unknown) => typeof t === 'string'))
	);
}
