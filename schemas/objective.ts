import { z } from 'zod';
import { calendarDate, describeInput } from './date.ts';
import { oneOf } from './enums.ts';
import { SLUG_PATTERN, text } from './ids.ts';

/** How an objective is measured: a share 0..1, an amount in the plan currency, or a count. */
export const OBJECTIVE_UNITS = ['share', 'money', 'count'] as const;
export type ObjectiveUnit = (typeof OBJECTIVE_UNITS)[number];

/** Where an objective stands on the as-of date (computed, never written). */
export const OBJECTIVE_STATUSES = ['achieved', 'missed', 'behind', 'on-track'] as const;
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];

const slugError = (what: string) => (issue: { input?: unknown }) =>
	`expected ${what}: lowercase ASCII letters, digits and single hyphens (like \`group-framework\`), found ${describeInput(issue.input)}`;

/** The id of an objective, unique within its plan; actions refer to it. */
export const objectiveId = z
	.string({ error: slugError('an objective id') })
	.regex(SLUG_PATTERN, { error: slugError('an objective id') })
	.meta({ description: 'Id of an objective of this plan (lowercase letters, digits, hyphens).' });

/** A measured value of an objective; its range depends on `unit` (checked by the objective). */
const measuredValue = (description: string) =>
	z
		.number({ error: (issue) => `expected a number, found ${describeInput(issue.input)}` })
		.refine((n) => Number.isFinite(n), { error: (issue) => `expected a finite number, found ${describeInput(issue.input)}` })
		.meta({ description });

const VALUE_FIELDS = ['baseline', 'target', 'current'] as const;

/** Range rules that depend on the unit, and target ≠ baseline; reads the raw input so they run beside field errors. */
function checkObjective(input: unknown, ctx: z.core.$RefinementCtx<unknown>) {
	if (typeof input !== 'object' || input === null) return;
	const objective = input as Record<string, unknown>;
	const unit = objective.unit;
	for (const field of VALUE_FIELDS) {
		const value = objective[field];
		if (typeof value !== 'number' || !Number.isFinite(value)) continue;
		if (unit === 'share' && (value < 0 || value > 1)) {
			ctx.addIssue({ code: 'custom', path: [field], message: `expected a share between 0 and 1 (0.35 means 35 %) because \`unit\` is \`share\`, found \`${value}\`` });
		}
		if ((unit === 'money' || unit === 'count') && value < 0) {
			ctx.addIssue({ code: 'custom', path: [field], message: `expected ${unit === 'money' ? 'an amount' : 'a count'} of 0 or more because \`unit\` is \`${unit}\`, found \`${value}\`` });
		}
	}
	if (typeof objective.baseline === 'number' && objective.baseline === objective.target) {
		ctx.addIssue({
			code: 'custom',
			path: ['target'],
			message: `\`target\` equals \`baseline\` (\`${objective.baseline}\`), so progress cannot be measured; set the value to reach (it may be lower than the baseline, e.g. to cut a cost)`,
		});
	}
	if (typeof objective.start === 'string' && typeof objective.due === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(objective.start) && objective.due < objective.start) {
		ctx.addIssue({ code: 'custom', path: ['due'], message: `\`due\` (\`${objective.due}\`) is before \`start\` (\`${objective.start}\`); an objective is due on or after it starts` });
	}
}

/** A customer goal (客户目标) with the measure of its progress (衡量进度的标准). */
export const objective = z
	.strictObject({
		/** Unique within the plan; `actions[].objective` refers to it. */
		id: objectiveId,
		/** What the objective is, in a line. */
		title: text(300, 'What the objective is.'),
		/** What is measured to track progress. */
		measure: text(300, 'What is measured to track progress.').optional(),
		/** share (0..1), money (plan currency) or count. */
		unit: oneOf(OBJECTIVE_UNITS, 'Unit of the measure: share (0..1) | money (plan currency) | count.'),
		/** The value when the objective was set. */
		baseline: measuredValue('The value when the objective was set.'),
		/** The value to reach; differs from the baseline and may be lower (cutting a cost). */
		target: measuredValue('The value to reach; differs from baseline, may be lower.'),
		/** The latest measured value. */
		current: measuredValue('The latest measured value.'),
		/** When work towards it started; default planPeriod.start. */
		start: calendarDate.optional().meta({ description: 'When work started; default planPeriod.start.' }),
		/** When the target is to be reached. */
		due: calendarDate.meta({ description: 'When the target is to be reached.' }),
	})
	.superRefine((value, ctx) => checkObjective(value, ctx as z.core.$RefinementCtx<unknown>), { when: () => true })
	.meta({ description: 'A customer goal with a measure of progress.' });

export type Objective = z.infer<typeof objective>;
