import { describe, expect, it } from 'vitest';
import { browserChoice, untar } from '../helpers/browser.ts';

describe('which Chromium the browser tests drive', () => {
	it.each([
		{ KAM_BROWSER: undefined, system: true, choice: 'system' },
		{ KAM_BROWSER: undefined, system: false, choice: 'npm' },
		{ KAM_BROWSER: 'auto', system: true, choice: 'system' },
		{ KAM_BROWSER: 'npm', system: true, choice: 'npm' },
		{ KAM_BROWSER: 'NPM', system: false, choice: 'npm' },
		{ KAM_BROWSER: 'system', system: false, choice: 'system' },
	] as const)('KAM_BROWSER=$KAM_BROWSER, Debian Chromium present $system: $choice', ({ KAM_BROWSER, system, choice }) => {
		expect(browserChoice({ KAM_BROWSER }, system)).toBe(choice);
	});

	it('an unknown KAM_BROWSER is an error that names the allowed values', () => {
		expect(() => browserChoice({ KAM_BROWSER: 'firefox' }, true)).toThrow('KAM_BROWSER is `firefox`: expected `npm`, `system` or `auto`.');
	});
});

describe('untar (the shipped browser’s library archive)', () => {
	const header = (name: string, size: number) => {
		const block = Buffer.alloc(512);
		block.write(name, 0, 'latin1');
		block.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
		block.write('0', 156, 'latin1');
		return block;
	};
	const padded = (text: string) => {
		const data = Buffer.alloc(Math.ceil(text.length / 512) * 512);
		data.write(text, 'latin1');
		return data;
	};

	it('reads each file, skipping the padding to the next 512-byte block', () => {
		const archive = Buffer.concat([header('lib/a.so', 3), padded('abc'), header('lib/b.so', 600), padded('x'.repeat(600)), Buffer.alloc(1024)]);
		expect(untar(archive).map((file) => [file.name, file.data.length])).toEqual([
			['lib/a.so', 3],
			['lib/b.so', 600],
		]);
		expect(untar(archive)[0]!.data.toString()).toBe('abc');
	});
});
