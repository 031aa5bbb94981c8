import type { Policy } from '../../../schemas/policy.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { BodyHeading } from './mdx-body.ts';

interface SectionOptions {
	file: string;
	bodyLine: number;
	tier: string | undefined;
	sections: Policy['sections'];
}

/** Tiers whose plans must have every standard part (others get warnings). */
export function partsAreRequired(tier: string | undefined): boolean {
	return tier === 'major' || tier === 'named';
}

/** Normalises a heading for comparison: case, spacing and full-width spaces do not matter. */
export function normaliseTitle(title: string): string {
	return title.replace(/[\s\u3000]+/g, ' ').trim().toLowerCase();
}

/** Which standard part (by id) a heading opens, if any. */
export function sectionOfHeading(text: string, sections: Policy['sections']): string | undefined {
	const wanted = normaliseTitle(text);
	return sections.find((s) => s.titles.some((t) => normaliseTitle(t) === wanted))?.id;
}

/**
 * The standard parts must all be present, in policy order, and not empty: an
 * error for major and named plans, a warning for the rest.
 */
export function checkSections(headings: BodyHeading[], body: string, options: SectionOptions): Diagnostic[] {
	const severity = partsAreRequired(options.tier) ? 'error' : 'warning';
	const diagnostics: Diagnostic[] = [];
	const bodyLines = body.split('\n');
	const found = headings
		.map((heading, index) => ({ heading, index, id: sectionOfHeading(heading.text, options.sections) }))
		.filter((h) => h.id !== undefined);
	const foundIds = found.map((f) => f.id);

	options.sections.forEach((section) => {
		if (foundIds.includes(section.id)) return;
		diagnostics.push({
			file: options.file,
			line: options.bodyLine + (headings.at(-1)?.line ?? 0),
			field: '',
			severity,
			rule: 'missing-part',
			message: `missing part \`${section.titles[0]}\`: the standard plan has ${options.sections.map((s) => `\`${s.titles[0]}\``).join(', ')}; add a heading \`## ${section.titles.join('` or `## ')}\``,
		});
	});

	const order = options.sections.map((s) => s.id);
	let previousRank = -1;
	for (const part of found) {
		const rank = order.indexOf(part.id!);
		if (rank < previousRank) {
			diagnostics.push({
				file: options.file,
				line: options.bodyLine + part.heading.line,
				field: '',
				severity,
				rule: 'part-order',
				message: `part \`${part.heading.text}\` is out of order; the parts go ${options.sections.map((s) => `\`${s.titles[0]}\``).join(' → ')}`,
			});
		}
		previousRank = Math.max(previousRank, rank);

		const next = headings.slice(part.index + 1).find((h) => h.depth <= part.heading.depth);
		const content = bodyLines.slice(part.heading.line + 1, next ? next.line : bodyLines.length).join('\n').trim();
		if (content === '') {
			diagnostics.push({
				file: options.file,
				line: options.bodyLine + part.heading.line,
				field: '',
				severity,
				rule: 'empty-part',
				message: `part \`${part.heading.text}\` is empty; write what it should contain, or the plan is only a form`,
			});
		}
	}
	return diagnostics;
}
