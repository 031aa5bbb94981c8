/**
 * The live preview computes the portfolio again after every save; at 10,000
 * plans one save changes one plan. `PortfolioMemo` remembers each account's
 * view with what it was computed from (the plan, its place among the groups,
 * the policy, the people and the as-of date), so only changed accounts are
 * computed again, and the portfolio's totals are computed when a page first
 * asks for them. The portfolio equals `computePortfolio`'s without a memo.
 */
import type { Policy } from '../../../schemas/policy.ts';
import type { Person } from '../../../schemas/person.ts';
import type { GroupIndex } from './groups.ts';
import type { AccountView, PlanInput, VisitInput } from './types.ts';

interface Remembered {
	plan: PlanInput;
	ancestors: string[];
	children: string[];
	descendants: string[];
	view: AccountView;
}

const sameList = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined, same = (x: T, y: T) => x === y) =>
	a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((item, i) => same(item, b[i]!)));

/** Same visit report: made anew for each portfolio (visitsByPlan), from the same frontmatter object. */
const sameVisit = (a: VisitInput, b: VisitInput) => a.file === b.file && a.topic === b.topic && a.frontmatter === b.frontmatter && a.body === b.body;

/** Same plan: the same frontmatter object (the validator keeps it for an unchanged file), body, file and visit reports. */
const samePlan = (a: PlanInput, b: PlanInput) => a.slug === b.slug && a.frontmatter === b.frontmatter && a.body === b.body && a.file === b.file && sameList(a.visits, b.visits, sameVisit);

export class PortfolioMemo {
	readonly #views = new Map<string, Remembered>();
	/** What every view depends on, as text: the policy, the people and the as-of date. */
	#shared: { policy: Policy; people: readonly Person[]; asOf: string; text: string } | undefined;
	/** How many account views the last portfolio computed (the others were remembered). */
	lastComputed = 0;

	/** Starts a portfolio: forgets every view when the policy, people or as-of date changed. */
	start(policy: Policy, people: readonly Person[], asOf: string): void {
		this.lastComputed = 0;
		const shared = this.#shared;
		if (shared && shared.policy === policy && shared.people === people && shared.asOf === asOf) return;
		const text = JSON.stringify([policy, people, asOf]);
		if (shared?.text !== text) this.#views.clear();
		this.#shared = { policy, people, asOf, text };
	}

	/** The account's view, remembered when nothing it is computed from changed. */
	view(plan: PlanInput, groups: GroupIndex, compute: () => AccountView): AccountView {
		const known = this.#views.get(plan.slug);
		const ancestors = groups.ancestorsOf(plan.slug);
		const children = groups.childrenOf(plan.slug);
		const descendants = groups.descendantsOf(plan.slug);
		if (known && samePlan(known.plan, plan) && sameList(known.ancestors, ancestors) && sameList(known.children, children) && sameList(known.descendants, descendants)) return known.view;
		this.lastComputed++;
		const view = compute();
		this.#views.set(plan.slug, { plan, ancestors, children, descendants, view });
		return view;
	}

	/** Forgets the accounts that are gone. */
	retain(slugs: ReadonlySet<string>): void {
		for (const slug of this.#views.keys()) if (!slugs.has(slug)) this.#views.delete(slug);
	}
}

/**
 * Defines `key` of `target` as computed on first read (then kept as a plain
 * value), enumerable in the place it is defined, so the object reads, spreads
 * and serialises as if it had been computed at once.
 */
export function defineLazy<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
	const settle = (value: T[K]) => Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
	Object.defineProperty(target, key, {
		enumerable: true,
		configurable: true,
		get() {
			const value = compute();
			settle(value);
			return value;
		},
		set(value: T[K]) {
			settle(value);
		},
	});
}
