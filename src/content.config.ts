import { defineCollection } from 'astro:content';
import { planLoader } from './data/loader.ts';

/**
 * One collection, the plans, so Astro compiles and renders their MDX bodies.
 * Everything else comes from the validated content (see src/data/portal.ts).
 */
export const collections = {
	plans: defineCollection({ loader: planLoader() }),
};
