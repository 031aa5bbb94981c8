/**
 * The content of `npm run dev`: read, validated and linted again after every
 * save (only the changed files are checked again), with problems kept as data
 * the pages render instead of errors that stop the server. The pages read the
 * state as snapshots of the live source (source.ts).
 */
import { Coalescer } from '../lib/coalesce.ts';
import { IncrementalValidator } from '../lib/content/incremental.ts';
import { previewContent } from '../lib/content/preview.ts';
import { ContentFileCache, readContentDir } from '../node/read-content-dir.ts';
import { validateContent } from '../lib/content/validate.ts';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { liveWiring } from './wiring.ts';
import type { LiveContent, LiveState } from './live-state.ts';
import { combined, PlanLintCache } from '../lint/lint-plans.ts';
import { checkLiveContent } from '../node/live-check.ts';

export class LivePreview implements LiveContent {
	readonly dir: string;
	#state: LiveState | undefined;
	readonly #validator = new IncrementalValidator();
	readonly #lintCache = new PlanLintCache();
	/** Files unchanged since the last check are not read again (and keep their bytes, which the caches compare by identity). */
	readonly #files = new ContentFileCache();
	/** The background lint the preview waits for, if any (checkLiveContent). */
	#lintDone: Promise<void> | undefined;
	readonly #lateCheckListeners: ((check: Promise<LiveState>) => void)[] = [];
	/** One check at a time; saves during a check are merged into one more. */
	readonly #checks = new Coalescer(() => this.#refreshOnce());

	constructor(dir: string) {
		this.dir = dir;
	}

	/** The last refreshed state (undefined before the first refresh). */
	get state(): LiveState | undefined {
		return this.#state;
	}

	/** How many checks of the content have started. */
	get checks(): number {
		return this.#checks.runs;
	}

	async settled(): Promise<LiveState | undefined> {
		await this.#checks.idle();
		return this.#state;
	}

	/** Hears each check the preview starts by itself (when a background lint is done), not started by a save. */
	onLateCheck(listener: (check: Promise<LiveState>) => void): void {
		this.#lateCheckListeners.push(listener);
	}

	/**
	 * Reads and checks the content again. Any number of calls during a check
	 * give one more check, which all of them resolve with.
	 */
	refresh(): Promise<LiveState> {
		return this.#checks.request();
	}

	async #refreshOnce(): Promise<LiveState> {
		const started = performance.now();
		const revision = (this.#state?.revision ?? 0) + 1;
		let next: LiveState;
		try {
			const snapshot = await readContentDir(this.dir, undefined, this.#files);
			// Only changed files are checked again; the first check of a large content directory runs on worker threads.
			const { validation, lint, lintDone } = await checkLiveContent(snapshot, this.#validator, this.#lintCache);
			next = { ...previewContent(validation, combined(validation.diagnostics, lint)), revision };
			// A large first lint runs in the background: once it is done, check again (the listeners apply that check).
			if (lintDone && lintDone !== this.#lintDone) {
				this.#lintDone = lintDone;
				void lintDone.then(() => {
					const check = this.refresh();
					for (const listener of this.#lateCheckListeners) listener(check);
				});
			}
		} catch (error) {
			// A content directory that is missing or unreadable: show it, keep serving.
			const readError = (error as Error).message;
			const problem: Diagnostic = { file: '.', field: '', severity: 'error', rule: 'content-dir', message: readError };
			next = { ...previewContent(validateContent({ accounts: [] }), [problem]), revision, readError };
		}
		next.checkMs = Math.round(performance.now() - started);
		this.#state = next;
		return next;
	}
}

/** The live preview of `dir`, created once per process. */
export function livePreview(dir: string): LivePreview {
	const live = liveWiring();
	if (live.preview?.dir === dir) return live.preview as LivePreview;
	const created = new LivePreview(dir);
	live.preview = created;
	return created;
}
