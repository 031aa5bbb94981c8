/**
 * The scope of this build (`npm run build -- --scope ...` or `--portal <id>`),
 * handed over with the validated content; undefined for the whole portfolio.
 * The content itself is already filtered (src/lib/scope/scope.ts).
 */
import type { PortalScope, ScopedContent } from '../lib/scope/scope.ts';
import { loadValidContent } from './loader.ts';

export async function getScope(): Promise<PortalScope | undefined> {
	const content: ScopedContent = await loadValidContent();
	return content.scope;
}
