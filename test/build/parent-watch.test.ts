import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARENT_PID_VARIABLE } from '../../src/build/parent-watch.ts';
import { isRunning } from '../../src/build/work-dir.ts';
import { childEnv, PROJECT_ROOT } from '../helpers/build-site.ts';

const WATCH_MODULE = join(PROJECT_ROOT, 'src/build/parent-watch.ts');

/**
 * Starts a parent process whose child watches it, then holds its main thread
 * for `busyMs` (as the bundler does); resolves with both pids once the child
 * is watching.
 */
function startParentAndChild(busyMs: number): Promise<{ parent: ReturnType<typeof spawn>; childPid: number }> {
	const childSource = `
		const { exitWithParent } = await import(${JSON.stringify(WATCH_MODULE)});
		exitWithParent();
		process.send('watching');
		const end = Date.now() + ${busyMs};
		while (Date.now() < end) {}
	`;
	const parentSource = `
		const { spawn } = require('node:child_process');
		const child = spawn(process.execPath, ['--no-warnings', '--input-type=module', '-e', ${JSON.stringify(childSource)}], {
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
			env: { ...process.env, ${PARENT_PID_VARIABLE}: String(process.pid) },
		});
		child.on('message', () => process.send(child.pid));
		setInterval(() => {}, 1000);
	`;
	const parent = spawn(process.execPath, ['--no-warnings', '-e', parentSource], { env: childEnv(), stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
	return new Promise((resolvePromise) => parent.once('message', (childPid) => resolvePromise({ parent, childPid: Number(childPid) })));
}

describe('a child that watches its parent', () => {
	it('ends within a second of its parent being killed, even while its main thread is busy', async () => {
		const { parent, childPid } = await startParentAndChild(20_000);
		expect(isRunning(childPid)).toBe(true);
		parent.kill('SIGKILL');
		await new Promise((resolvePromise) => parent.once('close', resolvePromise));
		await expect.poll(() => isRunning(childPid), { timeout: 1_000, interval: 20 }).toBe(false);
	});

	it('is not ended by the watch while its parent lives', async () => {
		const { parent, childPid } = await startParentAndChild(1_500);
		await new Promise((resolvePromise) => setTimeout(resolvePromise, 1_000));
		expect(isRunning(childPid)).toBe(true);
		parent.kill('SIGKILL');
	});
});
