/**
 * Checks of the living-plan fields that need the policy or only warn: review
 * findings must answer the policy's questions; major plans should have
 * objectives, every objective an action, and the latest review its sponsor.
 */
import type { PlanFrontmatter } from '../../../schemas/plan.ts';
import type { Policy } from '../../../schemas/policy.ts';
import type { Diagnostic, PathSegment } from '../diagnostics.ts';
import { formatFieldPath } from '../diagnostics.ts';
import { latestReviewRecord } from '../engine/review-record.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every finding id must be a question of `policy.reviewQuestions`. Reads the
 * raw frontmatter, so it runs even when other fields have errors.
 */
export function checkFindingIds(raw: unknown, policy: Policy, file: string, lineOf: (path: readonly PathSegment[]) => number): Diagnostic[] {
	const review = isRecord(raw) ? raw.review : undefined;
	if (!isRecord(review) || !Array.isArray(review.history)) return [];
	const questions = policy.reviewQuestions.map((q) => q.id);
	const diagnostics: Diagnostic[] = [];
	review.history.forEach((entry, index) => {
		if (!isRecord(entry) || !isRecord(entry.findings)) return;
		for (const question of Object.keys(entry.findings)) {
			if (questions.includes(question)) continue;
			const path = ['review', 'history', index, 'findings', question];
			diagnostics.push({
				file,
				line: lineOf(path),
				field: formatFieldPath(path),
				severity: 'error',
				rule: 'unknown-review-question',
				message: `\`${question}\` is not a review question; findings answer the questions of \`policy.reviewQuestions\`: ${questions.map((q) => `\`${q}\``).join(', ')}`,
			});
		}
	});
	return diagnostics;
}

/** Warnings about objectives and reviews of a plan that passed the schema. */
export function livingPlanWarnings(file: string, plan: PlanFrontmatter, lineOf: (path: readonly PathSegment[]) => number): Diagnostic[] {
	const warnings: Diagnostic[] = [];
	const objectives = plan.objectives ?? [];
	if (plan.tier === 'major' && objectives.length === 0) {
		warnings.push({
			file,
			line: lineOf(['tier']),
			field: 'objectives',
			severity: 'warning',
			rule: 'missing-objectives',
			message: 'a major account should state its objectives with a measure of progress; add `objectives:` with `{ id, title, unit, baseline, target, current, due }` entries',
		});
	}
	const served = new Set((plan.actions ?? []).map((a) => a.objective).filter((id) => id !== undefined));
	objectives.forEach((objective, index) => {
		if (served.has(objective.id)) return;
		warnings.push({
			file,
			line: lineOf(['objectives', index, 'id']),
			field: `objectives[${index}]`,
			severity: 'warning',
			rule: 'objective-without-actions',
			message: `no action serves objective \`${objective.id}\`; add \`objective: ${objective.id}\` to the actions that work towards it, or add one`,
		});
	});
	const latest = latestReviewRecord(plan.review?.history);
	if (plan.tier === 'major' && latest && plan.sponsor !== undefined && !latest.by.includes(plan.sponsor)) {
		const index = plan.review!.history!.indexOf(latest);
		warnings.push({
			file,
			line: lineOf(['review', 'history', index, 'by']),
			field: `review.history[${index}].by`,
			severity: 'warning',
			rule: 'review-without-sponsor',
			message: `the latest review (\`${latest.date}\`) did not include the executive sponsor \`${plan.sponsor}\`; a major account's review needs its sponsor, so add them to \`by\` at the next review`,
		});
	}
	return warnings;
}
