import type { z } from 'zod';
import { describeInput } from '../../../schemas/date.ts';
import { type Diagnostic, formatFieldPath, type PathSegment } from '../diagnostics.ts';
import type { RuleId } from '../rules.ts';

type Issue = z.core.$ZodIssue;

/**
 * Parse-level messages for issues whose schema gave none (the schemas word their
 * own). Each says what was expected and what was found, in backticks.
 */
export function contentErrorMap(issue: z.core.$ZodRawIssue): string | undefined {
	switch (issue.code) {
		case 'invalid_type':
			return `expected ${article(issue.expected)}, found ${describeInput(issue.input)}`;
		case 'too_small':
			return issue.origin === 'array'
				? `expected at least ${String(issue.minimum)} entr${issue.minimum === 1 ? 'y' : 'ies'}, found ${Array.isArray(issue.input) ? issue.input.length : 0}`
				: `expected ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}, found ${describeInput(issue.input)}`;
		case 'too_big':
			return issue.origin === 'array'
				? `expected at most ${String(issue.maximum)} entries, found ${Array.isArray(issue.input) ? issue.input.length : '?'}`
				: `expected at most ${String(issue.maximum)}, found ${describeInput(issue.input)}`;
		case 'invalid_value':
			return `expected one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}; found ${describeInput(issue.input)}`;
		case 'invalid_format':
			return `expected ${issue.format === 'url' ? 'a web address (https://...)' : `a valid ${issue.format}`}, found ${describeInput(issue.input)}`;
		default:
			return undefined;
	}
}

function article(expected: string): string {
	const names: Record<string, string> = {
		number: 'a number',
		string: 'text',
		int: 'a whole number',
		array: 'a list',
		object: 'a group of fields',
		boolean: 'true or false',
		record: 'a group of fields',
	};
	return names[expected] ?? expected;
}

/** Closest known key to a misspelt one, if it is close enough to be a typo. */
export function suggestKey(unknown: string, known: readonly string[]): string | undefined {
	const limit = Math.max(1, Math.floor(unknown.length / 3));
	let best: string | undefined;
	let bestDistance = limit + 1;
	const lower = unknown.toLowerCase();
	for (const candidate of known) {
		const distance = editDistance(lower, candidate.toLowerCase(), bestDistance - 1);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

/**
 * Optimal string alignment distance: a swapped pair of letters (`teir`) counts
 * as one edit. With a `limit`, any distance above it comes back as `limit + 1`,
 * and the work is bounded by the shorter text times the limit, so a pasted
 * megabyte costs no more than a word.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (a.length < b.length) [a, b] = [b, a];
	const n = a.length;
	const m = b.length;
	if (n - m > limit) return limit + 1;
	const band = Number.isFinite(limit) ? Math.min(n, limit) : n;
	const over = Number.isFinite(limit) ? limit + 1 : n + 1;
	let before = new Array<number>(m + 1).fill(over);
	let previous = Array.from({ length: m + 1 }, (_, j) => (j <= band ? j : over));
	let current = new Array<number>(m + 1).fill(over);
	for (let i = 1; i <= n; i++) {
		const from = Math.max(1, i - band);
		const to = Math.min(m, i + band);
		current.fill(over);
		current[0] = i <= band ? i : over;
		let rowMin = current[0]!;
		for (let j = from; j <= to; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
			current[j] = Math.min(best, over);
			if (current[j]! < rowMin) rowMin = current[j]!;
		}
		if (rowMin > limit) return limit + 1;
		[before, previous, current] = [previous, current, before];
	}
	return Math.min(previous[m]!, over);
}

/**
 * The keys of the object a schema expects at a path (through defaults,
 * optionals and lists), for "did you mean" hints: the schema is the one list.
 */
export function knownKeysOf(root: unknown): (path: readonly PathSegment[]) => string[] {
	return (path) => {
		let schema: unknown = root;
		for (const segment of path) {
			schema = unwrapSchema(schema);
			if (typeof segment === 'number') schema = (schema as { element?: unknown } | undefined)?.element;
			else schema = (schema as { shape?: Record<string, unknown> } | undefined)?.shape?.[segment];
		}
		schema = unwrapSchema(schema);
		// A union of a plain value and an object (a team entry): the object's keys.
		const options = (schema as { def?: { type?: string; options?: unknown[] } } | undefined)?.def;
		if (options?.type === 'union') schema = options.options?.map(unwrapSchema).find((o) => (o as { shape?: unknown }).shape !== undefined);
		const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
		return shape ? Object.keys(shape) : [];
	};
}

/** The schema inside optional, default and prefault wrappers. */
function unwrapSchema(schema: unknown): unknown {
	let current = schema as { def?: { type?: string; innerType?: unknown } } | undefined;
	while (current && (current.def?.type === 'optional' || current.def?.type === 'default' || current.def?.type === 'prefault' || current.def?.type === 'pipe')) {
		current = current.def.innerType as typeof current;
	}
	return current;
}

interface Located {
	file: string;
	lineOf(path: readonly PathSegment[]): number | undefined;
	/** The known keys of the object at a path, for "did you mean" hints. */
	knownKeysAt(path: readonly PathSegment[]): readonly string[];
}

/**
 * The rule id of each zod issue code: the code with hyphens, and a schema's
 * own check (`custom`) as `invalid-value`. Unknown keys are `unknown-field`.
 */
const ZOD_ISSUE_RULE = {
	invalid_type: 'invalid-type',
	too_big: 'too-big',
	too_small: 'too-small',
	invalid_format: 'invalid-format',
	not_multiple_of: 'not-multiple-of',
	unrecognized_keys: 'unknown-field',
	invalid_union: 'invalid-union',
	invalid_key: 'invalid-key',
	invalid_element: 'invalid-element',
	invalid_value: 'invalid-value',
	custom: 'invalid-value',
} as const satisfies Record<Issue['code'], RuleId>;

/** Turns zod issues into diagnostics: one per issue (one per unknown key), with its line. */
export function issuesToDiagnostics(issues: readonly Issue[], where: Located): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	// A misspelt key (`teir`) also leaves its field (`tier`) missing: one mistake, reported once, as the misspelling.
	const suggestions = new Map<string, string | undefined>();
	const misspelt = new Set<string>();
	for (const issue of issues) {
		if (issue.code !== 'unrecognized_keys') continue;
		const known = where.knownKeysAt(issue.path as PathSegment[]);
		for (const unknownKey of issue.keys) {
			const keyPath = [...(issue.path as PathSegment[]), unknownKey];
			const suggestion = suggestKey(unknownKey, known);
			suggestions.set(formatFieldPath(keyPath), suggestion);
			if (suggestion !== undefined) misspelt.add(formatFieldPath([...(issue.path as PathSegment[]), suggestion]));
		}
	}
	for (const issue of issues) {
		const path = issue.path as PathSegment[];
		if (issue.code === 'unrecognized_keys') {
			const known = where.knownKeysAt(path);
			for (const unknownKey of issue.keys) {
				const keyPath = [...path, unknownKey];
				const suggestion = suggestions.get(formatFieldPath(keyPath));
				diagnostics.push({
					file: where.file,
					line: where.lineOf(keyPath),
					field: formatFieldPath(keyPath),
					severity: 'error',
					rule: 'unknown-field',
					message:
						`unknown field \`${unknownKey}\`` +
						(suggestion ? `; did you mean \`${suggestion}\`?` : `; allowed here: ${known.map((k) => `\`${k}\``).join(', ')}`),
				});
			}
			continue;
		}
		const last = path.at(-1);
		const missing = 'input' in issue && issue.input === undefined && typeof last === 'string' && issue.code !== 'custom';
		if (missing && misspelt.has(formatFieldPath(path))) continue;
		diagnostics.push({
			file: where.file,
			line: where.lineOf(path),
			field: formatFieldPath(path),
			severity: 'error',
			rule: missing ? 'missing-field' : ((issue.code === 'custom' ? (issue as { params?: { rule?: RuleId } }).params?.rule : undefined) ?? ZOD_ISSUE_RULE[issue.code]),
			message: missing ? `missing required field \`${last}\`: ${issue.message.replace(/, found nothing$|; found nothing$/, '')}` : issue.message + valueHint(issue),
		});
	}
	return diagnostics;
}

/** "Did you mean" for a misspelt value of a closed list (`mjaor` → `major`), as for a misspelt key. */
function valueHint(issue: Issue): string {
	if (issue.code !== 'invalid_value' || typeof issue.input !== 'string') return '';
	const values = issue.values.filter((v): v is string => typeof v === 'string');
	const written = issue.input.trim().toLowerCase();
	const suggestion = values.find((v) => v.toLowerCase() === written) ?? suggestKey(issue.input.trim(), values);
	return suggestion === undefined ? '' : `; did you mean \`${suggestion}\`?`;
}
