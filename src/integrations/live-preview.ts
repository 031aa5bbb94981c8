import type { AstroIntegration } from 'astro';
import { CONTENT_CHECKED_EVENT, setContentCheckedChannel } from './content-checked.ts';

/**
 * `npm run dev` only: the pages that show content problems, /problems/ (every
 * file) and /problems/<slug>/ (what a plan's page shows while it has errors),
 * and /problems/revision.json, the content revision open pages check; and the
 * event that reloads open pages after each check of the content.
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
			'astro:server:setup'({ server }) {
				setContentCheckedChannel((revision) => server.environments.client.hot.send(CONTENT_CHECKED_EVENT, { revision }));
			},
		},
	};
}
