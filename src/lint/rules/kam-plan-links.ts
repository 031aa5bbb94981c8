/**
 * kam-plan-links: a link from one plan to another points at a plan file that
 * exists. The links it reads and what it says about them are validation's own
 * (src/lib/content/plan-links.ts), so `npm run check` lists such a link once.
 *
 * Options: `{ plans }`, every plan's slug mapped to its path relative to the
 * content directory (`accounts/east-china/acme.mdx`). The linted file's
 * `path` is relative to the content directory too.
 */
import type { Definition, Link, Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { visitParents } from 'unist-util-visit-parents';
import { parsePlanLink, planLinkProblem } from '../../lib/content/plan-links.ts';
import { ruleDocsUrl } from '../docs.ts';

export interface PlanLinksOptions {
	/** Slug → plan file path relative to the content directory. */
	plans: Readonly<Record<string, string>>;
}

/**
 * Each `plans` option as a map, made once: the same option object is given to
 * every plan of a run, and making the map per plan made linting 10,000 plans
 * quadratic (about 7 ms a plan, three quarters of the whole lint).
 */
const planFileMaps = new WeakMap<object, Map<string, string>>();

function planFilesOf(plans: Readonly<Record<string, string>>): Map<string, string> {
	let map = planFileMaps.get(plans);
	if (!map) {
		map = new Map(Object.entries(plans));
		planFileMaps.set(plans, map);
	}
	return map;
}

const kamPlanLinks = lintRule<Root, PlanLinksOptions>({ origin: 'remark-lint:kam-plan-links', url: ruleDocsUrl('kam-plan-links') }, (tree, file, options) => {
	const plans = options?.plans;
	if (typeof plans !== 'object' || plans === null) {
		file.fail('Unexpected options for `kam-plan-links`, expected `{ plans }`: every slug mapped to its file path');
	}
	const planFiles = planFilesOf(plans);
	const from = file.path;

	visitParents(tree, (node, parents) => {
		if (node.type !== 'link' && node.type !== 'definition') return;
		const url = (node as Link | Definition).url;
		const link = parsePlanLink(url, from);
		const problem = link && planLinkProblem(url, link, planFiles, from);
		if (problem) file.message(problem, { place: node.position, ancestors: [...parents, node] });
	});
});

export default kamPlanLinks;
