/**
 * Ends this process when the process that started it dies, even by SIGKILL, so a
 * killed `npm run build` leaves nothing writing behind it.
 */
import { Worker } from 'node:worker_threads';

/** How often the watch thread checks that the parent is still there. */
const CHECK_EVERY_MS = 100;

// A thread of its own, because the 'disconnect' event waits for this process's
// main thread, which the bundler can hold for seconds at a time. When the parent
// dies this process is handed to another parent, so `process.ppid` changes.
const WATCH_SOURCE = `
const { workerData } = require('node:worker_threads');
setInterval(() => {
	if (process.ppid !== workerData.parent) process.kill(process.pid, 'SIGKILL');
}, workerData.everyMs);
`;

/**
 * Names the parent in a child's environment: the child may start only after its
 * parent died, when `process.ppid` already is its new parent's.
 */
export const PARENT_PID_VARIABLE = 'KAM_PARENT_PID';

/** Starts watching; returns the function that stops watching once the work is done. */
export function exitWithParent(): () => void {
	const stop = () => process.exit(1);
	process.on('disconnect', stop);
	// A parent killed while this process was still loading closed the IPC channel
	// before anyone listened, and 'disconnect' will not come again.
	if (process.send && !process.connected) stop();
	const watch = new Worker(WATCH_SOURCE, {
		eval: true,
		// None of this process's flags: with --input-type=module the source would be
		// an ES module, whose loading waits for the main thread.
		execArgv: [],
		workerData: { parent: Number(process.env[PARENT_PID_VARIABLE] ?? process.ppid), everyMs: CHECK_EVERY_MS },
	});
	// The watch never keeps this process alive by itself.
	watch.unref();
	return () => {
		process.off('disconnect', stop);
		void watch.terminate();
	};
}
