/**
 * bench/RESULTS.md is written by more than one script: `npm run bench` writes
 * the whole file and keeps the marked sections other scripts own
 * (`<!-- section:NAME -->` … `<!-- /section:NAME -->`), which they replace.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const RESULTS_FILE = join(import.meta.dirname, 'RESULTS.md');

const pattern = (name?: string) => new RegExp(`<!-- section:(${name ?? '[a-z-]+'}) -->[\\s\\S]*?<!-- /section:\\1 -->\\n?`, 'g');

/** The marked sections of a results text, in order. */
export function markedSections(text: string): string[] {
	return [...text.matchAll(pattern())].map((match) => match[0].endsWith('\n') ? match[0] : `${match[0]}\n`);
}

/** The text with section `name` set to `body` (appended when it is not there yet). */
export function withSection(text: string, name: string, body: string): string {
	const section = `<!-- section:${name} -->\n${body.trim()}\n<!-- /section:${name} -->\n`;
	const existing = pattern(name);
	return existing.test(text) ? text.replace(pattern(name), section) : `${text.trimEnd()}\n\n${section}`;
}

/** Replaces one section of bench/RESULTS.md, leaving the rest as it is. */
export async function writeSection(name: string, body: string): Promise<void> {
	const text = await readFile(RESULTS_FILE, 'utf8').catch(() => '# Benchmark results\n');
	await writeFile(RESULTS_FILE, withSection(text, name, body));
}

/** Writes the whole file, keeping the sections other scripts wrote. */
export async function writeResults(text: string): Promise<void> {
	const kept = markedSections(await readFile(RESULTS_FILE, 'utf8').catch(() => ''));
	await writeFile(RESULTS_FILE, kept.length > 0 ? `${text.trimEnd()}\n\n${kept.join('\n')}` : text);
}
