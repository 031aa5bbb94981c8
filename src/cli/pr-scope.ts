#!/usr/bin/env node
/**
 * `npm run --silent pr-scope -- <base-ref>`: `code=true` when the pull request
 * (base...HEAD) changes anything outside the content directory (KAM_CONTENT),
 * else `code=false`, in the `key=value` form the workflow appends to
 * $GITHUB_OUTPUT. When git cannot tell, it says `code=true`: then every check runs.
 */
import { execFileSync } from 'node:child_process';
import { portalPaths } from '../lib/pr-scope.ts';
import { parseCommandLine } from './args.ts';

const USAGE = 'Usage: npm run --silent pr-scope -- <base-ref>';
let base: string | undefined;
try {
	const { values, positionals } = parseCommandLine(process.argv.slice(2), { help: { type: 'boolean', short: 'h' } }, { maxPositionals: 1, hint: USAGE });
	base = values.help === true ? undefined : positionals[0];
} catch (error) {
	console.error((error as Error).message);
	process.exit(2);
}
if (!base) {
	console.error(USAGE);
	process.exit(2);
}
const contentDir = process.env.KAM_CONTENT || 'content';
let changed: string[] | undefined;
try {
	changed = execFileSync('git', ['diff', '--name-only', '--no-renames', base, 'HEAD'], { encoding: 'utf8' }).split('\n');
} catch (error) {
	console.error(`could not list the changed files (${(error as Error).message.split('\n')[0]}); running every check`);
}
const portal = changed ? portalPaths(changed, contentDir) : ['?'];
console.error(
	portal.length === 0
		? `only content (${contentDir}/) changed: the portal's tests are skipped`
		: `the portal's own files changed (${portal.slice(0, 3).join(', ')}${portal.length > 3 ? ', …' : ''}): its tests run`,
);
console.log(`code=${portal.length > 0}`);
