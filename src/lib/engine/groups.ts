/**
 * Group (parent) accounts. The validator rejects unknown and cyclic parents;
 * these functions still stop at them, so a bad input cannot loop forever.
 */
import { compareText } from '../compare.ts';

export interface GroupIndex {
	/** Parent chain, nearest first; only plans that exist. */
	ancestorsOf(slug: string): string[];
	/** Direct children, slug ascending. */
	childrenOf(slug: string): string[];
	/** Children, grandchildren... at any depth, slug ascending. */
	descendantsOf(slug: string): string[];
}


/** Indexes the parent links of `plans` (slug plus optional parent slug). */
export function buildGroupIndex(plans: readonly { slug: string; parent?: string | undefined }[]): GroupIndex {
	const parentOf = new Map<string, string>();
	const children = new Map<string, string[]>();
	const known = new Set(plans.map((p) => p.slug));
	for (const plan of plans) {
		if (plan.parent === undefined || plan.parent === plan.slug || !known.has(plan.parent)) continue;
		parentOf.set(plan.slug, plan.parent);
		const list = children.get(plan.parent);
		if (list) list.push(plan.slug);
		else children.set(plan.parent, [plan.slug]);
	}
	for (const list of children.values()) list.sort(compareText);

	const descendantsCache = new Map<string, string[]>();
	return {
		ancestorsOf(slug) {
			const chain: string[] = [];
			const seen = new Set([slug]);
			for (let current = parentOf.get(slug); current !== undefined && !seen.has(current); current = parentOf.get(current)) {
				chain.push(current);
				seen.add(current);
			}
			return chain;
		},
		childrenOf(slug) {
			return [...(children.get(slug) ?? [])];
		},
		descendantsOf(slug) {
			const cached = descendantsCache.get(slug);
			if (cached) return [...cached];
			const found = new Set<string>();
			const queue = [...(children.get(slug) ?? [])];
			while (queue.length > 0) {
				const next = queue.pop()!;
				if (next === slug || found.has(next)) continue;
				found.add(next);
				queue.push(...(children.get(next) ?? []));
			}
			const sorted = [...found].sort(compareText);
			descendantsCache.set(slug, sorted);
			return [...sorted];
		},
	};
}
