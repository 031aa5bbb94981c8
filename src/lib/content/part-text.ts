import type { Policy } from '../../../schemas/policy.ts';
import { findHeadings } from './mdx-body.ts';
import { sectionOfHeading } from './sections.ts';

/**
 * The plain text of one standard part of a plan body (its prose under the
 * part's heading, up to the next heading of the same or a higher level), with
 * Markdown marks and component tags removed, cut at `maxLength` characters on
 * a word boundary. Undefined when the body lacks the part.
 */
export function partText(body: string, sectionId: string, sections: Policy['sections'], maxLength = 600): string | undefined {
	const headings = findHeadings(body);
	const start = headings.findIndex((h) => sectionOfHeading(h.text, sections) === sectionId);
	if (start < 0) return undefined;
	const heading = headings[start]!;
	const end = headings.slice(start + 1).find((h) => h.depth <= heading.depth);
	const lines = body.split('\n').slice(heading.line + 1, end?.line);
	const text = lines
		.filter((line) => !/^\s*#{1,6}\s/.test(line))
		.join(' ')
		.replace(/<[^>]*>/g, ' ') // components such as <Callout>
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: keep the text
		.replace(/[*_`>|]+/g, ' ')
		.replace(/^\s*[-+]\s+/g, '')
		.replace(/\s+[-+]\s+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	if (text === '') return undefined;
	if (text.length <= maxLength) return text;
	const cut = text.slice(0, maxLength);
	const space = cut.lastIndexOf(' ');
	return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
