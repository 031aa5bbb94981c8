/** An application to develop a customer as a key account (开发申请): its status, payback and age. */
import type { Application } from '../../../schemas/application.ts';
import { daysBetween } from './dates.ts';

export const APPLICATION_STATUSES = ['pending', 'approved', 'rejected', 'deferred'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** `/data/accounts.json`: computed.application. */
export interface ApplicationView {
	/** The decision's outcome; pending without a decision. */
	status: ApplicationStatus;
	/** developmentCost / expectedContribution, in years; null when the contribution is 0. */
	payback: number | null;
	/** Days from `proposed` to the decision, or to the as-of date while pending. */
	age: number;
}

export function applicationView(application: Application | undefined, asOf: string): ApplicationView | null {
	if (!application) return null;
	const { decision } = application;
	return {
		status: decision?.outcome ?? 'pending',
		payback: application.expectedContribution === 0 ? null : application.developmentCost / application.expectedContribution,
		age: daysBetween(application.proposed, decision?.date ?? asOf),
	};
}
