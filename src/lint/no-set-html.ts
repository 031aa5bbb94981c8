/**
 * no-set-html: in the portal's `.astro` source, `set:html` may only hold a
 * literal string. Any other value (a variable, a call, a template with
 * placeholders) would inject content-derived text as HTML unescaped; render
 * values with `{expression}`, which Astro escapes.
 *
 * Not a remark rule: it reads `.astro` files with Astro's own parser, so
 * `set:html` inside expressions (`{list.map(...)}`) is found too, and text in
 * `<script>`, `<style>` or comments is not mistaken for an attribute.
 */
import { parse } from '@astrojs/compiler-rs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { type Diagnostic, sortDiagnostics } from '../lib/diagnostics.ts';

export const NO_SET_HTML = 'no-set-html';

interface AstNode {
	type?: string;
	start?: number;
	[key: string]: unknown;
}

function isNode(value: unknown): value is AstNode {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string constant: `"..."`, `{"..."}` or a template without placeholders. */
function isLiteralString(value: unknown): boolean {
	if (!isNode(value)) return false;
	if (value.type === 'Literal') return typeof value.value === 'string';
	if (value.type === 'JSXExpressionContainer') return isLiteralString(value.expression);
	if (value.type === 'TemplateLiteral') return Array.isArray(value.expressions) && value.expressions.length === 0;
	return false;
}

function lineAndColumn(source: string, offset: number): { line: number; column: number } {
	const before = source.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - before.lastIndexOf('\n') };
}

function propertyName(node: AstNode): string | undefined {
	const key = node.key;
	if (!isNode(key)) return undefined;
	if (key.type === 'Identifier') return key.name as string;
	if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
	return undefined;
}

/** Every `set:html` in one `.astro` source whose value is not a literal string. */
export function checkSetHtml(source: string, file: string): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const report = (offset: number, message: string) =>
		diagnostics.push({ file, ...lineAndColumn(source, offset), field: '', severity: 'error', rule: NO_SET_HTML, message });

	const { ast, diagnostics: parseDiagnostics } = parse(source);
	const parseError = parseDiagnostics.find((d) => d.severity === 'error');
	if (parseError) {
		// An unparsable file cannot be cleared: say so rather than pass it.
		const label = parseError.labels[0];
		report(label?.start ?? 0, `Unexpected syntax error (${parseError.text}), expected a valid \`.astro\` file to check for \`set:html\``);
		return diagnostics;
	}

	const walk = (value: unknown) => {
		if (Array.isArray(value)) return value.forEach(walk);
		if (!isNode(value)) return;
		if (value.type === 'JSXAttribute' && isNode(value.name) && value.name.name === 'set:html' && !isLiteralString(value.value)) {
			report(value.start ?? 0, 'Unexpected `set:html` with a computed value, expected a literal string; render values as `{value}` so Astro escapes them');
		}
		if (value.type === 'JSXSpreadAttribute' && isNode(value.argument) && value.argument.type === 'ObjectExpression') {
			for (const property of (value.argument.properties as unknown[]) ?? []) {
				if (isNode(property) && propertyName(property) === 'set:html') {
					report(property.start ?? value.start ?? 0, 'Unexpected `set:html` in a spread, expected no `set:html` outside a literal attribute; render values as `{value}` so Astro escapes them');
				}
			}
		}
		for (const [key, child] of Object.entries(value)) if (key !== 'type') walk(child);
	};
	walk(ast);
	return diagnostics;
}

/** Checks every `.astro` file under `dir` (recursively); paths in diagnostics are relative to `root`. */
export async function checkAstroSources(dir: string, root: string): Promise<Diagnostic[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
	const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.astro')).map((entry) => join(entry.parentPath, entry.name));
	const diagnostics: Diagnostic[] = [];
	for (const path of files.sort()) {
		diagnostics.push(...checkSetHtml(await readFile(path, 'utf8'), relative(root, path).split(sep).join('/')));
	}
	return sortDiagnostics(diagnostics);
}
