/**
 * The one place the portal turns the validated content into engine input.
 * Pages and endpoints call `getPortfolio()`; the engine runs once per build
 * (and once per save in the live preview).
 */
import { asOfFromEnv } from '../node/as-of.ts';
import { compareText } from '../lib/compare.ts';
import { computePortfolio, PortfolioMemo } from '../lib/engine/index.ts';
import type { Portfolio } from '../lib/engine/types.ts';
import type { ValidationResult } from '../lib/content/validate.ts';
import { isLivePreview } from './live-state.ts';
import { loadValidContent } from './loader.ts';

/** The portfolio of the content it was computed from; the live preview replaces the content on every save. */
let memo: { content: ValidationResult; portfolio: Promise<Portfolio> } | undefined;

/** The as-of date of this build: `KAM_AS_OF` (checked) or today's local calendar date. */
export function buildAsOf(): string {
	return asOfFromEnv();
}

/** The live preview computes the portfolio after every save: only the accounts a save changed (src/lib/engine/memo.ts). */
let liveMemo: PortfolioMemo | undefined;

function computeFrom({ plans, people, policy, visits }: ValidationResult): Portfolio {
	const input = {
		plans: plans.map(({ slug, frontmatter, body, file }) => ({ slug, frontmatter, body, file })),
		visits,
		people: [...people].sort((a, b) => compareText(a.id, b.id)),
		policy,
		asOf: buildAsOf(),
	};
	return isLivePreview() ? computePortfolio(input, (liveMemo ??= new PortfolioMemo())) : computePortfolio(input);
}

/**
 * The whole computed portfolio, computed once per content: once per build, and
 * in the live preview once per save (a failed computation is not kept).
 */
export function getPortfolio(): Promise<Portfolio> {
	// A build reads its content once: every later call (dozens per page, from
	// each component) gets the same promise without asking the loader again.
	if (memo && !isLivePreview()) return memo.portfolio;
	return portfolioOfLatestContent();
}

async function portfolioOfLatestContent(): Promise<Portfolio> {
	// The content the loader validated (or `npm run build` handed over): the same
	// plans the `plans` collection renders, with their typed frontmatter.
	const content = await loadValidContent();
	if (memo?.content !== content) {
		const portfolio = Promise.resolve(content).then(computeFrom);
		memo = { content, portfolio };
		portfolio.catch(() => {
			if (memo?.portfolio === portfolio) memo = undefined;
		});
	}
	return memo.portfolio;
}
