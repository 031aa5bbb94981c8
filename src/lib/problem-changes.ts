/**
 * What the live preview's terminal prints after each check of the content:
 * the problems that are new and those that were fixed since the last check
 * (not every file's warnings again), and a one-line total.
 */
import { type Diagnostic, formatProblemLine, sortDiagnostics } from './diagnostics.ts';

export interface ProblemChanges {
	/** Problems of this check that the previous one did not have, in report order. */
	added: Diagnostic[];
	/** Problems of the previous check that are gone, in report order. */
	fixed: Diagnostic[];
}

/**
 * One problem's identity across checks: its file, rule, field and text, not its
 * line, so a line added above a problem does not make it "fixed" and "new".
 */
function identity(d: Diagnostic): string {
	return JSON.stringify([d.file, d.severity, d.rule, d.field, d.message]);
}

/** Takes `of` from `from`, once per occurrence; what is left over. */
function without(from: readonly Diagnostic[], of: readonly Diagnostic[]): Diagnostic[] {
	const counts = new Map<string, number>();
	for (const d of of) counts.set(identity(d), (counts.get(identity(d)) ?? 0) + 1);
	const left: Diagnostic[] = [];
	for (const d of sortDiagnostics(from)) {
		const key = identity(d);
		const count = counts.get(key) ?? 0;
		if (count > 0) counts.set(key, count - 1);
		else left.push(d);
	}
	return left;
}

/** The problems added and fixed between two checks. */
export function problemChanges(previous: readonly Diagnostic[], next: readonly Diagnostic[]): ProblemChanges {
	return { added: without(next, previous), fixed: without(previous, next) };
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** The totals of a check in one line. */
export function problemTotal(problems: readonly Diagnostic[], plansLeftOut: number): string {
	const errorFiles = new Set<string>();
	const warningFiles = new Set<string>();
	let errors = 0;
	let warnings = 0;
	for (const d of problems) {
		if (d.severity === 'error') {
			errors++;
			errorFiles.add(d.file);
		} else {
			warnings++;
			warningFiles.add(d.file);
		}
	}
	if (errors === 0 && warnings === 0) return 'total: no problems, the content is valid';
	const parts: string[] = [];
	if (errors > 0) {
		const leftOut = plansLeftOut > 0 ? `; the figures leave out ${plural(plansLeftOut, 'plan')}` : '';
		parts.push(`${plural(errors, 'error')} in ${plural(errorFiles.size, 'file')}${leftOut}`);
	} else parts.push('no errors');
	parts.push(warnings > 0 ? `${plural(warnings, 'warning')} in ${plural(warningFiles.size, 'file')}` : 'no warnings');
	return `total: ${parts.join(', ')} (/problems/ lists them)`;
}

/**
 * The report of one check. The first check lists every problem; each later
 * one lists only what changed since the previous check, marked `new` or
 * `fixed`. The last line is always the total.
 */
export function formatCheckReport(previous: readonly Diagnostic[] | undefined, next: readonly Diagnostic[], plansLeftOut: number): string {
	const total = problemTotal(next, plansLeftOut);
	if (previous === undefined) return [...sortDiagnostics(next).map(formatProblemLine), total].join('\n');
	const { added, fixed } = problemChanges(previous, next);
	if (added.length === 0 && fixed.length === 0) return `no new or fixed problems; ${total}`;
	const marked = (label: string, d: Diagnostic) => `  ${label.padEnd(5)}  ${formatProblemLine(d).trimStart()}`;
	const lines = [...added.map((d) => marked('new', d)), ...fixed.map((d) => marked('fixed', d))];
	return [...lines, total].join('\n');
}
