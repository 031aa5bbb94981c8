import type { AccountView } from '../../lib/engine/types.ts';

/**
 * The account of the plan page being rendered. Plan components take no data
 * props (an author writes `<Milestones />`); the plan page puts its account in
 * `Astro.locals` before rendering the body.
 */
export function currentAccount(locals: App.Locals, component: string): AccountView {
	const account = locals.planAccount;
	if (!account) throw new Error(`<${component} /> can only be used in an account plan; it reads the plan it is in`);
	return account;
}

/** A page-unique id for the next chart. */
export function nextChartId(locals: App.Locals, prefix: string): string {
	locals.chartCount = (locals.chartCount ?? 0) + 1;
	return `${prefix}-${locals.chartCount}`;
}
