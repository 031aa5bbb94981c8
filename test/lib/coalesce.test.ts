/**
 * The live preview's checks: any number of saves during a check give exactly
 * one more check, and each save is answered by a check that started after it.
 */
import { describe, expect, it } from 'vitest';
import { Coalescer } from '../../src/lib/coalesce.ts';

/** A task whose runs finish only when the test says so; each run resolves with its number. */
function controlledTask() {
	const finishers: Array<() => void> = [];
	let started = 0;
	const task = () => {
		const run = ++started;
		return new Promise<number>((resolve) => finishers.push(() => resolve(run)));
	};
	/** Lets pending promise callbacks (a run's start) happen. */
	const settle = async () => {
		for (let i = 0; i < 10; i++) await Promise.resolve();
	};
	const finish = async () => {
		await settle();
		finishers.shift()!();
		await settle();
	};
	return { task, finish, started: () => started };
}

describe('Coalescer', () => {
	it('runs once for one request', async () => {
		const { task, finish } = controlledTask();
		const checks = new Coalescer(task);
		const result = checks.request();
		await finish();
		await expect(result).resolves.toBe(1);
		expect(checks.runs).toBe(1);
	});

	it('merges three requests made during a run into one more run, which answers all three', async () => {
		const { task, finish } = controlledTask();
		const checks = new Coalescer(task);
		const first = checks.request();
		const during = [checks.request(), checks.request(), checks.request()];
		expect(checks.runs).toBe(1);
		await finish();
		await expect(first).resolves.toBe(1);
		expect(checks.runs).toBe(2);
		await finish();
		await expect(Promise.all(during)).resolves.toEqual([2, 2, 2]);
		expect(checks.runs).toBe(2);
	});

	it('starts a new run for a request made after the queued run has started', async () => {
		const { task, finish } = controlledTask();
		const checks = new Coalescer(task);
		void checks.request();
		const second = checks.request();
		await finish(); // the second run starts
		const third = checks.request();
		await finish();
		await finish();
		await expect(second).resolves.toBe(2);
		await expect(third).resolves.toBe(3);
		expect(checks.runs).toBe(3);
	});

	it('runs the queued check even when the run before it failed', async () => {
		let run = 0;
		const checks = new Coalescer(async () => {
			run++;
			if (run === 1) throw new Error('unreadable');
			return run;
		});
		const first = checks.request();
		const second = checks.request();
		await expect(first).rejects.toThrow('unreadable');
		await expect(second).resolves.toBe(2);
		expect(checks.runs).toBe(2);
	});

	it('is idle only once the queued run has finished too', async () => {
		const { task, finish } = controlledTask();
		const checks = new Coalescer(task);
		void checks.request();
		void checks.request();
		let idle = false;
		void checks.idle().then(() => (idle = true));
		await finish();
		expect(idle).toBe(false);
		await finish();
		expect(idle).toBe(true);
		expect(checks.busy).toBe(false);
	});
});
