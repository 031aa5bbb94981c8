/**
 * The content directory's Git repository: where it is, what a pull request
 * changes, and file contents at a revision (one `git cat-file --batch` for all).
 */
import { execFileSync, spawnSync } from 'node:child_process';

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 2 ** 20, stdio: ['ignore', 'pipe', 'pipe'] });

export interface ContentRepo {
	/** The repository's root directory. */
	root: string;
	/** The content directory inside it, with a trailing slash (`content/`), or '' when it is the root. */
	prefix: string;
}

/** The repository that holds `contentDir`; throws with Git's own message when there is none. */
export function contentRepo(contentDir: string): ContentRepo {
	const [root, prefix] = git(contentDir, ['rev-parse', '--show-toplevel', '--show-prefix']).split('\n');
	return { root: root!, prefix: prefix ?? '' };
}

/** The commit a pull request branched from: the merge base of `base` and HEAD (`base` itself when they share none). */
export function mergeBase(repo: ContentRepo, base: string): string {
	try {
		return git(repo.root, ['merge-base', base, 'HEAD']).trim();
	} catch {
		return git(repo.root, ['rev-parse', '--verify', `${base}^{commit}`]).trim();
	}
}

/** Files under `path` (repository-relative) that differ between two revisions. */
export function changedFiles(repo: ContentRepo, from: string, to: string, path: string): string[] {
	return git(repo.root, ['diff', '--name-only', '--no-renames', '-z', from, to, '--', path])
		.split('\0')
		.filter((p) => p !== '');
}

/** The bytes of each `path` (repository-relative) at `revision`; undefined where it does not exist. */
export function readAtRevision(repo: ContentRepo, revision: string, paths: readonly string[]): Map<string, Uint8Array | undefined> {
	const result = new Map<string, Uint8Array | undefined>();
	if (paths.length === 0) return result;
	const input = paths.map((p) => `${revision}:${p}`).join('\n') + '\n';
	const run = spawnSync('git', ['cat-file', '--batch'], { cwd: repo.root, input, maxBuffer: 1024 * 2 ** 20 });
	if (run.status !== 0) throw new Error(`git cat-file failed: ${run.stderr.toString().trim()}`);
	const out = run.stdout;
	let offset = 0;
	for (const path of paths) {
		const end = out.indexOf(10, offset);
		const header = out.subarray(offset, end).toString('utf8');
		offset = end + 1;
		const match = / (blob|tree|commit|tag) (\d+)$/.exec(header);
		if (!match) {
			result.set(path, undefined); // "<object> missing"
			continue;
		}
		const size = Number(match[2]);
		result.set(path, match[1] === 'blob' ? out.subarray(offset, offset + size) : undefined);
		offset += size + 1;
	}
	return result;
}
