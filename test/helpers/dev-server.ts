import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT } from './build-site.ts';

export interface DevServer {
	url: string;
	/** Everything the server printed so far. */
	output(): string;
	/** Resolves with the process's resident memory in kB (from /proc), or undefined where there is no /proc. */
	rssKb(): Promise<number | undefined>;
	pid: number;
	stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

/**
 * The real `npm run dev` (Astro's dev server) on `contentDir`, on a free port of
 * 127.0.0.1; resolves once it answers.
 */
export async function startDevServer(contentDir: string, env: NodeJS.ProcessEnv = {}): Promise<DevServer> {
	const port = await freePort();
	// Vite and Astro act as test runners' hosts when they see Vitest's variables (the
	// dev server then answers 404 to every page): give the server a user's environment.
	const userEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|VITE_|TEST$|NODE_ENV$)/.test(name)));
	// Test files run dev servers side by side (each on its own content); Astro 7 allows one per project unless told not to lock.
	const child: ChildProcess = spawn(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
		cwd: PROJECT_ROOT,
		env: { ...userEnv, KAM_CONTENT: contentDir, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 120_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`the dev server stopped:\n${output}`);
		const ok = await fetch(`${url}/`, { signal: AbortSignal.timeout(15_000) }).then(
			(response) => response.ok,
			() => false,
		);
		if (ok) break;
		if (Date.now() > deadline) throw new Error(`the dev server did not answer within 120 s:\n${output}`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return {
		url,
		pid: child.pid!,
		output: () => output,
		async rssKb() {
			const { readFile } = await import('node:fs/promises');
			const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => undefined);
			const match = status && /VmRSS:\s+(\d+)/.exec(status);
			return match ? Number(match[1]) : undefined;
		},
		async stop() {
			if (child.exitCode === null) child.kill('SIGTERM');
			await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
			if (child.exitCode === null) child.kill('SIGKILL');
		},
	};
}
