import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
	plans: defineCollection({
		loader: glob({ pattern: '**/*.mdx', base: `${process.env.FLOOR_CONTENT}/accounts`, generateId: ({ entry }) => entry.split('/').at(-1)!.replace(/\.mdx$/, '') }),
	}),
};
