import type { Loader } from 'astro/loaders';
import { hasErrors } from '../lib/diagnostics.ts';
import { contentDirFromEnv } from '../node/content-dir.ts';
import type { ValidationResult } from '../lib/content/validate.ts';
import { validatedFileReady } from '../build/handover.ts';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';

const CACHE = Symbol.for('kam-portal.validation');
type Cache = { dir: string; result: Promise<ValidationResult> };

/**
 * Validates the content directory once per process. The CLI build validates
 * first and shares the result here, so Astro sees exactly what was checked.
 */
export function loadValidatedContent(dir = contentDirFromEnv()): Promise<ValidationResult> {
	const store = globalThis as typeof globalThis & { [CACHE]?: Cache };
	const cached = store[CACHE];
	if (cached && cached.dir === dir) return cached.result;
	// `npm run build` validates once and hands the result to Astro's process in a
	// file, written while Astro starts up (see handover.ts).
	const handedOver = process.env.KAM_VALIDATED_FILE;
	const result = handedOver
		? validatedFileReady()
				.then(() => readFile(handedOver, 'utf8'))
				.then((text) => JSON.parse(text) as ValidationResult)
		: // Loaded only here: Astro's process, handed the result, never loads the validator.
			import('../node/validate-parallel.ts').then(({ readAndValidateContent }) => readAndValidateContent(dir));
	store[CACHE] = { dir, result };
	return result;
}

/** The validated content, or an error naming every problem when it has any. */
export async function loadValidContent(): Promise<ValidationResult> {
	const result = await loadValidatedContent();
	if (hasErrors(result.diagnostics)) {
		// Loaded only here: a build handed valid content never needs the reporter.
		const { formatPretty, coloursFor } = await import('../lib/format-diagnostics.ts');
		const report = formatPretty(result.diagnostics, coloursFor(false, process.env));
		throw new Error(`KAM content has errors; nothing is published.\n${report}`);
	}
	return result;
}

/**
 * Account plans, for rendering their MDX bodies. The entries carry no data:
 * the portfolio is computed from the validated content itself (portal.ts), so
 * the frontmatter is neither parsed twice nor copied into Astro's data store.
 */
export function planLoader(): Loader {
	return {
		name: 'kam-plans',
		async load({ store, generateDigest, config }) {
			const dir = contentDirFromEnv();
			const { plans } = await loadValidContent();
			const root = new URL(config.root).pathname;
			store.clear();
			for (const plan of plans) {
				store.set({
					id: plan.slug,
					data: {},
					filePath: relative(root, `${dir}/${plan.file}`).split('\\').join('/'),
					digest: generateDigest(plan.body),
					deferredRender: true,
				});
			}
		},
	};
}
