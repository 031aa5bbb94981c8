/**
 * The scope of this build (`npm run build -- --scope ...` or `--portal <id>`),
 * handed over with the validated content; undefined for the whole portfolio.
 * The content itself is already filtered (src/lib/scope/scope.ts).
 */
import { derived } from './content-source.ts';

export const getScope = derived(({ content }) => content.scope);
