/**
 * Links in plan bodies that lead to another plan: `/accounts/<slug>/` (the
 * portal's address) or `../east-china/<slug>.mdx` (the file, as GitHub shows
 * it). A scoped portal renders links to plans it does not hold as plain text,
 * so neither a dead link nor the other account's address is published.
 */

const PORTAL_LINK = /^\/accounts\/([^/?#]+)\/?(?:[?#].*)?$/;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** The slug of the plan a link points at, in either form plans use; undefined for other links. */
export function linkedPlanSlug(url: string): string | undefined {
	const portal = PORTAL_LINK.exec(url);
	if (portal) return decode(portal[1]!);
	if (HAS_SCHEME.test(url) || url.startsWith('/') || url.startsWith('#')) return undefined;
	const path = decode(url.split(/[?#]/)[0]!);
	if (!path.endsWith('.mdx')) return undefined;
	return path.slice(path.lastIndexOf('/') + 1, -'.mdx'.length);
}
