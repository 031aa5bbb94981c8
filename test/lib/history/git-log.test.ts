import { describe, expect, it } from 'vitest';
import { historiesByFile, lastCommitOnOrBefore, parseCatFileBatch, parseGitLog } from '../../../src/lib/history/git-log.ts';

const H1 = 'a'.repeat(40);
const H2 = 'b'.repeat(40);
const H3 = 'c'.repeat(40);

/** What `git log -z --name-status --format=LOG_FORMAT` prints: fields and paths NUL-terminated, never quoted. */
const LOG = [
	`\x1e${H3}\0王芳\x002026-06-01T12:00:00+08:00\0Rename: east/"quoted" \x1e odd subject\0`,
	'\nR087\0accounts/acme.mdx\0accounts/east china/acme.mdx\0',
	'A\0accounts/新 plan.mdx\0',
	`\x1e${H2}\0Li Wei\x002026-03-01T23:30:00-05:00\0Review\0`,
	'\nM\0accounts/acme.mdx\0',
	`\x1e${H1}\0Li Wei\x002026-01-10T09:00:00+08:00\0Add\0`,
	'\nA\0accounts/acme.mdx\0C100\0accounts/acme.mdx\0accounts/copy.mdx\0',
].join('');

describe('parseGitLog', () => {
	it('reads commits, authors, dates, subjects and paths with any characters', () => {
		const commits = parseGitLog(LOG);
		expect(commits.map((c) => [c.hash, c.author, c.subject])).toEqual([
			[H3, '王芳', 'Rename: east/"quoted" \x1e odd subject'],
			[H2, 'Li Wei', 'Review'],
			[H1, 'Li Wei', 'Add'],
		]);
		expect(commits[0]!.files).toEqual([
			{ status: 'R', from: 'accounts/acme.mdx', path: 'accounts/east china/acme.mdx' },
			{ status: 'A', path: 'accounts/新 plan.mdx' },
		]);
		expect(commits[2]!.files[1]).toEqual({ status: 'C', from: 'accounts/acme.mdx', path: 'accounts/copy.mdx' });
	});

	it('reads nothing from empty output', () => {
		expect(parseGitLog('')).toEqual([]);
	});
});

describe('historiesByFile', () => {
	const histories = historiesByFile(parseGitLog(LOG));

	it('follows a rename back to the first commit, keyed by the newest path', () => {
		expect(histories.get('accounts/east china/acme.mdx')!.map((c) => [c.hash, c.path, c.status])).toEqual([
			[H3, 'accounts/east china/acme.mdx', 'R'],
			[H2, 'accounts/acme.mdx', 'M'],
			[H1, 'accounts/acme.mdx', 'A'],
		]);
		expect(histories.has('accounts/acme.mdx')).toBe(false);
	});

	it("starts a copy's history at the copy", () => {
		expect(histories.get('accounts/copy.mdx')!.map((c) => c.hash)).toEqual([H1]);
	});

	it("dates a commit by the author's own calendar day", () => {
		expect(histories.get('accounts/east china/acme.mdx')![1]!.day).toBe('2026-03-01');
	});
});

describe('lastCommitOnOrBefore', () => {
	const commits = historiesByFile(parseGitLog(LOG)).get('accounts/east china/acme.mdx')!;
	it('takes the newest commit on or before the day', () => {
		expect(lastCommitOnOrBefore(commits, '2026-03-01')?.hash).toBe(H2);
		expect(lastCommitOnOrBefore(commits, '2026-05-31')?.hash).toBe(H2);
		expect(lastCommitOnOrBefore(commits, '2026-12-31')?.hash).toBe(H3);
		expect(lastCommitOnOrBefore(commits, '2025-12-31')).toBeUndefined();
	});
});

describe('parseCatFileBatch', () => {
	it('splits blobs by their byte sizes, and marks missing objects', () => {
		const body = new TextEncoder().encode('名称\n');
		const out = Buffer.concat([
			Buffer.from(`${H1} blob ${body.length}\n`),
			Buffer.from(body),
			Buffer.from('\n'),
			Buffer.from(`${H2}:accounts/gone.mdx missing\n`),
			Buffer.from(`${H3} blob 2\nok\n`),
		]);
		const [first, second, third] = parseCatFileBatch(out, 3);
		expect(new TextDecoder().decode(first)).toBe('名称\n');
		expect(second).toBeUndefined();
		expect(new TextDecoder().decode(third)).toBe('ok');
	});
});

