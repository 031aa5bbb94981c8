/**
 * The Content-Security-Policy of every page (a `<meta>`, as a static host may
 * not let us set headers). Only the site's own files may run or style the page:
 * Astro emits every script and stylesheet as a file (see astro.config.mjs), and
 * Pagefind needs WebAssembly ('wasm-unsafe-eval'). No inline code, no other host.
 */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'self'",
].join('; ');
