import type { z } from 'zod';

type Ctx = z.core.$RefinementCtx<unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An application's cross-field rule: the decision cannot come before the proposal. Reads the raw input, so it runs beside other errors. */
export function checkApplicationRules(input: unknown, ctx: Ctx) {
	if (!isRecord(input) || !isRecord(input.decision)) return;
	const { proposed } = input;
	const { date } = input.decision;
	if (typeof proposed === 'string' && typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{4}-\d{2}-\d{2}$/.test(proposed) && date < proposed) {
		ctx.addIssue({
			code: 'custom',
			path: ['application', 'decision', 'date'],
			message: `the decision (\`${date}\`) is dated before the application was proposed (\`${proposed}\`); a decision answers an application, so fix \`decision.date\` or \`proposed\``,
		});
	}
}
