/** Reading a source tree's imports, for the tests that keep the layers apart. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

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

/**
 * The circles of imports among `files`: each group of files that reach one
 * another through their imports (a strongly connected component of more than
 * one file, or a file that imports itself), as paths relative to `root`, sorted.
 */
export function importCircles(files: string[], root: string): string[][] {
	const inGraph = new Set(files);
	const edges = new Map(files.map((file) => [file, localImports(file).filter((target) => inGraph.has(target))]));
	// Tarjan's algorithm, iterative so a deep import chain cannot overflow the stack.
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const onStack = new Set<string>();
	const stack: string[] = [];
	const circles: string[][] = [];
	let next = 0;
	for (const start of files) {
		if (index.has(start)) continue;
		const work: { file: string; targets: string[]; at: number }[] = [];
		const visit = (file: string) => {
			index.set(file, next);
			low.set(file, next);
			next++;
			stack.push(file);
			onStack.add(file);
			work.push({ file, targets: edges.get(file)!, at: 0 });
		};
		visit(start);
		while (work.length > 0) {
			const frame = work.at(-1)!;
			if (frame.at < frame.targets.length) {
				const target = frame.targets[frame.at++]!;
				if (!index.has(target)) visit(target);
				else if (onStack.has(target)) low.set(frame.file, Math.min(low.get(frame.file)!, index.get(target)!));
				continue;
			}
			work.pop();
			const parent = work.at(-1);
			if (parent) low.set(parent.file, Math.min(low.get(parent.file)!, low.get(frame.file)!));
			if (low.get(frame.file) !== index.get(frame.file)) continue;
			const component: string[] = [];
			for (;;) {
				const member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
				if (member === frame.file) break;
			}
			if (component.length > 1 || edges.get(frame.file)!.includes(frame.file)) circles.push(component.map((file) => relative(root, file)).sort());
		}
	}
	return circles.sort((a, b) => a[0]!.localeCompare(b[0]!));
}
