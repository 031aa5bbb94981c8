import { defineCollection } from 'astro:content';
import { peopleLoader, planLoader, policyLoader } from './data/loader.ts';

/** The schemas come from the loaders, which share them with `npm run validate`. */
export const collections = {
	plans: defineCollection({ loader: planLoader() }),
	people: defineCollection({ loader: peopleLoader() }),
	policy: defineCollection({ loader: policyLoader() }),
};
