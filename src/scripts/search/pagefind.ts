/**
 * Loads Pagefind's browser API (`/pagefind/pagefind.js`, its worker and its
 * WebAssembly) on demand: the header box calls this on focus, the search page
 * on load. The URL is only known at run time (the index is written after the
 * site is bundled), so the bundler must not try to resolve it.
 */

export interface PagefindResultData {
	url: string;
	/** Plain text with `<`, `>` escaped and matches wrapped in `<mark>`; see `excerpt.ts`. */
	excerpt: string;
	/** The page's indexed text, unescaped. */
	content?: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
}

export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}

/** Counts per facet value: `{ tier: { Major: 3, Named: 5 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearch {
	results: PagefindResult[];
	unfilteredResultCount: number;
	/** Counts among this search's results (with its filters). */
	filters: FilterCounts;
	/** Counts among this search's results without its filters. */
	totalFilters: FilterCounts;
}

export interface PagefindSearchOptions {
	filters?: Record<string, string | string[]>;
	sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch>;
	preload(term: string, options?: PagefindSearchOptions): Promise<void>;
	/** Loads every facet's values (all filter chunks) and returns their counts over all pages. */
	filters(): Promise<FilterCounts>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
let loading: Promise<Pagefind> | undefined;

/** Pagefind, loaded once per page; a failed load may be retried. */
export function loadPagefind(): Promise<Pagefind> {
	loading ??= (async () => {
		const url = PAGEFIND_URL;
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		// Search on the page's own thread. Pagefind 1.6's web worker sometimes returns the
		// first search's result data without match locations (no highlights, excerpt from the
		// top of the page), and skipping it saves fetching pagefind-worker.js; searching
		// thousands of plans takes milliseconds either way.
		await pagefind.options({ noWorker: true, excerptLength: 30 });
		await pagefind.init();
		return pagefind;
	})().catch((error: unknown) => {
		loading = undefined;
		throw error;
	});
	return loading;
}

/** What a result shows, copied out of Pagefind's data. */
export interface SearchHit {
	url: string;
	excerpt: string;
	/** The page's indexed text, kept only when it holds a literal `&lt;` or `&gt;` (excerpt.ts reads the excerpt back against it). */
	content?: string;
	meta: Record<string, string | undefined>;
}

const loadsInFlight = new Map<string, Promise<unknown>>();

/**
 * A result's data, one load per page at a time, copied as soon as it arrives.
 * Pagefind 1.6 caches one object per page and writes each search's match
 * locations and excerpt into it, so two loads of the same page in flight (the
 * previous search's and the new one's) can leave the new result showing the
 * old excerpt, without highlights.
 */
export function resultData(result: PagefindResult): Promise<SearchHit> {
	const previous = loadsInFlight.get(result.id) ?? Promise.resolve();
	const load = previous
		.catch(() => undefined)
		.then(() => result.data())
		.then((data) => ({ url: data.url, excerpt: data.excerpt, ...(data.content !== undefined && /&[lg]t;/.test(data.content) ? { content: data.content } : {}), meta: { ...data.meta } }));
	loadsInFlight.set(result.id, load);
	void load.finally(() => {
		if (loadsInFlight.get(result.id) === load) loadsInFlight.delete(result.id);
	}).catch(() => undefined);
	return load;
}

