/**
 * Every internal address a built site's pages and style sheets point at, and
 * whether each resolves to a file the site publishes: the crawl behind "no dead
 * link". It reads the HTML itself, independently of the portal's code.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';

/** One internal address found in a page, and where. */
export interface FoundLink {
	/** The file it was found in, relative to the site's root. */
	from: string;
	/** The element and attribute (`a href`, `img srcset`, `link[stylesheet] href`, `css url()`). */
	where: string;
	/** The address as written (entities decoded). */
	address: string;
}

/** The site's files, as paths relative to its root with `/` separators. */
export async function siteFiles(dir: string): Promise<Set<string>> {
	const files = new Set<string>();
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (entry.isFile()) files.add(relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
	}
	return files;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", '#34': '"', '#x2F': '/', '#47': '/' };

function decodeAttribute(value: string): string {
	return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
		if (Object.hasOwn(ENTITIES, name)) return ENTITIES[name]!;
		if (/^#x/i.test(name)) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
		if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
		return entity;
	});
}

/** The attributes that hold addresses, and how to read each. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster', 'data', 'formaction', 'cite']);

/** Each tag's attributes, for the tags of an HTML text (script and style contents skipped). */
function* tags(html: string): Generator<{ name: string; attributes: Map<string, string> }> {
	const text = html.replace(/<!--[\s\S]*?-->/g, '');
	const tag = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
	for (const match of text.matchAll(tag)) {
		const attributes = new Map<string, string>();
		for (const attribute of match[2]!.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
			attributes.set(attribute[1]!.toLowerCase(), decodeAttribute(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''));
		}
		yield { name: match[1]!.toLowerCase(), attributes };
	}
}

/** Whether an address stays on the site (no scheme, not protocol-relative). */
export function isInternal(address: string): boolean {
	const trimmed = address.trim();
	return trimmed !== '' && !/^[a-z][a-z\d+.-]*:/i.test(trimmed) && !trimmed.startsWith('//');
}

/** The addresses of one HTML page. `data-*` attributes count when they hold a root-relative address (scripts fetch them). */
export function linksInHtml(from: string, html: string): FoundLink[] {
	const found: FoundLink[] = [];
	for (const { name, attributes } of tags(html)) {
		for (const [attribute, value] of attributes) {
			const where = name === 'link' ? `link[${attributes.get('rel') ?? ''}] ${attribute}` : `${name} ${attribute}`;
			if (URL_ATTRIBUTES.has(attribute)) {
				if (isInternal(value)) found.push({ from, where, address: value.trim() });
			} else if (attribute === 'srcset' || attribute === 'imagesrcset') {
				for (const candidate of value.split(',')) {
					const address = candidate.trim().split(/\s+/)[0] ?? '';
					if (isInternal(address)) found.push({ from, where, address });
				}
			} else if (attribute.startsWith('data-') && /^\/(?!\/)[^\s"'<>]*$/.test(value)) {
				found.push({ from, where, address: value });
			} else if (attribute === 'data-chart') {
				// A scatter chart's dots link their plans (src/scripts/charts/draw.ts): points are [current, potential, name, slug].
				const spec = JSON.parse(value) as { type?: string; datasets?: { points?: unknown[][] }[] };
				if (spec.type === 'scatter') {
					for (const point of (spec.datasets ?? []).flatMap((dataset) => dataset.points ?? [])) {
						if (typeof point[3] === 'string') found.push({ from, where: 'scatter chart dot', address: `/accounts/${point[3]}/` });
					}
				}
			}
		}
	}
	return found;
}

/** The `url(...)` addresses of a style sheet. */
export function linksInCss(from: string, css: string): FoundLink[] {
	const found: FoundLink[] = [];
	for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
		const address = match[1] ?? match[2] ?? match[3] ?? '';
		if (isInternal(address) && !address.startsWith('#')) found.push({ from, where: 'css url()', address });
	}
	return found;
}

/** The modules a bundled script imports by path (`import "./chunk.js"`, `import("/_astro/x.js")`). */
export function linksInJs(from: string, js: string): FoundLink[] {
	const found: FoundLink[] = [];
	for (const match of js.matchAll(/(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s*)["'](\.{0,2}\/[^"'\s]+)["']/g)) {
		found.push({ from, where: 'js import', address: match[1]! });
	}
	return found;
}

/** Root-relative addresses a bundled script holds as plain string literals (`"/pagefind/pagefind.js"`). */
export function literalsInJs(from: string, js: string): FoundLink[] {
	const found: FoundLink[] = [];
	for (const match of js.matchAll(/["'`](\/[A-Za-z_][^"'`\s$]*)["'`]/g)) found.push({ from, where: 'js string', address: match[1]! });
	return found;
}

/**
 * The addresses the portal's scripts build from its data files: the accounts
 * table's rows link each plan and its owner, the whitespace, visits and
 * resources tables' rows each plan, the scorecards table's each person
 * (src/scripts/*-table.ts).
 */
export function linksInTableData(from: string, json: string): FoundLink[] {
	const data = JSON.parse(json) as { columns?: string[]; rows?: unknown[][] };
	const found: FoundLink[] = [];
	for (const row of data.rows ?? []) {
		// The scorecards table's rows are people (src/scripts/scorecards-table.ts); every other table's rows are plans.
		if (typeof row[0] === 'string' && from.endsWith('scorecards-table.json')) found.push({ from, where: 'table row person', address: `/owners/${row[0]}/` });
		else if (typeof row[0] === 'string') found.push({ from, where: 'table row plan', address: `/accounts/${row[0]}/` });
		if (from.endsWith('accounts-table.json') && data.columns) {
			const owner = row[data.columns.length + 1];
			if (typeof owner === 'string' && owner !== '') found.push({ from, where: 'table row owner', address: `/owners/${owner}/` });
		}
	}
	return found;
}

/**
 * The file an internal address leads to, or undefined when the site has none.
 * A directory address (`/accounts/`, or `/accounts` as servers redirect it)
 * leads to its `index.html`; the fragment and query are left out.
 */
export function resolveAddress(link: FoundLink, files: ReadonlySet<string>): string | undefined {
	const bare = link.address.replace(/[?#].*$/, '');
	if (bare === '') return link.from;
	let path: string;
	try {
		path = decodeURIComponent(bare);
	} catch {
		return undefined;
	}
	const joined = path.startsWith('/') ? path.slice(1) : posix.join(posix.dirname(link.from), path);
	const normal = posix.normalize(joined === '' ? '.' : joined);
	if (normal.startsWith('..')) return undefined;
	const candidates = path.endsWith('/') || normal === '.' ? [posix.join(normal, 'index.html')] : [normal, posix.join(normal, 'index.html')];
	return candidates.map((candidate) => candidate.replace(/^\.\//, '')).find((candidate) => files.has(candidate));
}

/** The ids of a page's elements (for `#fragment` checks). */
export function idsInHtml(html: string): Set<string> {
	const ids = new Set<string>();
	for (const { attributes } of tags(html)) {
		const id = attributes.get('id');
		if (id !== undefined) ids.add(id);
		const name = attributes.get('name');
		if (name !== undefined) ids.add(name);
	}
	return ids;
}

export interface CrawlResult {
	/** Pages (HTML files) read. */
	pages: number;
	/** Internal addresses checked. */
	links: number;
	/** `from: where address` of each address that resolves to no published file, or to a page without the fragment's id. */
	dead: string[];
}

/**
 * Reads every HTML page and style sheet of a built site and checks that each
 * internal address leads to a published file, and a `#fragment` into a page to
 * an element with that id.
 */
export async function crawlSite(dir: string): Promise<CrawlResult> {
	const files = await siteFiles(dir);
	const texts = new Map<string, string>();
	const text = async (file: string) => {
		let value = texts.get(file);
		if (value === undefined) {
			value = await readFile(join(dir, file), 'utf8');
			texts.set(file, value);
		}
		return value;
	};
	const ids = new Map<string, Set<string>>();
	const dead: string[] = [];
	let pages = 0;
	let links = 0;
	for (const file of [...files].sort()) {
		const isHtml = file.endsWith('.html');
		const isScript = file.startsWith('_astro/') && file.endsWith('.js');
		const isTable = /^data\/[\w-]+-table\.json$/.test(file);
		if (!isHtml && !isScript && !isTable && !file.endsWith('.css')) continue;
		if (isHtml) pages++;
		const found = isHtml
			? linksInHtml(file, await text(file))
			: isScript
				? [...linksInJs(file, await text(file)), ...literalsInJs(file, await text(file))]
				: isTable
					? linksInTableData(file, await text(file))
					: linksInCss(file, await text(file));
		for (const link of found) {
			links++;
			const target = resolveAddress(link, files);
			if (target === undefined) {
				dead.push(`${link.from}: ${link.where} ${link.address}`);
				continue;
			}
			const hash = link.address.indexOf('#');
			const fragment = hash === -1 ? '' : link.address.slice(hash + 1);
			if (fragment === '' || !target.endsWith('.html')) continue;
			let targetIds = ids.get(target);
			if (!targetIds) {
				targetIds = idsInHtml(await text(target));
				ids.set(target, targetIds);
			}
			let id = fragment;
			try {
				id = decodeURIComponent(fragment);
			} catch {
				// left as written
			}
			if (!targetIds.has(id)) dead.push(`${link.from}: ${link.where} ${link.address} (no element with id \`${id}\` in ${target})`);
		}
	}
	return { pages, links, dead };
}
