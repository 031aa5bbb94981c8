/**
 * Reads the content repository's history for every plan with a handful of git
 * processes, whatever the number of plans: `rev-parse` (is there a complete
 * repository?), ONE `git log` over accounts/, the branch for edit links, and
 * ONE `git cat-file --batch` for the versions of the plans at their last review
 * and, for the plans asked for (the progress report's), at a given date.
 */
import { lastReviewDate } from '../lib/engine/review-record.ts';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { type PlanFrontmatter, planFrontmatter } from '../../schemas/plan.ts';
import type { Policy } from '../../schemas/policy.ts';
import { decodeContentFile, splitPlan } from '../lib/content/source-file.ts';
import { parseYaml } from '../lib/content/yaml.ts';
import { type PlanChange, planChanges } from '../lib/history/changes.ts';
import { type FileCommit, type HistoryUnavailable, historiesByFile, LOG_FORMAT, lastCommitOnOrBefore, parseCatFileBatch, parseGitLog } from '../lib/history/git-log.ts';

const run = promisify(execFile);

/** What differs since the last review, or why that cannot be said. */
export type SinceReview =
	/** The plan has no `review.last`. */
	| { state: 'never-reviewed' }
	/** The review date is older than the file's first commit. */
	| { state: 'before-history'; reviewed: string }
	/** The version at the review does not parse or validate any more. */
	| { state: 'unreadable'; reviewed: string; commit: FileCommit }
	| { state: 'compared'; reviewed: string; commit: FileCommit; changes: PlanChange[] };

/** The plan as committed on or before a date (the progress report's period start), or why there is none. */
export type VersionAt =
	/** The history does not reach back to the date: no plan was committed on or before it. */
	| { state: 'before-history'; date: string }
	/** The plan did not exist on the date: it was added later (or is not committed yet). */
	| { state: 'absent'; date: string }
	/** The version on the date does not parse or validate any more. */
	| { state: 'unreadable'; date: string; commit: FileCommit }
	| { state: 'read'; date: string; commit: FileCommit; frontmatter: PlanFrontmatter };

export interface PlanHistory {
	/** Path relative to the content directory. */
	file: string;
	/** Path relative to the repository root, for edit links. */
	repoPath: string;
	/** Commits that touched the plan, newest first (empty when not committed yet). */
	commits: FileCommit[];
	sinceReview: SinceReview;
	/** The plan on `options.at.date`; only for the plans in `options.at.files`. */
	atDate?: VersionAt;
}

export type HistoryResult =
	| { available: false; reason: HistoryUnavailable; detail?: string }
	| {
			available: true;
			/** The branch edit links open: the remote's default branch, else the current one. */
			branch?: string;
			/** By plan file, relative to the content directory. */
			plans: Map<string, PlanHistory>;
	  };

export interface HistoryPlan {
	file: string;
	frontmatter: PlanFrontmatter;
}

export interface HistoryOptions {
	/** Also read these plans (files relative to the content directory) as committed on or before `date`. */
	at?: { date: string; files: readonly string[] };
	/** The policy, so "changes since the last review" compares vocabulary fields by the entries they name. */
	policy?: Policy;
	/** Kept between reads (the live preview reads the history after every save): see GitHistoryCache. */
	cache?: GitHistoryCache;
}

/**
 * What one read of the history can hand the next: the log of accounts/ as of
 * a HEAD commit (read again only when HEAD moved), each committed version read
 * (a blob never changes) and the changes since the review worked out from it
 * (again only when the plan, that version or the policy changed). At 10,000
 * plans a read without it takes about 3 s, most of it parsing the versions.
 * Holds only what the last read used.
 */
export class GitHistoryCache {
	log: { key: string; histories: Map<string, FileCommit[]> } | undefined;
	versions = new Map<string, PlanFrontmatter | undefined>();
	changes = new Map<string, { before: PlanFrontmatter; after: PlanFrontmatter; policy: string; changes: PlanChange[] }>();
}

async function git(cwd: string, args: string[]): Promise<string> {
	const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
	return stdout;
}

/** `git cat-file --batch`: many objects through one process. */
function catFiles(cwd: string, requests: readonly string[]): Promise<(Uint8Array | undefined)[]> {
	if (requests.length === 0) return Promise.resolve([]);
	return new Promise((resolve, reject) => {
		const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
		const chunks: Buffer[] = [];
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve(parseCatFileBatch(Buffer.concat(chunks), requests.length)) : reject(new Error(`git cat-file failed: ${stderr}`))));
		child.stdin.end(requests.map((r) => `${r}\n`).join(''));
	});
}

function frontmatterOf(file: string, bytes: Uint8Array): PlanFrontmatter | undefined {
	const text = decodeContentFile(file, bytes).text;
	const split = text === undefined ? undefined : splitPlan(file, text).plan;
	if (!split) return undefined;
	const parsed = parseYaml(split.frontmatter, { file });
	if (parsed.diagnostics.length > 0) return undefined;
	const result = planFrontmatter.safeParse(parsed.value);
	return result.success ? result.data : undefined;
}

/**
 * The history of each plan in `contentDir`. Never throws for a missing git, a
 * directory outside any repository or a shallow clone: the result says
 * `available: false` and why, and the portal says so.
 */
export async function readPlanHistory(contentDir: string, plans: readonly HistoryPlan[], options: HistoryOptions = {}): Promise<HistoryResult> {
	let prefix: string;
	try {
		const [inside, shallow, showPrefix] = (await git(contentDir, ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository', '--show-prefix'])).split('\n');
		if (inside !== 'true') return { available: false, reason: 'not-a-repository' };
		if (shallow === 'true') return { available: false, reason: 'shallow' };
		prefix = showPrefix ?? '';
	} catch (error) {
		const e = error as NodeJS.ErrnoException & { stderr?: string };
		if (e.code === 'ENOENT') return { available: false, reason: 'no-git' };
		if (/not a git repository/i.test(e.stderr ?? '')) return { available: false, reason: 'not-a-repository' };
		return { available: false, reason: 'failed', detail: e.stderr?.trim() || e.message };
	}

	try {
		const cache = options.cache;
		// The log as of HEAD: with a cache, read again only when HEAD moved (no commits yet: read as before).
		const head = cache ? (await git(contentDir, ['rev-parse', '-q', '--verify', 'HEAD']).catch(() => '')).trim() : '';
		const logKey = `${head}\n${prefix}`;
		let histories: Map<string, FileCommit[]>;
		if (cache && head && cache.log?.key === logKey) histories = cache.log.histories;
		else {
			// Paths relative to the content directory (--relative), renames detected (-M), NUL-safe (-z).
			const log = await git(contentDir, ['-c', 'core.quotePath=false', 'log', '-z', '-M', '--name-status', '--relative', `--format=${LOG_FORMAT}`, '--', 'accounts']);
			histories = historiesByFile(parseGitLog(log));
			if (cache) cache.log = head ? { key: logKey, histories } : undefined;
		}
		const branch = await defaultBranch(contentDir);
		const policyText = cache ? JSON.stringify(options.policy ?? null) : '';
		/** The changes since the review: with a cache, remembered while the plan, the version and the policy are the same. */
		const changesSince = (file: string, before: PlanFrontmatter, after: PlanFrontmatter): PlanChange[] => {
			if (!cache) return planChanges(before, after, options.policy);
			const known = cache.changes.get(file);
			if (known && known.before === before && known.after === after && known.policy === policyText) return known.changes;
			const changes = planChanges(before, after, options.policy);
			cache.changes.set(file, { before, after, policy: policyText, changes });
			return changes;
		};

		const result = new Map<string, PlanHistory>();
		// Every version to read goes through the one cat-file batch: the reviewed ones, then those on `at.date`.
		const toRead: { file: string; commit: FileCommit; done: (before: PlanFrontmatter | undefined) => void }[] = [];
		for (const plan of plans) {
			const commits = histories.get(plan.file) ?? [];
			const reviewed = lastReviewDate(plan.frontmatter.review);
			const entry: PlanHistory = { file: plan.file, repoPath: `${prefix}${plan.file}`, commits, sinceReview: { state: 'never-reviewed' } };
			if (reviewed !== undefined) {
				const commit = lastCommitOnOrBefore(commits, reviewed);
				entry.sinceReview = { state: 'before-history', reviewed };
				if (commit && !commit.path.includes('\n')) {
					toRead.push({
						file: plan.file,
						commit,
						done: (before) =>
							(entry.sinceReview = before ? { state: 'compared', reviewed, commit, changes: changesSince(plan.file, before, plan.frontmatter) } : { state: 'unreadable', reviewed, commit }),
					});
				}
			}
			result.set(plan.file, entry);
		}

		const at = options.at;
		if (at) {
			// Whether any plan was committed by then: if none was, the plans' history begins later and cannot say what existed.
			const reachesBack = [...histories.values()].some((commits) => commits.some((commit) => commit.day <= at.date));
			for (const file of at.files) {
				const entry = result.get(file);
				if (!entry) continue;
				// A plan deleted by then (and added again later) did not exist on the date.
				const deleted = entry.commits.find((commit) => commit.day <= at.date)?.status === 'D';
				const commit = deleted ? undefined : lastCommitOnOrBefore(entry.commits, at.date);
				if (!reachesBack) entry.atDate = { state: 'before-history', date: at.date };
				else if (!commit) entry.atDate = { state: 'absent', date: at.date };
				else if (commit.path.includes('\n')) entry.atDate = { state: 'unreadable', date: at.date, commit };
				else {
					entry.atDate = { state: 'unreadable', date: at.date, commit };
					toRead.push({ file, commit, done: (before) => before && (entry.atDate = { state: 'read', date: at.date, commit, frontmatter: before }) });
				}
			}
		}

		const refs = toRead.map(({ commit }) => `${commit.hash}:${prefix}${commit.path}`);
		// With a cache, only versions not read before go to cat-file; it keeps those this read used.
		const known = cache?.versions ?? new Map<string, PlanFrontmatter | undefined>();
		const unread = [...new Set(refs.filter((ref) => !known.has(ref)))];
		const blobs = await catFiles(contentDir, unread);
		const read = new Map(unread.map((ref, index) => [ref, blobs[index]]));
		const versions = new Map<string, PlanFrontmatter | undefined>();
		toRead.forEach(({ file, done }, index) => {
			const ref = refs[index]!;
			if (!versions.has(ref)) {
				const bytes = read.get(ref);
				versions.set(ref, known.has(ref) ? known.get(ref) : bytes && frontmatterOf(file, bytes));
			}
			done(versions.get(ref));
		});
		if (cache) {
			cache.versions = versions;
			const files = new Set(plans.map((plan) => plan.file));
			for (const file of cache.changes.keys()) if (!files.has(file)) cache.changes.delete(file);
		}
		return { available: true, ...(branch && { branch }), plans: result };
	} catch (error) {
		const e = error as Error & { stderr?: string };
		return { available: false, reason: 'failed', detail: e.stderr?.trim() || e.message };
	}
}

/** `origin/HEAD`'s branch when the clone knows it, else the checked-out branch. */
async function defaultBranch(cwd: string): Promise<string | undefined> {
	const remote = await git(cwd, ['symbolic-ref', '-q', '--short', 'refs/remotes/origin/HEAD']).catch(() => '');
	if (remote.trim()) return remote.trim().replace(/^origin\//, '');
	const current = await git(cwd, ['branch', '--show-current']).catch(() => '');
	return current.trim() || undefined;
}
