import { resolve } from 'node:path';

/**
 * The content directory: `KAM_CONTENT` (absolute or relative to cwd), else
 * `./content`. A module of its own, so pages can name the directory without
 * loading the validator.
 */
export function contentDirFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
	return resolve(cwd, env.KAM_CONTENT || 'content');
}
