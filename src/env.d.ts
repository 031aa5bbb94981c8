declare namespace App {
	interface Locals {
		/** The account whose plan page is rendering; plan components read their data from it. */
		planAccount?: import('./lib/engine/types.ts').AccountView;
		/** Counts charts on the page, for unique ids. */
		chartCount?: number;
	}
}
