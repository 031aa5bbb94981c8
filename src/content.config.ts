import { defineCollection } from 'astro:content';
import { planLoader } from './live/loader.ts';

/**
 * One collection, the plans, filled only in the live preview: a change of its
 * entries on every check of the content makes Astro reload open pages. Pages
 * read the content's snapshot itself (see src/data/content-source.ts).
 */
export const collections = {
	plans: defineCollection({ loader: planLoader() }),
};
