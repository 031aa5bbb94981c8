import { describe, expect, it } from 'vitest';
import { contentDirFromEnv } from '../../src/node/content-dir.ts';

describe('contentDirFromEnv', () => {
	it('resolves KAM_CONTENT against the working directory, and ./content without it', () => {
		expect(contentDirFromEnv({ KAM_CONTENT: 'plans' }, '/srv/kam')).toBe('/srv/kam/plans');
		expect(contentDirFromEnv({ KAM_CONTENT: '/data/plans' }, '/srv/kam')).toBe('/data/plans');
		expect(contentDirFromEnv({}, '/srv/kam')).toBe('/srv/kam/content');
	});

	it('follows a change of KAM_CONTENT or of the working directory between calls', () => {
		expect(contentDirFromEnv({ KAM_CONTENT: 'a' }, '/one')).toBe('/one/a');
		expect(contentDirFromEnv({ KAM_CONTENT: 'a' }, '/one')).toBe('/one/a');
		expect(contentDirFromEnv({ KAM_CONTENT: 'b' }, '/one')).toBe('/one/b');
		expect(contentDirFromEnv({ KAM_CONTENT: 'b' }, '/two')).toBe('/two/b');
	});
});
