/**
 * The header search box, on every page: a plain GET form to /search/?q=. This
 * loader is all that every page ships; the quick results (and Pagefind with
 * them) load only once the box gets focus. The search page has its own box.
 */
const form = document.querySelector<HTMLFormElement>('form[data-site-search]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');

if (form && input && !location.pathname.startsWith('/search/')) {
	let started = false;
	const start = () => {
		if (started) return;
		started = true;
		import('./quick-results.ts')
			.then(({ enhanceSearchBox }) => enhanceSearchBox(form, input))
			.catch((error: unknown) => console.error('search could not be loaded', error));
	};
	input.addEventListener('focus', start);
	if (document.activeElement === input) start();
}

// A module, not a global script (its names stay its own).
export {};
