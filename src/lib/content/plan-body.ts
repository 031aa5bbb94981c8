/**
 * A plan's MDX body as a tree the plan page renders: HTML elements, text, and
 * the portal's own components (PLAN_COMPONENTS). A body is content, not code
 * (checkPlanBody refuses ESM, expressions, HTML and unknown components), so it
 * is parsed here, once per page, instead of being compiled and bundled as a
 * module of its own: at 10,000 plans that bundling was most of Astro's time
 * and its peak memory.
 *
 * It parses as Astro's MDX does (Sätteri, with GFM, but without smart
 * punctuation, which would change the writer's quotes and dashes) and
 * gives headings the ids Astro's MDX gives them (GitHub's slugs). Unlike it, it
 * writes no inline styles, which the portal's Content-Security-Policy blocks:
 * table alignment becomes a class, and code blocks are not colour-highlighted.
 */
import GithubSlugger from 'github-slugger';
import { mdxToHast } from 'satteri';
import { isUnsafeUrl, PLAN_COMPONENTS } from './mdx-body.ts';
import { publishedImageAddress, resolvePlanImage } from './plan-images.ts';
import { parsePlanLink, planLinkAddress } from './plan-links.ts';

/** One of the portal's components a plan may use. */
export type PlanComponentName = keyof typeof PLAN_COMPONENTS;

/** A node of a rendered plan body. */
export type PlanBodyNode =
	| { type: 'text'; value: string }
	| {
			type: 'element';
			/** The HTML element, lower case. */
			tag: string;
			/** HTML attribute names and values; `true` is an attribute without a value. */
			attributes: Record<string, string | true>;
			children: PlanBodyNode[];
	  }
	| {
			type: 'component';
			name: PlanComponentName;
			/** The attributes as written (each allowed for the component). */
			attributes: Record<string, string | true>;
			children: PlanBodyNode[];
	  };

/** The slice of hast (and of MDX's JSX nodes in it) that Sätteri gives. */
interface HastLike {
	type: string;
	tagName?: string;
	name?: string | null;
	value?: string;
	properties?: Record<string, unknown>;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: HastLike[];
}

const URL_ATTRIBUTES = new Set(['href', 'src']);
const TEXT_ALIGN = /^\s*text-align:\s*(left|right|center)\s*;?\s*$/;

/** What a body is converted with: the ids given so far, and the plan's file, which its images are relative to. */
interface Conversion {
	slugger: GithubSlugger;
	file: string;
}

/**
 * Parses a plan body (the MDX after its frontmatter) into the tree the plan page
 * renders. `file` is the plan's content-relative path: an image's address
 * becomes the one the portal publishes it at (plan-images.ts).
 */
export function parsePlanBody(body: string, file: string): PlanBodyNode[] {
	// No smart punctuation: the page shows every character as the writer typed it
	// (`"` stays `"`, `--` stays `--`), and so do the search excerpts taken from it.
	const root = mdxToHast(body, { features: { gfm: true, frontmatter: false }, position: false }) as HastLike;
	return convertChildren(root, { slugger: new GithubSlugger(), file });
}

function convertChildren(parent: HastLike, conversion: Conversion): PlanBodyNode[] {
	const nodes: PlanBodyNode[] = [];
	for (const child of parent.children ?? []) {
		const node = convert(child, conversion);
		if (node) nodes.push(node);
	}
	return nodes;
}

function convert(node: HastLike, conversion: Conversion): PlanBodyNode | undefined {
	switch (node.type) {
		case 'text':
			return { type: 'text', value: node.value ?? '' };
		case 'element':
			return convertElement(node, conversion);
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement':
			return convertComponent(node, conversion);
		case 'comment':
			return undefined;
		default:
			// ESM, `{expressions}` and raw HTML never pass validation: a body holding
			// one was not checked, and rendering it would run or inject its code.
			throw new Error(`a plan body holds \`${node.type}\`, which a validated plan cannot: validate the content before rendering it`);
	}
}

function convertElement(node: HastLike, conversion: Conversion): PlanBodyNode {
	const tag = node.tagName!.toLowerCase();
	const attributes = htmlAttributes(node.properties ?? {});
	// Same ids as Astro's MDX: a heading keeps an id it has (the footnotes'
	// label), any other gets the GitHub slug of its text, unique in the body.
	if (/^h[1-6]$/.test(tag) && attributes.id === undefined) attributes.id = conversion.slugger.slug(textOf(node));
	// Keyboard users can scroll a code block wider than the page.
	if (tag === 'pre') attributes.tabindex = '0';
	// A link to another plan, by its file (`./other.mdx#part`) or its address, leads
	// to the plan's page (validation refuses one that leads to no plan file).
	if (tag === 'a' && typeof attributes.href === 'string') {
		const link = parsePlanLink(attributes.href, conversion.file);
		if (link) attributes.href = planLinkAddress(link);
	}
	if (tag === 'img') {
		// Validation refuses any image the portal cannot publish.
		const target = typeof attributes.src === 'string' ? resolvePlanImage(conversion.file, attributes.src) : undefined;
		if (target?.ok) attributes.src = publishedImageAddress(target.path);
		else delete attributes.src;
		attributes.loading = 'lazy';
		attributes.decoding = 'async';
	}
	return { type: 'element', tag, attributes, children: convertChildren(node, conversion) };
}

function convertComponent(node: HastLike, conversion: Conversion): PlanBodyNode {
	const name = node.name ?? '';
	const allowed = Object.hasOwn(PLAN_COMPONENTS, name) ? PLAN_COMPONENTS[name] : undefined;
	if (!allowed) throw new Error(`a plan body uses \`<${name}>\`, which is not a portal component: validate the content before rendering it`);
	const attributes: Record<string, string | true> = {};
	for (const attribute of node.attributes ?? []) {
		const value = attribute.value ?? true;
		if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || !allowed.includes(attribute.name) || (typeof value !== 'string' && value !== true)) {
			throw new Error(`\`<${name}>\` in a plan body has an attribute a validated plan cannot have: validate the content before rendering it`);
		}
		attributes[attribute.name] = value;
	}
	return { type: 'component', name: name as PlanComponentName, attributes, children: convertChildren(node, conversion) };
}

/** hast properties (`className`, `ariaDescribedBy`, `dataFootnoteRef`) as HTML attributes. */
function htmlAttributes(properties: Record<string, unknown>): Record<string, string | true> {
	const attributes: Record<string, string | true> = {};
	const classes: string[] = [];
	for (const [property, value] of Object.entries(properties)) {
		if (value === false || value === null || value === undefined) continue;
		if (property === 'className') {
			classes.push(...(Array.isArray(value) ? value.map(String) : [String(value)]));
			continue;
		}
		if (property === 'style') {
			// GFM's column alignment is the only style Markdown writes.
			const align = TEXT_ALIGN.exec(String(value));
			if (align) classes.push(`align-${align[1]}`);
			continue;
		}
		const name = attributeName(property);
		const text = value === true ? true : Array.isArray(value) ? value.join(' ') : String(value);
		if (URL_ATTRIBUTES.has(name) && typeof text === 'string' && isUnsafeUrl(text)) continue;
		attributes[name] = text;
	}
	if (classes.length > 0) attributes.class = classes.join(' ');
	return attributes;
}

function attributeName(property: string): string {
	if (property === 'htmlFor') return 'for';
	if (/^aria[A-Z]/.test(property)) return `aria-${property.slice(4).toLowerCase()}`;
	if (/^data[A-Z]/.test(property)) return `data${property.slice(4).replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
	return property.toLowerCase();
}

function textOf(node: HastLike): string {
	if (node.type === 'text') return node.value ?? '';
	return (node.children ?? []).map(textOf).join('');
}

/** The ids of a parsed body's elements (its headings' sections, footnotes): where a `#section` of a link to the plan can lead. */
export function planBodyIds(nodes: readonly PlanBodyNode[]): Set<string> {
	const ids = new Set<string>();
	const visit = (node: PlanBodyNode) => {
		if (node.type === 'text') return;
		if (node.type === 'element' && typeof node.attributes.id === 'string') ids.add(node.attributes.id);
		node.children.forEach(visit);
	};
	nodes.forEach(visit);
	return ids;
}
