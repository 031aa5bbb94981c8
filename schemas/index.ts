/** The content contract: one schema per concept, composed here. */
export * from './action.ts';
export * from './competitor.ts';
export * from './contact.ts';
export * from './date.ts';
export * from './enums.ts';
export * from './financials.ts';
export * from './ids.ts';
export * from './money.ts';
export * from './objective.ts';
export * from './person.ts';
export * from './plan.ts';
export * from './policy.ts';
export * from './review.ts';
export * from './review-question.ts';
export * from './review-record.ts';
export * from './value.ts';
