import type { Policy } from '../../../schemas/policy.ts';
import { rateIntoPolicyCurrency } from './exchange.ts';
import type { ScorecardAccount, VisitCadence } from './scorecard.ts';
import type { AccountView } from './types.ts';

// Apart from scorecard.ts, whose result types types.ts names: the KPIs read plain figures, this turns an account into them.
/** An account as the scorecard reads it; `cadence` from the visits when known. */
export function scorecardAccountOf(account: AccountView, policy: Policy, cadence?: VisitCadence): ScorecardAccount {
	const fm = account.frontmatter;
	const rate = rateIntoPolicyCurrency(account.currency, policy) ?? 1;
	const targetRevenue =
		fm.targets?.revenue !== undefined
			? fm.targets.revenue
			: fm.targets?.shareOfWallet !== undefined && fm.value.wallet !== undefined
				? fm.targets.shareOfWallet * fm.value.wallet
				: undefined;
	const result: ScorecardAccount = {
		slug: account.slug,
		current: fm.value.current * rate,
		reviewOverdue: account.review.status === 'overdue',
		objectives: account.objectives.map((o) => o.status),
		deciders: account.contacts.filter((c) => c.role === 'decider').map((c) => ({ cold: c.cold, covered: c.covered })),
		actions: account.actions.map((a) => ({ status: a.status, overdue: a.overdue })),
	};
	if (fm.owner !== undefined) result.owner = fm.owner;
	if (targetRevenue !== undefined) result.targetRevenue = targetRevenue * rate;
	if (fm.targets?.shareOfWallet !== undefined) result.shareTarget = fm.targets.shareOfWallet;
	if (account.shareOfWallet !== undefined) result.shareOfWallet = account.shareOfWallet;
	if (cadence !== undefined) result.cadence = cadence;
	return result;
}
