/** Reading a source tree's imports, for the tests that keep the layers apart. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Every module specifier in a source text: static imports and re-exports, `import()` and `require()`. */
export function importSpecifiers(source: string): { specifier: string; line: number }[] {
	const found: { specifier: string; line: number }[] = [];
	const pattern = /\b(?:from|import|require)\s*\(?\s*['"]([^'"]+)['"]/g;
	for (const match of source.matchAll(pattern)) {
		found.push({ specifier: match[1]!, line: source.slice(0, match.index).split('\n').length });
	}
	return found;
}

/** The source files under a directory. */
export function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(ts|mts|js|mjs|astro)$/.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));
}

/** The files a module imports from the repository (relative specifiers only). */
export function localImports(file: string): string[] {
	return importSpecifiers(readFileSync(file, 'utf8'))
		.filter(({ specifier }) => specifier.startsWith('.'))
		.map(({ specifier }) => resolve(dirname(file), specifier))
		.filter((path) => existsSync(path));
}

/** Every repository file a module reaches through its imports, itself included. */
export function importClosure(entry: string): Set<string> {
	const seen = new Set<string>();
	const queue = [entry];
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		queue.push(...localImports(file));
	}
	return seen;
}
