import { validateContent } from '../../src/lib/content/validate.ts';
import type { ContentSnapshot } from '../../src/lib/content/model.ts';
import type { Diagnostic } from '../../src/lib/diagnostics.ts';
import { EXAMPLE_AS_OF, EXAMPLE_PEOPLE, EXAMPLE_PLAN_FILE, plan, type RuleExample } from '../../src/lib/rules.ts';
import { lintPlans } from '../../src/lint/lint-plans.ts';

const encoder = new TextEncoder();

/** The minimal valid content with the example's files written over it, as of `EXAMPLE_AS_OF`. */
export function exampleSnapshot(example: RuleExample): ContentSnapshot {
	const files = new Map<string, Uint8Array>([
		['people.yaml', encoder.encode(EXAMPLE_PEOPLE)],
		[EXAMPLE_PLAN_FILE, encoder.encode(plan().text)],
	]);
	for (const file of [...(example.also ?? []), example]) files.set(file.file, file.bytes ? Uint8Array.from(file.bytes) : encoder.encode(file.text));
	const file = (path: string) => (files.has(path) ? { path, bytes: files.get(path)! } : undefined);
	return {
		people: file('people.yaml'),
		policy: file('policy.yaml'),
		accounts: [...files].filter(([path]) => path.startsWith('accounts/')).map(([path, bytes]) => ({ path, bytes })),
		visits: [...files].filter(([path]) => path.startsWith('visits/')).map(([path, bytes]) => ({ path, bytes })),
		asOf: EXAMPLE_AS_OF,
	};
}

/** Every problem validation and lint report for the example, uncombined. */
export async function exampleDiagnostics(example: RuleExample): Promise<Diagnostic[]> {
	const snapshot = exampleSnapshot(example);
	const validation = validateContent(snapshot);
	return [...validation.diagnostics, ...(await lintPlans(snapshot, validation.policy))];
}
