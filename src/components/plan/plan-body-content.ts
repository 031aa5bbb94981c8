/**
 * Renders a parsed plan body (src/lib/content/plan-body.ts) the way Astro renders
 * a compiled MDX body: as Astro JSX, whose renderer escapes every text and
 * attribute, with the portal's components (and `a`, for PlanLink) given by the
 * page, as MDX's `components` prop does.
 */
import { Fragment, jsx } from 'astro/jsx-runtime';
import { Renderer } from 'astro/runtime/server/index.js';
import type { PlanBodyNode, PlanComponentName } from '../../lib/content/plan-body.ts';

/** The components a body renders with: every portal component, and optionally replacements for HTML elements. */
export type PlanBodyComponents = Record<PlanComponentName, unknown> & Partial<Record<string, unknown>>;

interface Props {
	components: PlanBodyComponents;
}

/** The body as a component, used like a compiled MDX body: `<Content components={{ ... }} />`. */
export function planBodyContent(nodes: readonly PlanBodyNode[]): (props: Props) => unknown {
	const Content = ({ components }: Props) => jsx(Fragment, { children: nodes.map((node) => toVNode(node, components)) });
	// Rendered by the JSX renderer that @astrojs/mdx registers, as its bodies are.
	Object.defineProperty(Content, Renderer, { value: 'astro:jsx', enumerable: false });
	return Content;
}

function toVNode(node: PlanBodyNode, components: PlanBodyComponents): unknown {
	if (node.type === 'text') return node.value;
	const children = node.children.map((child) => toVNode(child, components));
	if (node.type === 'component') {
		const component = components[node.name];
		if (!component) throw new Error(`the plan page gives no component for \`<${node.name}>\``);
		return jsx(component, { ...node.attributes, children });
	}
	const type = components[node.tag] ?? node.tag;
	return jsx(type, children.length > 0 ? { ...node.attributes, children } : node.attributes);
}
