/**
 * The scope of this build (`npm run build -- --scope ...` or `--portal <id>`),
 * handed over with the validated content; undefined for the whole portfolio.
 * The content itself is already filtered (src/lib/scope/scope.ts).
 */
import type { PortalScope, ScopedContent } from '../lib/scope/scope.ts';
import { isLivePreview } from '../live/live-state.ts';
import { loadValidContent } from '../live/loader.ts';

/** A build's scope, asked for by every page's banner: read once. */
let buildScope: Promise<PortalScope | undefined> | undefined;

export function getScope(): Promise<PortalScope | undefined> {
	const scopeOf = (content: ScopedContent) => content.scope;
	if (isLivePreview()) return loadValidContent().then(scopeOf);
	return (buildScope ??= loadValidContent().then(scopeOf));
}
