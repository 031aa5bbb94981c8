import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/node/read-content-dir.ts';

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
