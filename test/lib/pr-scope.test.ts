import { describe, expect, it } from 'vitest';
import { isContentPath, portalPaths } from '../../src/lib/pr-scope.ts';

describe('which pull requests need the portal tests', () => {
	it.each([
		['content/accounts/acme.mdx', 'content', true],
		['content/accounts/east-china/acme.mdx', 'content', true],
		['content/people.yaml', 'content', true],
		['content/policy.yaml', './content/', true],
		['contents/accounts/acme.mdx', 'content', false],
		['src/pages/index.astro', 'content', false],
		['package.json', 'content', false],
		['plans/accounts/acme.mdx', 'plans', true],
		// A repository that is the content itself: only its own files are content.
		['accounts/acme.mdx', '.', true],
		['people.yaml', '.', true],
		['src/lib/engine/index.ts', '.', false],
		['.github/workflows/pr.yml', '.', false],
	])('%s with KAM_CONTENT=%s is content: %s', (path, dir, expected) => {
		expect(isContentPath(path, dir)).toBe(expected);
	});

	it('lists only the changed paths outside the content, ignoring the blank line git ends with', () => {
		expect(portalPaths(['content/accounts/a.mdx', 'content/people.yaml', ''], 'content')).toEqual([]);
		expect(portalPaths(['content/accounts/a.mdx', 'src/lib/x.ts', 'README.md', ''], 'content')).toEqual(['src/lib/x.ts', 'README.md']);
	});
});
