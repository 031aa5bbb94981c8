import { imageFiles } from '../../data/plan-files.ts';

/** `/plan-files/<path>.png`: see src/data/plan-files.ts. */
export const { getStaticPaths, GET } = imageFiles('.png');
