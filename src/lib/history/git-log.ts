/**
 * Parsers for the two git commands the history is built from, kept pure so
 * they are tested on fixed text: one `git log` over every plan (not one per
 * file), and one `git cat-file --batch` for the reviewed versions.
 */

/** Why a build has no history: git missing, the content outside a repository, a shallow clone, or git failed. */
export type HistoryUnavailable = 'no-git' | 'not-a-repository' | 'shallow' | 'failed';

/** `git log` pretty format: a record marker, then NUL-separated fields (git adds a NUL after it with -z). */
export const LOG_FORMAT = '%x1e%H%x00%an%x00%aI%x00%s';

export interface FileChange {
	/** Status letter as git prints it: A, M, D, R (renamed), C (copied), T... */
	status: string;
	/** Path after the change. */
	path: string;
	/** Path before a rename or copy. */
	from?: string;
}

export interface Commit {
	hash: string;
	author: string;
	/** Author date, strict ISO 8601 with the author's offset. */
	date: string;
	subject: string;
	files: FileChange[];
}

const STATUS = /^([ACDMRTUXB])\d*$/;

/**
 * Parses `git log -z --name-status --format=LOG_FORMAT`. With -z every field
 * and path is NUL-terminated and never quoted, so any path (spaces, Chinese,
 * quotes) survives; the subject is taken by position, so it may hold anything.
 */
export function parseGitLog(output: string): Commit[] {
	const tokens = output.split('\0');
	const commits: Commit[] = [];
	let i = 0;
	while (i < tokens.length) {
		const token = tokens[i]!.replace(/^\n/, '');
		if (!token.startsWith('\x1e')) {
			i++;
			continue;
		}
		const commit: Commit = { hash: token.slice(1), author: tokens[i + 1] ?? '', date: tokens[i + 2] ?? '', subject: tokens[i + 3] ?? '', files: [] };
		i += 4;
		for (;;) {
			const status = STATUS.exec((tokens[i] ?? '').replace(/^\n/, ''))?.[1];
			if (!status) break;
			if (status === 'R' || status === 'C') {
				commit.files.push({ status, from: tokens[i + 1]!, path: tokens[i + 2]! });
				i += 3;
			} else {
				commit.files.push({ status, path: tokens[i + 1]! });
				i += 2;
			}
		}
		commits.push(commit);
	}
	return commits;
}

/** One commit as seen from one file. */
export interface FileCommit {
	hash: string;
	author: string;
	date: string;
	/** The author's calendar date, YYYY-MM-DD. */
	day: string;
	subject: string;
	/** The file's path at this commit (it may have been renamed since). */
	path: string;
	status: string;
}

/**
 * Every file's commits, newest first, keyed by its newest path. Renames are
 * followed: commits before a rename count for the renamed file. Commits must
 * be given newest first, as `git log` prints them.
 */
export function historiesByFile(commits: readonly Commit[]): Map<string, FileCommit[]> {
	const histories = new Map<string, FileCommit[]>();
	// A path as it was at this point of history → the file's newest path.
	const renamedTo = new Map<string, string>();
	for (const commit of commits) {
		for (const change of commit.files) {
			const key = renamedTo.get(change.path) ?? change.path;
			const list = histories.get(key) ?? [];
			list.push({ hash: commit.hash, author: commit.author, date: commit.date, day: commit.date.slice(0, 10), subject: commit.subject, path: change.path, status: change.status });
			histories.set(key, list);
			// A copy starts a new file; only a rename carries the older history over.
			if (change.status === 'R' && change.from !== undefined) renamedTo.set(change.from, key);
		}
	}
	return histories;
}

/** The newest commit on or before a calendar date (commits newest first). */
export function lastCommitOnOrBefore(commits: readonly FileCommit[], day: string): FileCommit | undefined {
	return commits.find((commit) => commit.day <= day && commit.status !== 'D');
}

/**
 * Parses `git cat-file --batch` output for `count` requests: each answer is
 * `<oid> <type> <size>\n<bytes>\n`, or `<request> missing\n`.
 */
export function parseCatFileBatch(output: Uint8Array, count: number): (Uint8Array | undefined)[] {
	const results: (Uint8Array | undefined)[] = [];
	let offset = 0;
	const decoder = new TextDecoder();
	while (results.length < count && offset < output.length) {
		const end = output.indexOf(0x0a, offset);
		if (end === -1) break;
		const header = decoder.decode(output.subarray(offset, end));
		offset = end + 1;
		const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
		if (!match) {
			results.push(undefined); // missing, ambiguous...
			continue;
		}
		const size = Number(match[2]);
		results.push(match[1] === 'blob' ? output.subarray(offset, offset + size) : undefined);
		offset += size + 1;
	}
	while (results.length < count) results.push(undefined);
	return results;
}
