/**
 * Links in a plan body that lead to another plan: the one parser of them, which
 * validation, lint (kam-plan-links), scoped portals and the plan page all use.
 *
 * Two forms are plan links:
 *
 * - the portal's address, `/accounts/<slug>/` (the final `/` optional, a
 *   `?query` or `#section` allowed);
 * - a relative link to the plan's file, `./other.mdx` or
 *   `../east-china/other.mdx#action-plan`, as GitHub resolves it when browsing
 *   the repository. It must lead to the file itself, not only name a slug.
 *
 * The portal publishes both as the plan's page, `/accounts/<slug>/`, keeping
 * the `#section` (heading ids are GitHub's slugs, on GitHub and in the portal).
 */
import { posix } from 'node:path';
import { mdxToMdast } from 'satteri';
import { shortenText } from '../../../schemas/text.ts';
import type { Diagnostic } from '../diagnostics.ts';

/** A link to a plan, as written. */
export type PlanLink =
	| {
			form: 'portal';
			slug: string;
			/** `#section` as written, or ''. */
			fragment: string;
	  }
	| {
			form: 'file';
			slug: string;
			/** The content-relative path the link leads to (from the linking plan's folder). */
			path: string;
			/** `#section` as written, or ''. */
			fragment: string;
	  };

const PORTAL_LINK = /^\/accounts\/([^/?#]+)\/?(\?[^#]*)?(#.*)?$/;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/**
 * The plan a link leads to, in either form, or undefined for any other link.
 * `fromFile` is the linking plan's content-relative path (a file-form link is
 * relative to its folder); without it, a file-form link is read from the
 * content directory's root (only its slug is then meaningful).
 */
export function parsePlanLink(url: string, fromFile = ''): PlanLink | undefined {
	const address = url.trim();
	const portal = PORTAL_LINK.exec(address);
	if (portal) return { form: 'portal', slug: decode(portal[1]!), fragment: portal[3] ?? '' };
	if (HAS_SCHEME.test(address) || address.startsWith('/') || address.startsWith('#') || address.startsWith('\\')) return undefined;
	const hash = address.indexOf('#');
	const fragment = hash === -1 ? '' : address.slice(hash);
	const written = decode(address.slice(0, hash === -1 ? undefined : hash).replace(/\?.*$/, ''));
	if (!written.endsWith('.mdx')) return undefined;
	const path = posix.normalize(posix.join(posix.dirname(fromFile || '.'), written));
	return { form: 'file', slug: posix.basename(path, '.mdx'), path, fragment };
}

/** A page of the portal that exists only for some plans or people: a plan's, its review pack, a person's, a group's. */
export type PortalPage = { kind: 'plan' | 'review' | 'owner' | 'group'; key: string };

const PORTAL_PAGE = /^\/(accounts|owners|groups)\/([^/?#]+)(?:\/(review\/?)?)?(?:[?#].*)?$/;

/**
 * The page a root-relative address in a body leads to, when it is one that a
 * portal publishes for some plans or people only; undefined for other addresses.
 * A scoped portal shows a link to such a page it does not hold as text.
 */
export function portalPageOf(url: string): PortalPage | undefined {
	const match = PORTAL_PAGE.exec(url.trim());
	if (!match || (match[1] === 'accounts' && match[2] === 'page')) return undefined;
	const kind = match[1] === 'accounts' ? (match[3] ? 'review' : 'plan') : match[1] === 'owners' ? 'owner' : 'group';
	return { kind, key: decode(match[2]!) };
}

/** The address the portal publishes a plan link at: the plan's page, with the section kept. */
export function planLinkAddress(link: PlanLink): string {
	return `/accounts/${encodeURIComponent(link.slug)}/${link.fragment}`;
}

/** Every plan file: slug → content-relative path. */
export type PlanFiles = ReadonlyMap<string, string>;

/**
 * What is wrong with a plan link, or undefined when it leads to a plan file
 * that exists. `url` is the address as written (quoted in the message).
 */
export function planLinkProblem(url: string, link: PlanLink, plans: PlanFiles, fromFile: string): string | undefined {
	const shown = shortenText(url, 80);
	const actual = plans.get(link.slug);
	if (link.form === 'portal') {
		if (actual !== undefined) return undefined;
		return `link to \`${shown}\` leads to no plan: there is no plan \`${link.slug}\` (a file \`${link.slug}.mdx\` under \`accounts/\`), so the link would be dead; check the slug`;
	}
	if (actual === link.path) return undefined;
	if (actual === undefined) {
		return `link to \`${shown}\` leads to no plan: there is no file \`${link.path}\`, nor a plan \`${link.slug}\` in any folder, so the link would be dead; check the file name, which is relative to this plan`;
	}
	let fix = posix.relative(posix.dirname(fromFile), actual);
	if (!fix.startsWith('.')) fix = `./${fix}`;
	return `link to \`${shown}\` leads to no file: there is no \`${link.path}\`; the plan \`${link.slug}\` is \`${actual}\`, so write \`${fix}${link.fragment}\``;
}

/**
 * What is wrong with a link that is relative (to the plan's file) and leads to
 * no plan: the portal publishes no file at such an address (it publishes pages,
 * and only the images plans show), so the link would be dead. Undefined for
 * other links (web, mail, portal addresses, `#sections` of the page).
 */
export function relativeLinkProblem(url: string): string | undefined {
	const address = url.trim();
	if (address === '' || HAS_SCHEME.test(address) || /^[/#?]/.test(address)) return undefined;
	return `link to \`${shortenText(address, 80)}\` leads to no page: it is relative to the plan's file, and the portal publishes only plans and the images they show; link a plan by its file (\`./other.mdx\`) or address (\`/accounts/<slug>/\`), show an image with \`![text](path)\`, or give a web address (\`https://...\`)`;
}

/** A link (or a link definition) of a body, with its place in the body (1-based). */
export interface BodyLink {
	url: string;
	line: number;
	column: number;
	/** A link definition (`[ref]: url`) that no link uses (an image's, say, or none). */
	unusedByLinks?: true;
}

interface MdastLike {
	type: string;
	url?: string;
	identifier?: string;
	position?: { start: { line: number; column: number } };
	children?: MdastLike[];
}

/** The links of bodies parsed so far (or why MDX could not parse them): the live preview validates every plan again on each save. */
const parsedLinks = new Map<string, readonly BodyLink[] | { error: string }>();
const PARSED_LINKS_KEPT = 20_000;

/**
 * Every link and link definition of a body, in the order written, or the
 * error MDX (Sätteri, as the plan page parses it) throws on the body: one
 * parse per body, which the body check (mdx-body.ts, rule `mdx-invalid`)
 * and the link check share.
 */
export function parseBodyLinks(body: string): readonly BodyLink[] | { error: string } {
	const known = parsedLinks.get(body);
	if (known) return known;
	if (parsedLinks.size >= PARSED_LINKS_KEPT) parsedLinks.clear();
	const links: (BodyLink & { identifier?: string })[] = [];
	const referenced = new Set<string>();
	const visit = (node: MdastLike) => {
		if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string') {
			links.push({ url: node.url, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, ...(node.type === 'definition' ? { identifier: node.identifier ?? '' } : {}) });
		}
		if (node.type === 'linkReference' && node.identifier !== undefined) referenced.add(node.identifier);
		for (const child of node.children ?? []) visit(child);
	};
	let tree: MdastLike;
	try {
		tree = mdxToMdast(body, { features: { gfm: true, frontmatter: false }, position: true }) as MdastLike;
	} catch (error) {
		const failed = { error: String((error as Error)?.message ?? error) };
		parsedLinks.set(body, failed);
		return failed;
	}
	visit(tree);
	const result = links.map(({ identifier, ...link }): BodyLink => (identifier !== undefined && !referenced.has(identifier) ? { ...link, unusedByLinks: true } : link));
	parsedLinks.set(body, result);
	return result;
}

/** Every link and link definition of a body, in the order written; none when MDX cannot parse it (the body check reports why). */
export function linksInBody(body: string): readonly BodyLink[] {
	// Most bodies have no link; only those are parsed.
	if (!body.includes('](') && !body.includes(']:')) return [];
	const parsed = parseBodyLinks(body);
	return 'error' in parsed ? [] : parsed;
}

/**
 * Plan links of a body that lead to no plan file, and relative links that lead
 * to no plan at all: an error each, at its line (rule `plan-link`). A link whose `#section` names no heading of the linked
 * plan is a warning (`plan-link-section`): the page opens at its top.
 * `sectionsOf` gives a plan's heading ids as its page gives them, when the plan
 * renders; `pageProblem` why the portal has no page a review pack, person or
 * group address names (plan-links.ts `portalPageOf`). `bodyLine` is the file
 * line of the body's first line.
 */
export function checkPlanLinks(
	plan: { file: string; body: string; bodyLine: number },
	plans: PlanFiles,
	sectionsOf: (slug: string) => ReadonlySet<string> | undefined = () => undefined,
	pageProblem: (page: PortalPage) => string | undefined = () => undefined,
): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	for (const { url, line, column, unusedByLinks } of linksInBody(plan.body)) {
		const at = { file: plan.file, line: plan.bodyLine + line - 1, column, field: '' };
		const link = parsePlanLink(url, plan.file);
		if (!link) {
			if (url.startsWith('#') && !unusedByLinks) {
				const own = posix.basename(plan.file, '.mdx');
				const warning = sectionProblem(url, own, decode(url.slice(1)), sectionsOf(own));
				if (warning) diagnostics.push({ ...at, severity: 'warning', rule: 'plan-link-section', message: warning });
				continue;
			}
			// A definition only images use is the image check's (plan-images.ts).
			const page = unusedByLinks ? undefined : portalPageOf(url);
			const missing = page && pageProblem(page);
			const problem = unusedByLinks ? undefined : missing ? `link to \`${shortenText(url, 80)}\` leads to no page: ${missing}` : relativeLinkProblem(url);
			if (problem) diagnostics.push({ ...at, severity: 'error', rule: 'plan-link', message: problem });
			continue;
		}
		const problem = planLinkProblem(url, link, plans, plan.file);
		if (problem) {
			diagnostics.push({ ...at, severity: 'error', rule: 'plan-link', message: problem });
			continue;
		}
		const section = decode(link.fragment.slice(1));
		const warning = section === '' ? undefined : sectionProblem(url, link.slug, section, sectionsOf(link.slug));
		if (warning) diagnostics.push({ ...at, severity: 'warning', rule: 'plan-link-section', message: warning });
	}
	return diagnostics;
}

/** What is wrong with a link's `#section` of the plan `slug`, whose sections are known (or not). */
function sectionProblem(url: string, slug: string, section: string, sections: ReadonlySet<string> | undefined): string | undefined {
	if (!sections || sections.has(section)) return undefined;
	const known = [...sections].slice(0, 8).map((id) => `\`#${id}\``);
	const list = known.length > 0 ? `its sections are ${known.join(', ')}${sections.size > known.length ? ', ...' : ''}` : 'it has no headings';
	return `link to \`${shortenText(url, 80)}\` names section \`#${shortenText(section, 60)}\`, which the plan \`${slug}\` does not have, so the link leads to no part of its page; ${list} (a heading's section is its text in lower case, spaces as \`-\`)`;
}
