/**
 * Quick results under the header search box: the first few plans as you type,
 * and a link to the full search page. Enter submits the form to /search/?q=.
 * Titles and facts are set as text; no content is parsed as HTML.
 */
import { loadPagefind, resultData } from './pagefind.ts';

const QUICK_RESULTS = 5;
const TYPING_DELAY_MS = 150;

export async function enhanceSearchBox(form: HTMLFormElement, input: HTMLInputElement): Promise<void> {
	const labels = document.querySelector<HTMLElement>('[data-site-search-labels]')?.dataset ?? {};
	const seeAllLabel = labels.seeAll ?? 'See all results';
	const noResults = document.createElement('p');
	noResults.className = 'quick-results-none';
	const panel = document.createElement('div');
	panel.className = 'quick-results';
	panel.id = 'site-search-results';
	panel.hidden = true;
	const list = document.createElement('ul');
	const seeAll = document.createElement('a');
	seeAll.className = 'quick-results-all';
	seeAll.textContent = seeAllLabel;
	panel.append(noResults, list, seeAll);
	form.append(panel);
	input.setAttribute('aria-controls', panel.id);
	input.setAttribute('aria-expanded', 'false');

	const close = () => {
		panel.hidden = true;
		input.setAttribute('aria-expanded', 'false');
	};

	const pagefind = await loadPagefind();
	let generation = 0;
	let typing: ReturnType<typeof setTimeout> | undefined;

	const update = async () => {
		const current = ++generation;
		const term = input.value.trim();
		if (!term) {
			close();
			return;
		}
		const search = await pagefind.search(term);
		const data = await Promise.all(search.results.slice(0, QUICK_RESULTS).map((result) => resultData(result)));
		if (current !== generation) return;
		list.replaceChildren(
			...data.map((item) => {
				const li = document.createElement('li');
				const link = document.createElement('a');
				link.href = item.url.startsWith('/') && !item.url.startsWith('//') ? item.url : '/accounts/';
				const title = document.createElement('span');
				title.className = 'quick-title';
				title.textContent = item.meta.title ?? item.url;
				const facts = document.createElement('span');
				facts.className = 'quick-facts';
				facts.textContent = [item.meta.tier, item.meta.owner].filter(Boolean).join(' · ');
				link.append(title, facts);
				li.append(link);
				return li;
			}),
		);
		noResults.hidden = data.length > 0;
		noResults.textContent = (labels.noResults ?? 'No plan matches “{query}”.').replace('{query}', () => term);
		seeAll.hidden = data.length === 0;
		seeAll.href = `/search/?q=${encodeURIComponent(term)}`;
		seeAll.textContent = `${seeAllLabel} (${new Intl.NumberFormat(document.documentElement.lang || undefined).format(search.results.length)})`;
		panel.hidden = false;
		input.setAttribute('aria-expanded', 'true');
	};

	input.addEventListener('input', () => {
		clearTimeout(typing);
		typing = setTimeout(() => void update(), TYPING_DELAY_MS);
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') close();
	});
	form.addEventListener('focusout', (event) => {
		if (!form.contains(event.relatedTarget as Node | null)) close();
	});
	if (input.value.trim()) void update();
}
