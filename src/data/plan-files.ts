/**
 * The image files the plans of this portal show (plan-images.ts), read from the
 * content directory for `/plan-files/`. Only what a plan that renders refers
 * to: a scoped portal publishes no other plan's pictures, and nothing else of
 * the content directory is ever served.
 */
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { IMAGE_TYPES, planImageTargets, publishedImagePath } from '../lib/content/plan-images.ts';
import { contentDirFromEnv } from '../node/content-dir.ts';
import { derived } from './content-source.ts';
import { plansBySlug } from './plan-pages.ts';

/** The images the plans (and their visit reports) that render show: published path (plan-images.ts) → content-relative path. */
export const shownImages = derived((snapshot): ReadonlyMap<string, string> => {
	const images = new Map<string, string>();
	// A visit report's notes may show images too, by the same rules.
	for (const plan of [...plansBySlug.of(snapshot).values(), ...snapshot.content.visits]) {
		for (const { target } of planImageTargets(plan)) {
			if (!target.ok) continue;
			const published = publishedImagePath(target.path);
			if (!images.has(published)) images.set(published, target.path);
		}
	}
	return images;
});

/**
 * The endpoint of one image type, `/plan-files/<path><extension>`. One route per
 * type, because a route that ends in a file extension is exempt from the site's
 * trailing slash, and a parameter cannot stand for the extension.
 */
export function imageFiles(extension: string): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
	if (!IMAGE_TYPES[extension]) throw new Error(`\`${extension}\` is not an image type the portal publishes`);
	return {
		getStaticPaths: async () =>
			[...(await shownImages()).keys()].filter((path) => path.endsWith(extension)).map((path) => ({ params: { path: path.slice(0, -extension.length) } })),
		GET: async ({ params }) => {
			const image = await readShownImage(`${params.path}${extension}`);
			return image ? new Response(image.bytes, { headers: { 'Content-Type': image.type } }) : new Response(null, { status: 404 });
		},
	};
}

/** The image a plan shows at this published path (relative to PLAN_FILES_ROUTE), if any; the live preview serves it too (src/live/images.ts). */
export async function readShownImage(publishedPath: string): Promise<{ bytes: Uint8Array<ArrayBuffer>; type: string } | undefined> {
	const file = (await shownImages()).get(publishedPath);
	if (!file) return undefined;
	return { bytes: new Uint8Array(await readFile(join(contentDirFromEnv(), file))), type: IMAGE_TYPES[extname(file).toLowerCase()]! };
}
