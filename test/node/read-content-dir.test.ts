import { mkdir, mkdtemp, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentSnapshot } from '../../src/lib/content/validate.ts';
import { ContentFileCache, readContentDir } from '../../src/node/read-content-dir.ts';

describe('readContentDir', () => {
	it('lists the images plans may show: outside accounts/ and hidden folders, of a published type', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'kam-images-'));
		const files = ['accounts/acme.mdx', 'accounts/photo.png', 'assets/org.png', 'assets/sub/map.JPEG', 'assets/logo.svg', 'assets/notes.txt', '.git/icon.png', 'assets/.cache/thumb.png', 'cover.webp'];
		for (const file of files) {
			await mkdir(join(dir, file, '..'), { recursive: true });
			await writeFile(join(dir, file), '');
		}
		expect((await readContentDir(dir)).images).toEqual(['assets/org.png', 'assets/sub/map.JPEG', 'cover.webp']);
	});
});

describe('readContentDir with a ContentFileCache', () => {
	const longAgo = new Date('2026-01-01T00:00:00Z');
	const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

	/** A content directory whose files were last changed long ago (so their stat can be trusted). */
	async function content(files: Record<string, string>): Promise<string> {
		const dir = await mkdtemp(join(tmpdir(), 'kam-cache-'));
		for (const [file, text] of Object.entries(files)) await put(dir, file, text, longAgo);
		return dir;
	}

	async function put(dir: string, file: string, text: string, time?: Date): Promise<void> {
		await mkdir(join(dir, file, '..'), { recursive: true });
		await writeFile(join(dir, file), text);
		if (time) await utimes(join(dir, file), time, time);
	}

	const base = {
		'policy.yaml': 'policy: 1\n',
		'people.yaml': 'people: 1\n',
		'accounts/east/acme.mdx': 'acme v1\n',
		'accounts/east/beta.mdx': 'beta v1\n',
		'accounts/gamma.mdx': 'gamma v1\n',
		'visits/acme/2026-01-02.mdx': 'visit v1\n',
	};

	// With the default racy window every file here is read again (all were written a moment ago); with none, only changed ones.
	it.each([['the default racy window', 2000], ['no racy window', 0]])('gives what a full read gives after a change, an add, a delete and a rename, with %s', async (_, racyMs) => {
		const dir = await content(base);
		const cache = new ContentFileCache({ racyMs });
		expect(await readContentDir(dir, undefined, cache)).toEqual(await readContentDir(dir));
		const steps: [string, () => Promise<unknown>][] = [
			['change of the same size, at once', () => put(dir, 'accounts/east/acme.mdx', 'acme v2\n')],
			['another change of the same size, at once', () => put(dir, 'accounts/east/acme.mdx', 'acme v3\n')],
			['change with an old time kept', () => put(dir, 'accounts/gamma.mdx', 'gamma v2, longer\n', longAgo)],
			['add', () => put(dir, 'accounts/east/delta.mdx', 'delta v1\n')],
			['delete', () => rm(join(dir, 'accounts/east/beta.mdx'))],
			['rename', () => rename(join(dir, 'accounts/gamma.mdx'), join(dir, 'accounts/east/gamma.mdx'))],
			['policy change', () => put(dir, 'policy.yaml', 'policy: 2\n')],
			['people deleted', () => rm(join(dir, 'people.yaml'))],
			['people back', () => put(dir, 'people.yaml', 'people: 3\n')],
			['visit change', () => put(dir, 'visits/acme/2026-01-02.mdx', 'visit v2\n')],
		];
		for (const [, step] of steps) {
			// Apart by more than a clock tick of the file system, so a change of the same size changes the mtime.
			await tick();
			await step();
			await tick();
			expect(await readContentDir(dir, undefined, cache)).toEqual(await readContentDir(dir));
		}
	});

	it('reads only the files whose stat changed, and keeps the bytes of the others', async () => {
		const dir = await content(base);
		await tick();
		// Files written here have a ctime of now: trusted at once.
		const cache = new ContentFileCache({ racyMs: 0 });
		const first = await readContentDir(dir, undefined, cache);
		expect(cache.reads).toBe(6);
		await put(dir, 'accounts/east/beta.mdx', 'beta v2, longer\n', new Date('2026-02-01T00:00:00Z'));
		await tick();
		const second = await readContentDir(dir, undefined, cache);
		expect(cache.reads).toBe(1);
		const bytes = (snapshot: ContentSnapshot, path: string) => snapshot.accounts.find((file) => file.path === path)!.bytes;
		expect(new TextDecoder().decode(bytes(second, 'accounts/east/beta.mdx'))).toBe('beta v2, longer\n');
		expect(bytes(second, 'accounts/east/acme.mdx')).toBe(bytes(first, 'accounts/east/acme.mdx'));
		expect(bytes(second, 'accounts/east/beta.mdx')).not.toBe(bytes(first, 'accounts/east/beta.mdx'));
		expect(second.policy!.bytes).toBe(first.policy!.bytes);
	});

	it('reads a file changed a moment ago again on every read, keeping its bytes object while they are the same', async () => {
		// Every file was just written (its ctime is now): within the default 2 s, read again however often it is asked.
		const dir = await content(base);
		const racy = new ContentFileCache();
		const first = await readContentDir(dir, undefined, racy);
		const second = await readContentDir(dir, undefined, racy);
		expect(racy.reads).toBe(6);
		expect(second.accounts.map((file) => file.bytes)).toEqual(first.accounts.map((file) => file.bytes));
		second.accounts.forEach((file, i) => expect(file.bytes).toBe(first.accounts[i]!.bytes));
	});
});
