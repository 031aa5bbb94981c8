/**
 * The one place the portal turns the content into engine input. Pages and
 * endpoints call `getPortfolio()`; the engine runs once per revision of the
 * content: once per build, once per save in the live preview.
 */
import { asOfFromEnv } from '../node/as-of.ts';
import { compareText } from '../lib/compare.ts';
import { computePortfolio, PortfolioMemo } from '../lib/engine/index.ts';
import { derived } from './content-source.ts';

/** The as-of date of this build: `KAM_AS_OF` (checked) or today's local calendar date. */
export function buildAsOf(): string {
	return asOfFromEnv();
}

/** The accounts computed before: the live preview computes again after every save, and only the accounts a save changed (src/lib/engine/memo.ts). */
const accountsComputed = new PortfolioMemo();

/** The whole computed portfolio of the plans that render. */
export const getPortfolio = derived(({ content: { plans, people, policy, visits } }) =>
	computePortfolio({
		plans: plans.map(({ slug, frontmatter, body, file }) => ({ slug, frontmatter, body, file })),
		visits,
		people: [...people].sort((a, b) => compareText(a.id, b.id)),
		policy,
		asOf: buildAsOf(),
	}, accountsComputed),
);
