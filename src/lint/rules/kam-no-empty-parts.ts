/**
 * kam-no-empty-parts: every standard part has content of its own. A part with
 * nothing under its heading is reported, and so is a part that still holds
 * only the prompt `npm run new-plan` wrote there: "an account plan is not a
 * mechanical form-filling exercise".
 *
 * Options: `{ sections }` from policy.yaml. Severity as for kam-plan-parts
 * (set in `src/lint/preset.ts`).
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { lintRule } from 'unified-lint-rule';
import { isPartPrompt } from '../../lib/authoring/part-guide.ts';
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
		for (const part of findParts(tree, sections)) {
			const place = { place: part.heading.position, ancestors: [tree, part.heading] };
			if (part.content.length === 0) {
				file.message(`Unexpected empty part \`${part.title}\`, expected the plan's own text under the heading`, place);
			} else if (part.content.every((node) => node.type === 'paragraph' && isPartPrompt(toString(node)))) {
				file.message(`Unexpected template prompt as the only text of part \`${part.title}\`, expected the plan's own text in place of the prompt`, place);
			}
		}
	},
);

export default kamNoEmptyParts;
