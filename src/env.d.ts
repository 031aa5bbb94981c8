declare namespace App {
	interface Locals {
		/** The account whose plan page is rendering; plan components read their data from it. */
		planAccount?: import('./lib/engine/types.ts').AccountView;
		/** Whether this portal publishes a plan's, review pack's, person's or group's page: a link in a plan body to one it does not render as text. */
		portalPublishes?: (page: import('./lib/content/plan-links.ts').PortalPage) => boolean;
		/** Counts charts on the page, for unique ids. */
		chartCount?: number;
	}
}
