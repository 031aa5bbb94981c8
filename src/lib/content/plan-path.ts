/**
 * What a plan file's path says about the plan: its slug is its file name
 * without `.mdx`, whatever folder under `accounts/` it is in. The one reading
 * of it that validation, lint, the live preview and the import share.
 */
import { SLUG_PATTERN } from '../../../schemas/ids.ts';

export interface PlanFileName {
	/** The file's name: the last part of its path. */
	name: string;
	/** The name without `.mdx`; absent when the name does not end in `.mdx` (not a plan). */
	stem?: string;
	/** The plan's slug: the stem, when it is a valid slug (SLUG_PATTERN); absent otherwise. */
	slug?: string;
}

/** Reads a plan file's path (`accounts/east-china/acme.mdx`): its name, the name without `.mdx`, and the slug if valid. */
export function planFileName(path: string): PlanFileName {
	const name = path.slice(path.lastIndexOf('/') + 1);
	if (!name.endsWith('.mdx')) return { name };
	const stem = name.slice(0, -'.mdx'.length);
	return SLUG_PATTERN.test(stem) ? { name, stem, slug: stem } : { name, stem };
}

/** The slug of the plan at `path` (its file name without `.mdx`), or undefined when the name is not a valid plan name. */
export function planSlugFromPath(path: string): string | undefined {
	return planFileName(path).slug;
}
