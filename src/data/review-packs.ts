/**
 * The review pack of one plan: the engine's pack plus the customer
 * information part of the plan's body (the product-fit evidence until plans
 * list their product lines). Computed once per pack page.
 */
import { partText } from '../lib/content/part-text.ts';
import { type ReviewPack, reviewPack } from '../lib/engine/review-pack.ts';
import type { AccountView } from '../lib/engine/types.ts';
import { getSnapshot } from './content-source.ts';
import { plansBySlug } from './plan-pages.ts';
import { getPortfolio } from './portfolio.ts';

export interface ReviewPackPage extends ReviewPack {
	account: AccountView;
	/** The plan's customer information part as plain text, shortened. */
	customerText?: string;
}

export async function getReviewPack(slug: string): Promise<ReviewPackPage> {
	const snapshot = await getSnapshot();
	const portfolio = getPortfolio.of(snapshot);
	const account = portfolio.bySlug.get(slug);
	if (!account) throw new Error(`the engine has no account for plan \`${slug}\``);
	const plan = plansBySlug.of(snapshot).get(slug);
	const customerText = plan && partText(plan.body, 'customer', portfolio.policy.sections, 200, plan.file);
	return { ...reviewPack(account, portfolio.policy), account, ...(customerText !== undefined ? { customerText } : {}) };
}
