/**
 * kam-plan-parts: the standard parts of policy.yaml (`sections`) are present,
 * each as a heading in any of its accepted titles (either language), and in the
 * policy's order. The rule itself is `planPartProblems` (src/lib/content/sections.ts),
 * which validation uses too.
 *
 * Options: `{ sections }` from policy.yaml. The severity is set by whoever
 * configures the rule: `src/lint/preset.ts` makes it an error for major and
 * named plans and a warning for the others.
 *
 * A missing part is reported where it belongs: at the next part that should
 * follow it, else at the part it should follow, else at the start of the body.
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { lintRule } from 'unified-lint-rule';
import { type OtherHeading, partProblemMessage, planPartProblems } from '../../lib/content/sections.ts';
import { ruleDocsUrl } from '../docs.ts';
import { findParts, isSections, type PartHeading, type Sections } from '../parts.ts';

export interface PlanPartsOptions {
	sections: Sections;
}

const kamPlanParts = lintRule<Root, PlanPartsOptions>(
	{ origin: 'remark-lint:kam-plan-parts', url: ruleDocsUrl('kam-plan-parts') },
	(tree, file, options) => {
		const sections = options?.sections;
		if (!isSections(sections)) {
			file.fail('Unexpected options for `kam-plan-parts`, expected `{ sections }` with the policy\'s parts (`{ id, titles: [...] }`)');
		}
		const parts = findParts(tree, sections);
		// The headings that open no part, each with the last part before it, so a misspelt part is named where it stands.
		const others: (OtherHeading<PartHeading> & { heading: Heading })[] = [];
		const partOf = new Map(parts.map((part) => [part.heading, part]));
		let last: PartHeading | undefined;
		for (const node of tree.children) {
			if (node.type !== 'heading') continue;
			const part = partOf.get(node);
			if (part) last = part;
			else others.push({ title: toString(node).trim(), after: last, heading: node });
		}
		for (const problem of planPartProblems(parts, sections, others)) {
			if (problem.kind === 'misspelt') {
				file.message(partProblemMessage(problem, sections), { place: problem.heading.heading.position, ancestors: [tree, problem.heading.heading] });
			} else if (problem.kind === 'missing') {
				const at = problem.next ?? problem.before;
				// No part at all: report at the start of the body. (Not past its last
				// node: remark-lint drops messages in the trailing gap.)
				const start = tree.children.find((node) => node.type !== 'yaml') ?? tree;
				file.message(
					partProblemMessage(problem, sections),
					at ? { place: at.heading.position, ancestors: [tree, at.heading] } : { place: start.position?.start, ancestors: start === tree ? [tree] : [tree, start] },
				);
			} else if (problem.kind === 'order') {
				file.message(partProblemMessage(problem, sections), { place: problem.part.heading.position, ancestors: [tree, problem.part.heading] });
			}
		}
	},
);

export default kamPlanParts;
