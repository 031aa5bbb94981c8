import { describe, expect, it } from 'vitest';
import { skipBrowserTests } from '../helpers/browser.ts';

describe('browser tests without Chromium', () => {
	it.each([
		{ chromium: true, ci: undefined, skip: false },
		{ chromium: true, ci: 'true', skip: false },
		{ chromium: false, ci: undefined, skip: true },
		{ chromium: false, ci: '', skip: true },
		{ chromium: false, ci: 'false', skip: true },
		{ chromium: false, ci: 'true', skip: false },
		{ chromium: false, ci: '1', skip: false },
	])('chromium $chromium, CI=$ci: skip $skip', ({ chromium, ci, skip }) => {
		expect(skipBrowserTests({ chromium, ci })).toBe(skip);
	});
});
