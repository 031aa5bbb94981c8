/**
 * The live preview's reader of plan images (see channel.ts): a request path
 * in, the image a plan that renders shows there out, read at request time.
 */
import { readShownImage } from '../data/plan-files.ts';
import { PLAN_FILES_ROUTE } from '../lib/content/plan-images.ts';
import type { LiveFile } from './wiring.ts';

export function readLiveImage(pathname: string): Promise<LiveFile | undefined> {
	return pathname.startsWith(PLAN_FILES_ROUTE) ? readShownImage(pathname.slice(PLAN_FILES_ROUTE.length)) : Promise.resolve(undefined);
}
