/**
 * Images in a plan body: `![Org chart](../../assets/org-chart.png)`. An image is a
 * file of the content directory (outside `accounts/`), addressed relative to the
 * plan, and the portal publishes it at `/plan-files/<its path>`. Only the images
 * of the plans a portal holds are published, so a scoped portal carries no
 * other plan's pictures. Remote images are refused: pages load nothing from
 * other hosts, and a plan must not tell a third party who reads it.
 */
import { posix } from 'node:path';
import { mdxToHast } from 'satteri';
import type { Diagnostic } from '../diagnostics.ts';

/** Where the portal publishes the images of its plans. */
export const PLAN_FILES_ROUTE = '/plan-files/';

/** Image types a plan may show, with the type they are served as. SVG is left out: opened on its own, it could run script on the portal's origin. */
export const IMAGE_TYPES: Readonly<Record<string, string>> = {
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
};

/** An image a body shows, with its line in the body (1-based). */
export interface BodyImage {
	src: string;
	line: number;
	column: number;
}

/** Every image of a body, inline (`![a](b)`) or by reference (`![a][ref]`). */
export function imagesInBody(body: string): BodyImage[] {
	// Most plans have none; only those are parsed.
	if (!body.includes('![')) return [];
	const images: BodyImage[] = [];
	type Node = { tagName?: string; properties?: { src?: unknown }; position?: { start: { line: number; column: number } }; children?: Node[] };
	const visit = (node: Node) => {
		if (node.tagName === 'img' && typeof node.properties?.src === 'string') {
			images.push({ src: node.properties.src, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
		}
		for (const child of node.children ?? []) visit(child);
	};
	let tree: Node;
	try {
		tree = mdxToHast(body, { features: { gfm: true, frontmatter: false }, position: true }) as Node;
	} catch {
		// A body MDX cannot parse shows no images: the body check reports why (mdx-body.ts, rule mdx-invalid).
		return [];
	}
	visit(tree);
	return images;
}

/** Where an image of a plan is in the content directory, or why it cannot be shown. */
export type ImageTarget = { ok: true; path: string } | { ok: false; problem: string };

/** Resolves an image address written in the plan at `planFile` (a content-relative path). */
export function resolvePlanImage(planFile: string, src: string): ImageTarget {
	const address = src.trim();
	if (/^[a-z][a-z\d+.-]*:/i.test(address) || address.startsWith('//')) {
		return { ok: false, problem: 'it is on another host: pages load nothing from other hosts, and a plan must not tell one who reads it; put the file in the content directory and give its path relative to the plan' };
	}
	if (address.startsWith('/')) return { ok: false, problem: 'an image is given by its path relative to the plan, like `../../assets/org-chart.png`, not from the site root' };
	let decoded: string;
	try {
		decoded = decodeURI(address.replace(/[?#].*$/, ''));
	} catch {
		return { ok: false, problem: 'its address is not valid URL encoding' };
	}
	const path = posix.normalize(posix.join(posix.dirname(planFile), decoded));
	if (path.startsWith('../') || path === '..' || posix.isAbsolute(path)) return { ok: false, problem: 'it is outside the content directory, whose files alone are published' };
	if (path.split('/').some((part) => part.startsWith('.'))) return { ok: false, problem: 'hidden files and folders are not published' };
	const extension = posix.extname(path).toLowerCase();
	if (!Object.hasOwn(IMAGE_TYPES, extension)) return { ok: false, problem: `\`${extension || 'no extension'}\` is not an image type the portal publishes; use ${Object.keys(IMAGE_TYPES).map((type) => `\`${type}\``).join(', ')}` };
	return { ok: true, path };
}

/**
 * Where the portal publishes an image of the content directory, relative to
 * PLAN_FILES_ROUTE: its path with the extension in lower case (`IMG_01.JPG` is
 * published as `IMG_01.jpg`), so one route per image type serves them all.
 */
export function publishedImagePath(path: string): string {
	const extension = posix.extname(path);
	return path.slice(0, path.length - extension.length) + extension.toLowerCase();
}

/** Each image of a plan's body, with where it is in the content directory or why it cannot be shown. */
export function planImageTargets(plan: { file: string; body: string }): { image: BodyImage; target: ImageTarget }[] {
	return imagesInBody(plan.body).map((image) => ({ image, target: resolvePlanImage(plan.file, image.src) }));
}

/** The address, URL-encoded, the portal publishes an image of the content directory at. */
export function publishedImageAddress(path: string): string {
	return PLAN_FILES_ROUTE + publishedImagePath(path).split('/').map(encodeURIComponent).join('/');
}

/**
 * Problems with a plan's images: remote, outside the content directory, not an
 * image type, or (`isFile` tells) missing. `bodyLine` is the file line of the body's first line.
 */
export function checkPlanImages(plan: { file: string; body: string; bodyLine: number }, isFile: (path: string) => boolean): Diagnostic[] {
	return planImageTargets(plan).flatMap(({ image: { src, line, column }, target }) => {
		const problem = !target.ok ? target.problem : isFile(target.path) ? undefined : `there is no file \`${target.path}\` in the content directory; check the path, which is relative to the plan`;
		if (!problem) return [];
		return [{ file: plan.file, line: plan.bodyLine + line - 1, column, field: '', severity: 'error' as const, rule: 'plan-image', message: `image \`${src.slice(0, 80)}\` cannot be shown: ${problem}` }];
	});
}
