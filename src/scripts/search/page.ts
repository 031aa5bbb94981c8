/**
 * The search page: results as you type, facets with counts, sorting, and the
 * whole state in the address (?q=…&tier=…&sort=…) so a search can be shared
 * and survives a reload. Content reaches the page only as text nodes (titles,
 * facet values) or through `excerptNodes` (excerpts); nothing is parsed as HTML.
 */
import { SEARCH_FACETS, SEARCH_SORTS, type SearchFacet, type SearchSort } from '../../lib/search/keys.ts';
import { excerptNodes } from './excerpt.ts';
import { type FilterCounts, loadPagefind, type Pagefind, type PagefindResult, type PagefindSearchOptions, resultData, type SearchHit } from './pagefind.ts';

type SortChoice = 'relevance' | SearchSort;
type Filters = Partial<Record<SearchFacet, string>>;

interface State {
	query: string;
	filters: Filters;
	sort: SortChoice;
}

/**
 * Results shown first, and added by each "Show more". Every result shown costs
 * a fragment download (about 1 KB); with 10,000 plans, Pagefind's metadata
 * and WebAssembly are already 200 KB of the 250 KB a first query may take.
 */
const FIRST_RESULTS = 10;
const MORE_RESULTS = 20;
/** Wait this long after the last keystroke before searching. */
const TYPING_DELAY_MS = 180;
/** Open facets (owner, region, industry) list this many values until "Show all" is chosen. */
const FACET_VALUES_SHOWN = 8;

const app = document.querySelector<HTMLElement>('[data-search-app]');
if (app) void start(app);

function isFacet(key: string): key is SearchFacet {
	return (SEARCH_FACETS as readonly string[]).includes(key);
}

function isSortChoice(value: string | null): value is SortChoice {
	return value === 'relevance' || (value !== null && Object.hasOwn(SEARCH_SORTS, value));
}

function readState(search: string): State {
	const params = new URLSearchParams(search);
	const filters: Filters = {};
	for (const facet of SEARCH_FACETS) {
		const value = params.get(facet);
		if (value) filters[facet] = value;
	}
	const sort = params.get('sort');
	return { query: params.get('q') ?? '', filters, sort: isSortChoice(sort) ? sort : 'relevance' };
}

function stateUrl(state: State): string {
	const params = new URLSearchParams();
	if (state.query.trim()) params.set('q', state.query.trim());
	for (const facet of SEARCH_FACETS) {
		const value = state.filters[facet];
		if (value) params.set(facet, value);
	}
	if (state.sort !== 'relevance') params.set('sort', state.sort);
	const query = params.toString();
	return `${location.pathname}${query ? `?${query}` : ''}`;
}

function searchOptions(filters: Filters, sort: SortChoice, term: string | null): PagefindSearchOptions {
	const options: PagefindSearchOptions = { filters: { ...filters } as Record<string, string> };
	// Without a query there is no relevance: list the most valuable accounts first.
	const key: SearchSort | undefined = sort === 'relevance' ? (term === null ? 'current' : undefined) : sort;
	if (key) options.sort = { [key]: SEARCH_SORTS[key] };
	return options;
}

/** Only links into this site (the index holds only plan pages; this guards against anything else). */
function safeHref(url: string): string {
	return url.startsWith('/') && !url.startsWith('//') ? url : '/accounts/';
}

type Say = (key: string, vars?: Record<string, string | number>) => string;

/** The page's dictionary: `{name}` placeholders filled in, numbers in the page's locale. */
function translator(messages: Record<string, string>, numbers: Intl.NumberFormat): Say {
	return (key, vars = {}) =>
		(messages[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => {
			const value = vars[name];
			return value === undefined ? whole : typeof value === 'number' ? numbers.format(value) : value;
		});
}

/** The page's controls, all in the server-rendered markup. */
function elementsOf(root: HTMLElement) {
	const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
	return {
		form,
		input: form.querySelector<HTMLInputElement>('input[name="q"]')!,
		sortSelect: form.querySelector<HTMLSelectElement>('select[name="sort"]')!,
		status: root.querySelector<HTMLElement>('[data-search-status]')!,
		hint: root.querySelector<HTMLElement>('[data-search-hint]')!,
		list: root.querySelector<HTMLOListElement>('[data-results]')!,
		more: root.querySelector<HTMLButtonElement>('[data-show-more]')!,
		clearAll: root.querySelector<HTMLButtonElement>('[data-clear-filters]')!,
	};
}

/** One result: its title as a link, its facts (tier, owner, value) and the excerpt, all as text nodes. */
function resultItem(item: SearchHit): HTMLLIElement {
	const li = document.createElement('li');
	li.className = 'result';
	const heading = document.createElement('h3');
	heading.className = 'result-title';
	const link = document.createElement('a');
	link.href = safeHref(item.url);
	link.textContent = item.meta.title ?? item.url;
	heading.append(link);
	const facts = document.createElement('p');
	facts.className = 'result-facts';
	for (const [name, text] of [
		['tier', item.meta.tier],
		['owner', item.meta.owner],
		['value', item.meta.current],
	] as const) {
		if (!text) continue;
		const span = document.createElement('span');
		span.className = `result-${name}`;
		span.textContent = text;
		facts.append(span);
	}
	const excerpt = document.createElement('p');
	excerpt.className = 'result-excerpt';
	excerpt.append(...excerptNodes(item.excerpt, item.content));
	li.append(heading, facts, excerpt);
	return li;
}

/** One facet value as a toggle button with its count. */
function facetValueItem(value: string, count: number, pressed: boolean, numbers: Intl.NumberFormat): HTMLLIElement {
	const li = document.createElement('li');
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'facet-value';
	button.dataset.value = value;
	button.setAttribute('aria-pressed', String(pressed));
	const label = document.createElement('span');
	label.className = 'facet-label';
	label.textContent = value;
	const counter = document.createElement('span');
	counter.className = 'facet-count';
	counter.textContent = numbers.format(count);
	button.append(label, ' ', counter);
	li.append(button);
	return li;
}

/**
 * A facet's values: those with results and the one chosen, in the facet's
 * natural order (closed facets) or by count then name; an open facet lists
 * FACET_VALUES_SHOWN of them (and the chosen one) until expanded.
 */
function facetValues(counts: Record<string, number>, active: string | undefined, order: string[] | undefined, expanded: boolean): { values: string[]; visible: string[] } {
	const values = Object.keys(counts).filter((value) => (counts[value] ?? 0) > 0 || value === active);
	if (active !== undefined && !values.includes(active)) values.push(active);
	values.sort((a, b) =>
		order
			? (order.indexOf(a) + 1 || Infinity) - (order.indexOf(b) + 1 || Infinity)
			: (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b, document.documentElement.lang || undefined),
	);
	const limited = !order && !expanded && values.length > FACET_VALUES_SHOWN;
	const visible = limited ? values.slice(0, FACET_VALUES_SHOWN) : values;
	if (limited && active !== undefined && !visible.includes(active)) visible.push(active);
	return { values, visible };
}

/** The status line: how many plans, for which query. */
function resultStatus(count: number, term: string | null, say: Say): string {
	if (count === 0) return term === null ? say('search.noResultsFilters') : say('search.noResults', { query: term });
	if (term === null) return count === 1 ? say('search.countOne') : say('search.count', { count });
	return count === 1 ? say('search.countQueryOne', { query: term }) : say('search.countQuery', { count, query: term });
}

/**
 * Facet counts for a query and filters. A facet in use counts its values as if
 * it were not set (the other facets and the query still apply), so the counts
 * say what choosing another value would give.
 */
async function facetCounts(pagefind: Pagefind, term: string | null, filters: Filters): Promise<FilterCounts> {
	const counts: FilterCounts = { ...(await pagefind.search(term, { filters: { ...filters } as Record<string, string> })).filters };
	await Promise.all(
		(Object.keys(filters) as SearchFacet[]).map(async (facet) => {
			const { [facet]: _, ...others } = filters;
			const without = await pagefind.search(term, { filters: others as Record<string, string> });
			counts[facet] = without.filters[facet] ?? {};
		}),
	);
	return counts;
}

async function start(root: HTMLElement) {
	const messages = JSON.parse(root.dataset.messages ?? '{}') as Record<string, string>;
	const facetOrder = JSON.parse(root.dataset.facetOrder ?? '{}') as Partial<Record<SearchFacet, string[]>>;
	const { form, input, sortSelect, status, hint, list, more, clearAll } = elementsOf(root);
	const numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);
	const say = translator(messages, numbers);

	const state = readState(location.search);
	input.value = state.query;
	sortSelect.value = state.sort;
	root.hidden = false;
	if (!state.query) input.focus();

	// Pagefind alone: the filter chunks for the facet counts load after the first results (see `run`).
	const ready: Promise<Pagefind> = loadPagefind();
	let failed = false;
	const fail = (error: unknown) => {
		if (failed) return;
		failed = true;
		console.error('search could not be loaded', error);
		status.textContent = say('search.error');
		document.querySelector<HTMLElement>('[data-search-fallback]')?.removeAttribute('hidden');
	};

	let generation = 0;
	let results: PagefindResult[] = [];
	/** The facet button to give focus back to after the facets are redrawn. */
	let refocus: { facet: string; value: string } | undefined;
	let shown = 0;
	/** Every filter chunk, loaded once after the first results (see `run`). */
	let facetsLoad: Promise<void> | undefined;
	let lastCounts: FilterCounts = {};
	const expanded = new Set<SearchFacet>();

	async function showMore(current: number) {
		const next = results.slice(shown, shown + (shown === 0 ? FIRST_RESULTS : MORE_RESULTS));
		const data = await Promise.all(next.map((result) => resultData(result)));
		if (current !== generation) return;
		list.append(...data.map(resultItem));
		shown += next.length;
		more.hidden = shown >= results.length;
	}

	function renderFacets(counts: FilterCounts) {
		lastCounts = counts;
		for (const facet of SEARCH_FACETS) {
			const fieldset = root.querySelector<HTMLFieldSetElement>(`[data-facet="${facet}"]`)!;
			const counted = counts[facet] ?? {};
			const active = state.filters[facet];
			const order = facetOrder[facet];
			const { values, visible } = facetValues(counted, active, order, expanded.has(facet));
			fieldset.querySelector('ul')!.replaceChildren(...visible.map((value) => facetValueItem(value, counted[value] ?? 0, value === active, numbers)));
			const toggle = fieldset.querySelector<HTMLButtonElement>('button.facet-more')!;
			toggle.hidden = order !== undefined || values.length <= FACET_VALUES_SHOWN;
			toggle.textContent = expanded.has(facet) ? say('search.fewerValues') : say('search.moreValues', { count: values.length });
			toggle.setAttribute('aria-expanded', String(expanded.has(facet)));
			fieldset.hidden = values.length === 0;
		}
		clearAll.hidden = Object.keys(state.filters).length === 0;
		if (refocus) {
			const { facet, value } = refocus;
			refocus = undefined;
			const buttons = root.querySelectorAll<HTMLButtonElement>(`[data-facet="${facet}"] button.facet-value`);
			([...buttons].find((button) => button.dataset.value === value) ?? input).focus();
		}
	}

	async function run() {
		const current = ++generation;
		delete root.dataset.ready;
		delete root.dataset.facetsReady;
		history.replaceState(null, '', stateUrl(state));
		const term = state.query.trim() || null;
		let pagefind: Pagefind;
		try {
			pagefind = await ready;
		} catch (error) {
			fail(error);
			return;
		}
		const main = await pagefind.search(term, searchOptions(state.filters, state.sort, term));
		if (current !== generation) return;
		results = main.results;
		shown = 0;
		list.replaceChildren();
		status.textContent = resultStatus(results.length, term, say);
		hint.hidden = results.length > 0;
		root.dataset.resultCount = String(results.length);
		await showMore(current);
		if (current !== generation) return;
		root.dataset.ready = 'true';

		// Facet counts come after the results: they need every filter chunk (10,000 plans
		// x 7 facets), the largest part of a big portfolio's first download, loaded once.
		facetsLoad ??= pagefind.filters().then(
			() => undefined,
			(error: unknown) => {
				facetsLoad = undefined;
				throw error;
			},
		);
		await facetsLoad;
		const counts = await facetCounts(pagefind, term, state.filters);
		if (current !== generation) return;
		renderFacets(counts);
		root.dataset.facetsReady = 'true';
	}

	const go = () => run().catch(fail);

	let typing: ReturnType<typeof setTimeout> | undefined;
	const runSoon = () => {
		clearTimeout(typing);
		// A search still running for older input must not report the page ready.
		generation++;
		delete root.dataset.ready;
		typing = setTimeout(() => void go(), TYPING_DELAY_MS);
	};

	input.addEventListener('input', () => {
		state.query = input.value;
		runSoon();
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(typing);
		state.query = input.value;
		void go();
	});
	sortSelect.addEventListener('change', () => {
		state.sort = isSortChoice(sortSelect.value) ? sortSelect.value : 'relevance';
		void go();
	});
	root.querySelector('[data-facets]')!.addEventListener('click', (event) => {
		const toggle = (event.target as Element).closest<HTMLButtonElement>('button.facet-more');
		const toggled = toggle?.closest<HTMLElement>('[data-facet]')?.dataset.facet;
		if (toggle && toggled && isFacet(toggled)) {
			if (expanded.has(toggled)) expanded.delete(toggled);
			else expanded.add(toggled);
			renderFacets(lastCounts);
			return;
		}
		const button = (event.target as Element).closest<HTMLButtonElement>('button.facet-value');
		if (!button) return;
		const facet = button.closest<HTMLElement>('[data-facet]')?.dataset.facet;
		const value = button.dataset.value;
		if (!facet || !isFacet(facet) || value === undefined) return;
		if (state.filters[facet] === value) delete state.filters[facet];
		else state.filters[facet] = value;
		refocus = { facet, value };
		void go();
	});
	clearAll.addEventListener('click', () => {
		state.filters = {};
		void go();
	});
	more.addEventListener('click', () => void showMore(generation));

	await go();
}
