import type { AstroIntegration } from 'astro';
import { CONTENT_CHECKED_EVENT, readLiveFile, setContentCheckedChannel } from './channel.ts';

/**
 * `npm run dev` only: the pages that show content problems, /problems/ (every
 * file) and /problems/<slug>/ (what a plan's page shows while it has errors),
 * and /problems/revision.json, the content revision open pages check; the
 * event that reloads open pages after each check of the content; and the plan
 * images as of the last save.
 * A build never has them: content with errors is not built at all.
 */
export function livePreviewPages(): AstroIntegration {
	return {
		name: 'kam-live-preview',
		hooks: {
			'astro:config:setup'({ command, injectRoute }) {
				if (command !== 'dev') return;
				injectRoute({ pattern: '/problems', entrypoint: new URL('./routes/problems.astro', import.meta.url) });
				injectRoute({ pattern: '/problems/revision.json', entrypoint: new URL('./routes/revision.json.ts', import.meta.url) });
				injectRoute({ pattern: '/problems/[slug]', entrypoint: new URL('./routes/plan-problems.astro', import.meta.url) });
			},
			'astro:server:setup'({ server }) {
				setContentCheckedChannel((revision) => server.environments.client.hot.send(CONTENT_CHECKED_EVENT, { revision }));
				// Plan images, as of the last save (see live-channel.ts).
				server.middlewares.use((request, response, next) => {
					let pathname: string;
					try {
						pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
					} catch {
						return next();
					}
					readLiveFile(pathname).then((file) => {
						if (!file) return next();
						response.setHeader('Content-Type', file.type);
						response.setHeader('Cache-Control', 'no-store');
						response.end(file.bytes);
					}, next);
				});
			},
		},
	};
}
