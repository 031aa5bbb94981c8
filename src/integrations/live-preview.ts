import type { AstroIntegration } from 'astro';

/**
 * `npm run dev` only: the pages that show content problems, /problems/ (every
 * file) and /problems/<slug>/ (what a plan's page shows while it has errors),
 * and /problems/revision.json, the content revision open pages check.
 * A build never has them: content with errors is not built at all.
 */
export function livePreviewPages(): AstroIntegration {
	return {
		name: 'kam-live-preview',
		hooks: {
			'astro:config:setup'({ command, injectRoute }) {
				if (command !== 'dev') return;
				injectRoute({ pattern: '/problems', entrypoint: new URL('../dev/problems.astro', import.meta.url) });
				injectRoute({ pattern: '/problems/revision.json', entrypoint: new URL('../dev/revision.json.ts', import.meta.url) });
				injectRoute({ pattern: '/problems/[slug]', entrypoint: new URL('../dev/plan-problems.astro', import.meta.url) });
			},
		},
	};
}
