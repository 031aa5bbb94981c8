import { describe, expect, it } from 'vitest';
import { planFileName, planSlugFromPath } from '../../../src/lib/content/plan-path.ts';

describe('planFileName', () => {
	it.each([
		// path, name, stem, slug
		['accounts/acme.mdx', 'acme.mdx', 'acme', 'acme'],
		['accounts/east-china/acme-industrial.mdx', 'acme-industrial.mdx', 'acme-industrial', 'acme-industrial'],
		['acme2.mdx', 'acme2.mdx', 'acme2', 'acme2'],
		['accounts/Acme.mdx', 'Acme.mdx', 'Acme', undefined],
		['accounts/acme_industrial.mdx', 'acme_industrial.mdx', 'acme_industrial', undefined],
		['accounts/acme--industrial.mdx', 'acme--industrial.mdx', 'acme--industrial', undefined],
		['accounts/-acme.mdx', '-acme.mdx', '-acme', undefined],
		['accounts/acme.v2.mdx', 'acme.v2.mdx', 'acme.v2', undefined],
		['accounts/.mdx', '.mdx', '', undefined],
		['accounts/华建.mdx', '华建.mdx', '华建', undefined],
		['accounts/ac\u200Bme.mdx', 'ac\u200Bme.mdx', 'ac\u200Bme', undefined],
		['accounts/acme.md', 'acme.md', undefined, undefined],
		['accounts/acme.MDX', 'acme.MDX', undefined, undefined],
		['accounts/acme.mdx.bak', 'acme.mdx.bak', undefined, undefined],
		['accounts/acme.mdx/notes.txt', 'notes.txt', undefined, undefined],
	])('%s: name %s, stem %s, slug %s', (path, name, stem, slug) => {
		expect(planFileName(path)).toEqual({ name, ...(stem !== undefined && { stem }), ...(slug !== undefined && { slug }) });
	});
});

describe('planSlugFromPath', () => {
	it.each([
		['accounts/north-china/jizhong-farm-cooperative.mdx', 'jizhong-farm-cooperative'],
		['accounts/qinling-tunnel-bridge.mdx', 'qinling-tunnel-bridge'],
		['accounts/Qinling.mdx', undefined],
		['accounts/readme.md', undefined],
	])('%s → %s', (path, slug) => {
		expect(planSlugFromPath(path)).toBe(slug);
	});
});
