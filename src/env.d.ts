declare namespace App {
	interface Locals {
		/** The account whose plan page is rendering; plan components read their data from it. */
		planAccount?: import('./lib/engine/types.ts').AccountView;
		/** The plans this portal holds, by slug: links in a plan body to any other plan render as text. */
		portalPlans?: ReadonlyMap<string, unknown>;
		/** Counts charts on the page, for unique ids. */
		chartCount?: number;
	}
}
