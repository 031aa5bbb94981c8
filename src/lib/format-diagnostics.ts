import { countBySeverity, type Diagnostic, groupByFile, printable, problemLineParts } from './diagnostics.ts';

export type OutputFormat = 'pretty' | 'github' | 'json';

/** GitHub workflow commands read `%`, CR and LF specially in data. */
export function escapeAnnotationData(value: string): string {
	return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values additionally must not contain `:` or `,`. */
export function escapeAnnotationProperty(value: string): string {
	return escapeAnnotationData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=...,line=...::message` lines for GitHub Actions. */
export function formatGithub(diagnostics: readonly Diagnostic[], filePrefix = ''): string {
	return [...groupByFile(diagnostics).values()]
		.flat()
		.map((d) => {
			const properties = [`file=${escapeAnnotationProperty(filePrefix + d.file)}`];
			if (d.line) properties.push(`line=${d.line}`);
			if (d.column) properties.push(`col=${d.column}`);
			properties.push(`title=${escapeAnnotationProperty(`KAM ${d.rule}`)}`);
			const text = d.field ? `${d.field}: ${d.message}` : d.message;
			return `::${d.severity} ${properties.join(',')}::${escapeAnnotationData(text)}`;
		})
		.join('\n');
}

export function formatJson(diagnostics: readonly Diagnostic[], extra: Record<string, unknown> = {}): string {
	const counts = countBySeverity(diagnostics);
	return JSON.stringify({ ...extra, ...counts, diagnostics }, null, 2);
}

interface Colours {
	red(text: string): string;
	yellow(text: string): string;
	dim(text: string): string;
	bold(text: string): string;
}

const ansi = (code: number) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
const plain = (text: string) => text;

/** Colour only on a terminal, and never when NO_COLOR is set (any value). */
export function coloursFor(isTTY: boolean, env: NodeJS.ProcessEnv): Colours {
	const on = isTTY && env.NO_COLOR === undefined;
	return on ? { red: ansi(31), yellow: ansi(33), dim: ansi(2), bold: ansi(1) } : { red: plain, yellow: plain, dim: plain, bold: plain };
}

/** Human output grouped by file: `path:line  error  field  message  (rule)`. */
export function formatPretty(diagnostics: readonly Diagnostic[], colours: Colours, summaryOf = 'content'): string {
	const out: string[] = [];
	for (const [file, list] of groupByFile(diagnostics)) {
		out.push(colours.bold(printable(file)));
		for (const d of list) {
			const { where, severity, text, rule } = problemLineParts(d);
			const label = d.severity === 'error' ? colours.red(severity) : colours.yellow(severity);
			out.push(`  ${colours.dim(where)}  ${label}  ${text}  ${colours.dim(rule)}`);
		}
		out.push('');
	}
	const { errors, warnings } = countBySeverity(diagnostics);
	const files = new Set(diagnostics.map((d) => d.file)).size;
	out.push(
		errors + warnings === 0
			? `✓ ${summaryOf} is valid`
			: `${errors > 0 ? colours.red(`✗ ${errors} error${errors === 1 ? '' : 's'}`) : '✓ 0 errors'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`,
	);
	return out.join('\n');
}

export function formatDiagnostics(format: OutputFormat, diagnostics: readonly Diagnostic[], options: { isTTY: boolean; env: NodeJS.ProcessEnv; filePrefix?: string; extra?: Record<string, unknown>; summaryOf?: string }) {
	if (format === 'github') return formatGithub(diagnostics, options.filePrefix);
	if (format === 'json') return formatJson(diagnostics, options.extra);
	return formatPretty(diagnostics, coloursFor(options.isTTY, options.env), options.summaryOf);
}
