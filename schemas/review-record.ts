import { z } from 'zod';
import { calendarDate } from './date.ts';
import { oneOf } from './enums.ts';
import { personId, text } from './ids.ts';

/** What a review meeting concluded about the plan. */
export const REVIEW_OUTCOMES = ['approved', 'revise', 'escalate'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** The answer to one review question. */
export const FINDINGS = ['ok', 'concern'] as const;
export type Finding = (typeof FINDINGS)[number];

/** One review meeting (审核) of the plan. */
export const reviewRecord = z
	.strictObject({
		/** The day of the meeting. */
		date: calendarDate,
		/** Who reviewed (person ids from people.yaml). */
		by: z.array(personId).min(1).meta({ description: 'Who reviewed: person ids from people.yaml.' }),
		/** approved | revise | escalate. */
		outcome: oneOf(REVIEW_OUTCOMES, 'Outcome: approved | revise | escalate.'),
		/** The answer to each review question, by the question id of policy.reviewQuestions. */
		findings: z
			.record(z.string(), oneOf(FINDINGS, 'Finding: ok | concern.'))
			.optional()
			.meta({ description: 'Answers to policy.reviewQuestions by question id: ok | concern.' }),
		/** What the review decided. */
		decisions: z.array(text(1000, 'A decision of the review.')).optional().meta({ description: 'What the review decided, free text.' }),
	})
	.meta({ description: 'One review meeting of the plan.' });

export type ReviewRecord = z.infer<typeof reviewRecord>;
