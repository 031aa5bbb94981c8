/**
 * Runs a task so that requests made while it runs are merged into one more
 * run: the live preview checks the content once per save, and any number of
 * saves during a check give exactly one more check (which reads every one of
 * them), never one check per save. Pure: the task is given.
 */
export class Coalescer<T> {
	readonly #task: () => Promise<T>;
	/** The run in progress. */
	#running: Promise<T> | undefined;
	/** The one run queued behind it, shared by every request made meanwhile. */
	#queued: Promise<T> | undefined;
	#runs = 0;

	constructor(task: () => Promise<T>) {
		this.#task = task;
	}

	/** How many times the task has started. */
	get runs(): number {
		return this.#runs;
	}

	/** Is a run in progress or queued? */
	get busy(): boolean {
		return this.#running !== undefined;
	}

	/**
	 * Runs the task, or, while it runs, queues one more run (or joins the one
	 * already queued). Resolves with the result of a run that started after
	 * this request.
	 */
	request(): Promise<T> {
		if (!this.#running) return this.#start();
		this.#queued ??= this.#running.then(
			() => this.#startQueued(),
			() => this.#startQueued(),
		);
		return this.#queued;
	}

	/** Resolves once no run is in progress or queued (rejections are not passed on). */
	async idle(): Promise<void> {
		while (this.#running) await this.#running.catch(() => undefined);
	}

	#startQueued(): Promise<T> {
		this.#queued = undefined;
		return this.#start();
	}

	#start(): Promise<T> {
		this.#runs++;
		const run = Promise.resolve()
			.then(() => this.#task())
			.finally(() => {
				// With a run queued, this one stays current until the queued one
				// replaces it, so a request in between joins the queue.
				if (this.#running === run && !this.#queued) this.#running = undefined;
			});
		this.#running = run;
		return run;
	}
}
