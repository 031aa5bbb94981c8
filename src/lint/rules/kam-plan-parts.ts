/**
 * kam-plan-parts: the standard parts of policy.yaml (`sections`) are present,
 * each as a heading in any of its accepted titles (either language), and in the
 * policy's order.
 *
 * Options: `{ sections }` from policy.yaml. The severity is set by whoever
 * configures the rule: `src/lint/preset.ts` makes it an error for major and
 * named plans and a warning for the others.
 *
 * A missing part is reported where it belongs: at the next part that should
 * follow it, else at the part it should follow, else at the start of the body.
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { ruleDocsUrl } from '../docs.ts';
import { findParts, isSections, type Sections, titlesOf } from '../parts.ts';

export interface PlanPartsOptions {
	sections: Sections;
}

const code = (text: string) => `\`${text}\``;

const kamPlanParts = lintRule<Root, PlanPartsOptions>(
	{ origin: 'remark-lint:kam-plan-parts', url: ruleDocsUrl('kam-plan-parts') },
	(tree, file, options) => {
		const sections = options?.sections;
		if (!isSections(sections)) {
			file.fail('Unexpected options for `kam-plan-parts`, expected `{ sections }` with the policy\'s parts (`{ id, titles: [...] }`)');
		}
		const parts = findParts(tree, sections);
		const order = sections.map((s) => s.id);
		const firstTitle = (id: string) => titlesOf(sections, id)[0]!;

		for (const [rank, section] of sections.entries()) {
			if (parts.some((p) => p.id === section.id)) continue;
			const accepted = section.titles.map((t) => code(`## ${t}`)).join(' or ');
			const next = parts.find((p) => order.indexOf(p.id) > rank);
			const before = parts.findLast((p) => order.indexOf(p.id) < rank);
			if (next) {
				file.message(`Unexpected missing part ${code(section.titles[0]!)} before ${code(next.title)}, expected a heading ${accepted}`, {
					place: next.heading.position,
					ancestors: [tree, next.heading],
				});
			} else if (before) {
				file.message(`Unexpected missing part ${code(section.titles[0]!)} after ${code(before.title)}, expected a heading ${accepted}`, {
					place: before.heading.position,
					ancestors: [tree, before.heading],
				});
			} else {
				// No part at all: report at the start of the body. (Not past its last
				// node: remark-lint drops messages in the trailing gap.)
				const start = tree.children.find((node) => node.type !== 'yaml') ?? tree;
				file.message(`Unexpected missing part ${code(section.titles[0]!)}, expected a heading ${accepted}`, {
					place: start.position?.start,
					ancestors: start === tree ? [tree] : [tree, start],
				});
			}
		}

		let previous: (typeof parts)[number] | undefined;
		for (const part of parts) {
			if (previous && order.indexOf(part.id) < order.indexOf(previous.id)) {
				file.message(
					`Unexpected part ${code(part.title)} after ${code(previous.title)}, expected the order ${sections.map((s) => code(firstTitle(s.id))).join(', ')}`,
					{ place: part.heading.position, ancestors: [tree, part.heading] },
				);
				continue;
			}
			previous = part;
		}
	},
);

export default kamPlanParts;
