import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { SITE_TESTS, UNIT_TESTS } from '../helpers/projects.ts';

const matches = (patterns: string[]) => new Set(patterns.flatMap((pattern) => globSync(pattern, { cwd: PROJECT_ROOT })));

describe('the unit and site test projects', () => {
	const unit = matches(UNIT_TESTS);
	const site = matches(SITE_TESTS);
	const all = globSync('test/**/*.test.ts', { cwd: PROJECT_ROOT });

	it('hold every test file', () => {
		expect(all.filter((file) => !unit.has(file) && !site.has(file))).toEqual([]);
	});

	it('share no test file', () => {
		expect([...unit].filter((file) => site.has(file))).toEqual([]);
	});

	it('each find the files of every pattern they list', () => {
		const empty = [...UNIT_TESTS, ...SITE_TESTS].filter((pattern) => globSync(pattern, { cwd: PROJECT_ROOT }).length === 0);
		expect(empty).toEqual([]);
	});

	it('keep the site tests out of the unit project: no unit test builds a site or opens a browser', () => {
		const needsBuild = /\binject\(\s*'sampleSiteDir'|\bbuildSite\(|\bstartDevServer\(|\blaunchBrowser\(|\bsiteSession\(|\bserveStatic\(/;
		expect([...unit].filter((file) => needsBuild.test(readFileSync(`${PROJECT_ROOT}/${file}`, 'utf8')))).toEqual([]);
	});
});
