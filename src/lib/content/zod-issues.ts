import type { z } from 'zod';
import { describeInput } from '../../../schemas/date.ts';
import { type Diagnostic, formatFieldPath, type PathSegment } from '../diagnostics.ts';

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
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of known) {
		const distance = editDistance(unknown.toLowerCase(), candidate.toLowerCase());
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return bestDistance <= Math.max(1, Math.floor(unknown.length / 3)) ? best : undefined;
}

/** Optimal string alignment distance: a swapped pair of letters (`teir`) counts as one edit. */
export function editDistance(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			rows[i]![j] = best;
		}
	}
	return rows[a.length]![b.length]!;
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

/** Turns zod issues into diagnostics: one per issue (one per unknown key), with its line. */
export function issuesToDiagnostics(issues: readonly Issue[], where: Located): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	for (const issue of issues) {
		const path = issue.path as PathSegment[];
		if (issue.code === 'unrecognized_keys') {
			const known = where.knownKeysAt(path);
			for (const unknownKey of issue.keys) {
				const keyPath = [...path, unknownKey];
				const suggestion = suggestKey(unknownKey, known);
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
		diagnostics.push({
			file: where.file,
			line: where.lineOf(path),
			field: formatFieldPath(path),
			severity: 'error',
			rule: missing ? 'missing-field' : issue.code === 'custom' ? ((issue as { params?: { rule?: string } }).params?.rule ?? 'invalid-value') : issue.code.replace(/_/g, '-'),
			message: missing ? `missing required field \`${last}\`: ${issue.message.replace(/, found nothing$|; found nothing$/, '')}` : issue.message,
		});
	}
	return diagnostics;
}
