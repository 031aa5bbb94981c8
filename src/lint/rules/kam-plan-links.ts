/**
 * kam-plan-links: a link from one plan to another points at a plan that exists.
 * Two forms are plan links:
 *
 * - the portal address `/accounts/<slug>/` (with or without the final `/`,
 *   `#section` allowed), as the published site resolves it;
 * - a relative link to the file, `./other.mdx` or `../east-china/other.mdx`,
 *   as GitHub resolves it when browsing the repository. The path must lead to
 *   the file itself, not only name an existing slug.
 *
 * Options: `{ plans }`, every plan's slug mapped to its path relative to the
 * content directory (`accounts/east-china/acme.mdx`). The linted file's
 * `path` is relative to the content directory too.
 */
import type { Definition, Link, Root } from 'mdast';
import { posix } from 'node:path';
import { lintRule } from 'unified-lint-rule';
import { visitParents } from 'unist-util-visit-parents';
import { ruleDocsUrl } from '../docs.ts';

export interface PlanLinksOptions {
	/** Slug → plan file path relative to the content directory. */
	plans: Readonly<Record<string, string>>;
}

const PORTAL_LINK = /^\/accounts\/([^/?#]*)\/?(?:[?#].*)?$/;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

const kamPlanLinks = lintRule<Root, PlanLinksOptions>({ origin: 'remark-lint:kam-plan-links', url: ruleDocsUrl('kam-plan-links') }, (tree, file, options) => {
	const plans = options?.plans;
	if (typeof plans !== 'object' || plans === null) {
		file.fail('Unexpected options for `kam-plan-links`, expected `{ plans }`: every slug mapped to its file path');
	}
	const known = (slug: string) => Object.hasOwn(plans, slug);
	const expected = 'expected the slug of an existing plan (its file name under `accounts/`, without `.mdx`)';

	visitParents(tree, (node, parents) => {
		if (node.type !== 'link' && node.type !== 'definition') return;
		const url = (node as Link | Definition).url;
		const place = { place: node.position, ancestors: [...parents, node] };

		const portal = PORTAL_LINK.exec(url);
		if (portal) {
			const slug = decode(portal[1]!);
			if (slug !== '' && !known(slug)) file.message(`Unexpected link to unknown plan \`${slug}\`, ${expected}`, place);
			return;
		}
		if (HAS_SCHEME.test(url) || url.startsWith('/') || url.startsWith('#')) return;
		const path = decode(url.split(/[?#]/)[0]!);
		if (!path.endsWith('.mdx')) return;
		const slug = posix.basename(path, '.mdx');
		if (!known(slug)) {
			file.message(`Unexpected link to unknown plan \`${slug}\`, ${expected}`, place);
			return;
		}
		const from = posix.dirname(file.path);
		const target = posix.join(from, path);
		const actual = plans[slug]!;
		if (target !== actual) {
			let fix = posix.relative(from, actual);
			if (!fix.startsWith('.')) fix = `./${fix}`;
			file.message(`Unexpected link path \`${path}\` to plan \`${slug}\`, expected \`${fix}\` (the plan is \`${actual}\`)`, place);
		}
	});
});

export default kamPlanLinks;
