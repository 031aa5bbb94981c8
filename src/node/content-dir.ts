import { resolve } from 'node:path';

/**
 * The content directory: `KAM_CONTENT` (absolute or relative to cwd), else
 * `./content`. A module of its own, so pages can name the directory without
 * loading the validator.
 */
export function contentDirFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
	const setting = env.KAM_CONTENT || 'content';
	// Every image request asks; resolving is the costly part.
	if (lastResolved?.setting !== setting || lastResolved.cwd !== cwd) lastResolved = { setting, cwd, dir: resolve(cwd, setting) };
	return lastResolved.dir;
}

let lastResolved: { setting: string; cwd: string; dir: string } | undefined;
