import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const SAMPLE_CONTENT = join(PROJECT_ROOT, 'content');
/** The as-of date every test build uses, so assertions do not move with the calendar. */
export const TEST_AS_OF = '2026-11-22';

export interface BuildOutcome {
	code: number;
	stdout: string;
	stderr: string;
	outDir: string;
}

/** Runs `src/build/build.ts` (the real `npm run build`) in a child process. */
export async function buildSite(options: { contentDir?: string; outDir?: string; asOf?: string; env?: NodeJS.ProcessEnv; args?: string[] } = {}): Promise<BuildOutcome> {
	const outDir = options.outDir ?? join(await mkdtemp(join(tmpdir(), 'kam-site-')), 'dist');
	return runNode(['src/build/build.ts', '--out', outDir, ...(options.args ?? [])], {
		KAM_CONTENT: options.contentDir ?? SAMPLE_CONTENT,
		KAM_AS_OF: options.asOf ?? TEST_AS_OF,
		KAM_CACHE_DIR: join(outDir, '..', '.astro-cache'),
		...options.env,
	}).then((result) => ({ ...result, outDir }));
}

/**
 * What a vitest worker adds to the environment: `import.meta.env` mirrored
 * (DEV=1, MODE=test...). A script the tests run gets the environment a user's
 * shell would give it, or Astro would build the live preview's pages.
 */
const VITEST_ENV = ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'NODE_ENV', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID'];

/** The environment of a child process the tests start. */
export function childEnv(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.includes(key)));
	return { ...base, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

/** Runs a project script with the same Node as the tests. */
export function runNode(args: string[], env: NodeJS.ProcessEnv = {}, cwd = PROJECT_ROOT): Promise<Omit<BuildOutcome, 'outDir'>> {
	return new Promise((resolvePromise, reject) => {
		const child = spawn(process.execPath, ['--no-warnings', ...args], {
			cwd,
			env: childEnv(env),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolvePromise({ code: code ?? 1, stdout, stderr }));
	});
}
