/**
 * The content source of src/data: `derived` computes an accessor's value once
 * per revision of the content, and a build's frozen source gives one snapshot.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { derived, frozenSource } from '../../src/data/content-source.ts';
import { registry } from '../../src/data/registry.ts';
import type { Snapshot } from '../../src/data/snapshot.ts';
import type { ScopedContent } from '../../src/lib/scope/scope.ts';

const content = { plans: [], people: [], visits: [], policy: {}, diagnostics: [] } as unknown as ScopedContent;
const at = (revision: number): Snapshot => ({ revision, content });

describe('derived', () => {
	afterEach(() => {
		delete registry().source;
	});

	it('computes once for a revision, however often it is asked', () => {
		let runs = 0;
		const count = derived(() => ++runs);
		expect([count.of(at(1)), count.of(at(1)), count.of(at(1))]).toEqual([1, 1, 1]);
		expect(runs).toBe(1);
	});

	it('computes again for a new revision', () => {
		let runs = 0;
		const count = derived(() => ++runs);
		expect([count.of(at(1)), count.of(at(2)), count.of(at(2))]).toEqual([1, 2, 2]);
		expect(runs).toBe(2);
	});

	it('does not keep a computation that threw: the next call of the same revision computes again', () => {
		let runs = 0;
		const flaky = derived(() => {
			runs++;
			if (runs === 1) throw new Error('first try fails');
			return 'second try';
		});
		expect(() => flaky.of(at(1))).toThrow('first try fails');
		expect(flaky.of(at(1))).toBe('second try');
		expect(runs).toBe(2);
	});

	it('does not keep a computation that rejected: the next call of the same revision computes again', async () => {
		let runs = 0;
		const flaky = derived(async () => {
			runs++;
			if (runs === 1) throw new Error('first try fails');
			return 'second try';
		});
		await expect(flaky.of(at(1))).rejects.toThrow('first try fails');
		await expect(flaky.of(at(1))).resolves.toBe('second try');
		await expect(flaky.of(at(1))).resolves.toBe('second try');
		expect(runs).toBe(2);
	});

	it('called without a snapshot, computes from the current snapshot of the process’s source', async () => {
		let current = at(4);
		registry().source = { snapshot: async () => current };
		const revision = derived((snapshot) => `revision ${snapshot.revision}`);
		await expect(revision()).resolves.toBe('revision 4');
		current = at(5);
		await expect(revision()).resolves.toBe('revision 5');
	});
});

describe('frozenSource', () => {
	async function handedOver(result: object): Promise<string> {
		const file = join(await mkdtemp(join(tmpdir(), 'kam-source-')), 'validated.json');
		await writeFile(file, JSON.stringify(result));
		return file;
	}

	it('gives the same snapshot, revision 0, every time it is asked', async () => {
		const source = frozenSource('/nowhere', await handedOver(content));
		const first = await source.snapshot();
		expect(first.revision).toBe(0);
		expect(first.preview).toBeUndefined();
		expect(first.content.plans).toEqual([]);
		expect(await source.snapshot()).toBe(first);
		expect(await source.snapshot()).toBe(first);
	});

	it('content with an error is no snapshot but an error naming it: nothing is published', async () => {
		const error = { file: 'accounts/a.mdx', field: 'tier', line: 3, severity: 'error', rule: 'invalid-enum', message: 'tier: expected one of `major`, `named`; found `platinum`' };
		const source = frozenSource('/nowhere', await handedOver({ ...content, diagnostics: [error] }));
		await expect(source.snapshot()).rejects.toThrow(/^KAM content has errors; nothing is published\.\naccounts\/a\.mdx\n.*found `platinum`/);
	});
});
