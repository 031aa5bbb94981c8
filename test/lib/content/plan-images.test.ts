import { describe, expect, it } from 'vitest';
import { checkPlanImages, imagesInBody, publishedImageAddress, resolvePlanImage } from '../../../src/lib/content/plan-images.ts';
import { parsePlanBody } from '../../../src/lib/content/plan-body.ts';

const PLAN = 'accounts/east-china/acme.mdx';

describe('resolvePlanImage', () => {
	it.each([
		['a path relative to the plan', '../../assets/org.png', 'assets/org.png'],
		['a folder beside the plan’s folder', '../shared/map.JPG', 'accounts/shared/map.JPG'],
		['an encoded space', '../../assets/site%20photo.webp', 'assets/site photo.webp'],
		['a query or fragment, dropped', '../../assets/org.png?v=2#top', 'assets/org.png'],
	])('finds %s', (_, src, path) => {
		expect(resolvePlanImage(PLAN, src)).toEqual({ ok: true, path });
	});

	it.each([
		['a remote image', 'https://cdn.example/logo.png', 'another host'],
		['a protocol-relative address', '//cdn.example/logo.png', 'another host'],
		['a data address', 'data:image/png;base64,AAAA', 'another host'],
		['a path from the site root', '/favicon.png', 'relative to the plan'],
		['a path out of the content directory', '../../../secrets/key.png', 'outside the content directory'],
		['a hidden folder', '../../.git/logo.png', 'hidden'],
		['an SVG, which could run script when opened', '../../assets/logo.svg', '`.svg` is not an image type'],
		['a file without an extension', '../../assets/logo', '`no extension`'],
		['broken URL encoding', '../../assets/%E0%A4%A.png', 'not valid URL encoding'],
	])('refuses %s', (_, src, problem) => {
		const target = resolvePlanImage(PLAN, src);
		expect(target.ok).toBe(false);
		expect(!target.ok && target.problem).toContain(problem);
	});
});

describe('imagesInBody', () => {
	it('finds inline and reference images with their lines, and nothing in code', () => {
		const body = 'Intro.\n\n![Map](../../a/map.png)\n\n```\n![Not](x.png)\n```\n\n![Org][org]\n\n[org]: ../../a/org.png\n';
		expect(imagesInBody(body)).toEqual([
			{ src: '../../a/map.png', line: 3, column: 1 },
			{ src: '../../a/org.png', line: 9, column: 1 },
		]);
	});

	it('finds none in a body without an image', () => {
		expect(imagesInBody('## Customer information\n\n[a link](https://example.com/)')).toEqual([]);
	});
});

describe('checkPlanImages', () => {
	const plan = { file: PLAN, bodyLine: 10, body: 'Text.\n\n![Here](../../assets/here.png)\n![Gone](../../assets/gone.png)\n' };

	it('reports an image that is not in the content directory, at its file line', () => {
		const diagnostics = checkPlanImages(plan, (path) => path === 'assets/here.png');
		expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
			`${PLAN}:13:1 plan-image image \`../../assets/gone.png\` cannot be shown: there is no file \`assets/gone.png\` in the content directory; check the path, which is relative to the plan`,
		]);
	});
});

describe('images in a rendered body', () => {
	it('point at the address the portal publishes them at, load lazily, and lose an address validation refuses', () => {
		const images = parsePlanBody('![Site](../../assets/site%20photo.png) ![Remote](https://cdn.example/x.png)', PLAN)
			.flatMap((node) => (node.type === 'text' ? [] : node.children))
			.filter((node) => node.type === 'element' && node.tag === 'img')
			.map((node) => node.type === 'element' && node.attributes);
		expect(images).toEqual([
			{ src: publishedImageAddress('assets/site photo.png'), alt: 'Site', loading: 'lazy', decoding: 'async' },
			{ alt: 'Remote', loading: 'lazy', decoding: 'async' },
		]);
		expect(publishedImageAddress('assets/site photo.png')).toBe('/plan-files/assets/site%20photo.png');
	});
});
