import type { Loader } from 'astro/loaders';
import { people as peopleSchema, person } from '../../schemas/person.ts';
import { planFrontmatter } from '../../schemas/plan.ts';
import { policy as policySchema } from '../../schemas/policy.ts';
import { hasErrors } from '../lib/diagnostics.ts';
import { contentDirFromEnv } from '../lib/content/content-dir.ts';
import type { ValidationResult } from '../lib/content/validate.ts';
import { validatedFileReady } from './handover.ts';
import { formatPretty, coloursFor } from '../cli/report.ts';
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
			import('../lib/content/parallel.ts').then(({ readAndValidateContent }) => readAndValidateContent(dir));
	store[CACHE] = { dir, result };
	return result;
}

/** Drops the cached result, so a process that handed it on can give its memory back. */
export function forgetValidatedContent(): void {
	delete (globalThis as typeof globalThis & { [CACHE]?: Cache })[CACHE];
}

async function validatedOrThrow(): Promise<ValidationResult> {
	const result = await loadValidatedContent();
	if (hasErrors(result.diagnostics)) {
		const report = formatPretty(result.diagnostics, coloursFor(false, process.env));
		throw new Error(`KAM content has errors; nothing is published.\n${report}`);
	}
	return result;
}

/** Account plans: validated frontmatter, rendered from the MDX file on demand. */
export function planLoader(): Loader {
	return {
		name: 'kam-plans',
		schema: planFrontmatter,
		async load({ store, parseData, generateDigest, config }) {
			const dir = contentDirFromEnv();
			const { plans } = await validatedOrThrow();
			const root = new URL(config.root).pathname;
			store.clear();
			for (const plan of plans) {
				const data = await parseData({ id: plan.slug, data: plan.frontmatter as Record<string, unknown> });
				store.set({
					id: plan.slug,
					data,
					body: plan.body,
					filePath: relative(root, `${dir}/${plan.file}`).split('\\').join('/'),
					digest: generateDigest(plan.body + JSON.stringify(plan.frontmatter)),
					deferredRender: true,
				});
			}
		},
	};
}

/** people.yaml, one entry per person. */
export function peopleLoader(): Loader {
	return {
		name: 'kam-people',
		schema: person,
		async load({ store, parseData }) {
			const { people } = await validatedOrThrow();
			store.clear();
			for (const entry of peopleSchema.parse(people)) {
				store.set({ id: entry.id, data: await parseData({ id: entry.id, data: entry as Record<string, unknown> }) });
			}
		},
	};
}

/** policy.yaml with its defaults applied, as the single entry `policy`. */
export function policyLoader(): Loader {
	return {
		name: 'kam-policy',
		schema: policySchema,
		async load({ store, parseData }) {
			const { policy } = await validatedOrThrow();
			store.clear();
			store.set({ id: 'policy', data: await parseData({ id: 'policy', data: policy as unknown as Record<string, unknown> }) });
		},
	};
}
