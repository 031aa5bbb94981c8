/**
 * What the plan page shows besides the engine's figures, decided here so the
 * page only renders: the gap to the target share of wallet, the health scale,
 * which group page to link, and the badge of the plan period.
 */
import { HEALTH_MAX } from '../lib/engine/health.ts';
import { shareOfWalletGap } from '../lib/engine/share.ts';
import type { AccountView, PeriodState } from '../lib/engine/types.ts';

export interface PlanPageFacts {
	/** Amount still to win to reach the target share; absent when reached or unknown. */
	shareGap?: number;
	/** The share-of-wallet bar's value, 0..1 (a share above 100 % fills it); absent without a wallet. */
	shareBar?: number;
	/** The best health score, the scale of the health bar. */
	healthMax: number;
	/** The group page to link: this account's when it has subsidiaries, else its parent's; absent outside a group. */
	groupRoot?: string;
	/** The badge class of the plan period's state. */
	periodBadge: string;
}

const PERIOD_BADGE: Record<PeriodState, string> = {
	expired: 'badge status-overdue',
	ending: 'badge status-due-soon',
	current: 'badge status-neutral',
	upcoming: 'badge status-neutral',
	none: 'badge status-neutral',
};

export function planPageFacts(account: AccountView): PlanPageFacts {
	const facts: PlanPageFacts = { healthMax: HEALTH_MAX, periodBadge: PERIOD_BADGE[account.period.state] };
	const gap = shareOfWalletGap(account.frontmatter.value, account.shareOfWalletTarget);
	if (gap !== undefined) facts.shareGap = gap;
	if (account.shareOfWallet !== undefined) facts.shareBar = Math.min(1, account.shareOfWallet);
	const groupRoot = account.descendants.length > 0 ? account.slug : account.ancestors[0];
	if (groupRoot !== undefined) facts.groupRoot = groupRoot;
	return facts;
}
