/**
 * The Content-Security-Policy of every page (a `<meta>`, as a static host may
 * not let us set headers). Only the site's own files may run or style the page:
 * Astro emits every script and stylesheet as a file (see astro.config.mjs), and
 * Pagefind needs WebAssembly ('wasm-unsafe-eval'). No inline code, no other host.
 */
export const CONTENT_SECURITY_POLICY = cspFor({ dev: false });

/**
 * The policy for a page. The dev server (`npm run dev`) injects each stylesheet
 * as a `<style>` element so it can swap it on a save, so there, and only there,
 * inline styles are allowed; scripts stay limited to the site's own files.
 */
export function cspFor({ dev }: { dev: boolean }): string {
	return [
		"default-src 'self'",
		"script-src 'self' 'wasm-unsafe-eval'",
		dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self'",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'self'",
	].join('; ');
}
