/**
 * kam-no-empty-parts: every standard part has content of its own. A part with
 * nothing under its heading is reported, and so is a part that still holds
 * only the prompt `npm run new-plan` wrote there: "an account plan is not a
 * mechanical form-filling exercise". The rule itself is `planPartProblems`
 * (src/lib/content/sections.ts), which validation uses too.
 *
 * Options: `{ sections }` from policy.yaml. Severity as for kam-plan-parts
 * (set in `src/lint/preset.ts`).
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { partProblemMessage, planPartProblems } from '../../lib/content/sections.ts';
import { ruleDocsUrl } from '../docs.ts';
import { findParts, isSections, type Sections } from '../parts.ts';

export interface NoEmptyPartsOptions {
	sections: Sections;
}

const kamNoEmptyParts = lintRule<Root, NoEmptyPartsOptions>(
	{ origin: 'remark-lint:kam-no-empty-parts', url: ruleDocsUrl('kam-no-empty-parts') },
	(tree, file, options) => {
		const sections = options?.sections;
		if (!isSections(sections)) {
			file.fail("Unexpected options for `kam-no-empty-parts`, expected `{ sections }` with the policy's parts (`{ id, titles: [...] }`)");
		}
		for (const problem of planPartProblems(findParts(tree, sections), sections)) {
			if (problem.kind !== 'empty' && problem.kind !== 'prompt') continue;
			file.message(partProblemMessage(problem, sections), { place: problem.part.heading.position, ancestors: [tree, problem.part.heading] });
		}
	},
);

export default kamNoEmptyParts;
