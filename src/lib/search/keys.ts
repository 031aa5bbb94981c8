/**
 * The facet and sort keys of the search index, shared by the pages that write
 * them and the browser script that reads them (kept free of imports so the
 * script bundles nothing else).
 */

/** The facets of the search page, in the order it shows them. */
export const SEARCH_FACETS = ['tier', 'category', 'owner', 'region', 'industry', 'quadrant', 'review', 'outcome'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

/** The sort keys every plan carries, and the direction the search page sorts them in. */
export const SEARCH_SORTS = { current: 'desc', potential: 'desc', review: 'asc' } as const;
export type SearchSort = keyof typeof SEARCH_SORTS;
