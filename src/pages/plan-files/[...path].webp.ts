import { imageFiles } from '../../data/plan-files.ts';

/** `/plan-files/<path>.webp`: see src/data/plan-files.ts. */
export const { getStaticPaths, GET } = imageFiles('.webp');
