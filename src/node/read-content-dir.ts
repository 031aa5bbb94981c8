import { readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { PEOPLE_FILE, POLICY_FILE } from '../lib/content/files.ts';
import { IMAGE_TYPES } from '../lib/content/plan-images.ts';
import type { ContentFile, ContentSnapshot } from '../lib/content/validate.ts';

import { asOfFromEnv } from './as-of.ts';

export { contentDirFromEnv } from './content-dir.ts';

async function readOptional(path: string, name: string): Promise<ContentFile | undefined> {
	try {
		return { path: name, bytes: await readFile(path) };
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

/**
 * Reads a content directory into a snapshot for `validateContent`. Hidden files
 * are skipped. `onListed` hears the plan count before the plans are read.
 */
export async function readContentDir(dir: string, onListed?: (planCount: number) => void): Promise<ContentSnapshot> {
	const info = await stat(dir).catch(() => undefined);
	if (!info?.isDirectory()) throw new Error(`content directory \`${dir}\` does not exist; set KAM_CONTENT to the folder that holds policy.yaml, people.yaml and accounts/`);
	const accountsDir = join(dir, 'accounts');
	const entries = await readdir(accountsDir, { recursive: true, withFileTypes: true }).catch(() => []);
	const files = entries.filter((e) => e.isFile() && !relative(accountsDir, join(e.parentPath, e.name)).split(sep).some((part) => part.startsWith('.')));
	onListed?.(files.length);
	// Synchronous reads: for thousands of small files they are several times
	// faster than as many concurrent promises (10,000 plans: 0.15 s against 0.6 s).
	const accounts = files.map((entry) => {
		const full = join(entry.parentPath, entry.name);
		return { path: relative(dir, full).split(sep).join('/'), bytes: readFileSync(full) };
	});
	const [policy, people, images] = await Promise.all([readOptional(join(dir, POLICY_FILE), POLICY_FILE), readOptional(join(dir, PEOPLE_FILE), PEOPLE_FILE), listImages(dir)]);
	const snapshot: ContentSnapshot = { policy, people, accounts, images };
	const asOf = asOfOrUndefined();
	if (asOf !== undefined) snapshot.asOf = asOf;
	return snapshot;
}

/** The as-of date for date-dependent warnings; a bad `KAM_AS_OF` is reported by the commands that need it. */
function asOfOrUndefined(): string | undefined {
	try {
		return asOfFromEnv();
	} catch {
		return undefined;
	}
}

/** The image files a plan may show: outside `accounts/` and hidden folders, of a type the portal publishes. */
async function listImages(dir: string): Promise<string[]> {
	const top = await readdir(dir, { withFileTypes: true });
	const images: string[] = [];
	for (const entry of top) {
		if (entry.name.startsWith('.') || entry.name === 'accounts' || entry.name === 'node_modules') continue;
		const found = entry.isDirectory() ? await readdir(join(dir, entry.name), { recursive: true, withFileTypes: true }) : entry.isFile() ? [entry] : [];
		for (const file of found) {
			if (!file.isFile()) continue;
			const path = relative(dir, join(file.parentPath, file.name)).split(sep).join('/');
			if (path.split('/').some((part) => part.startsWith('.'))) continue;
			if (Object.hasOwn(IMAGE_TYPES, extname(path).toLowerCase())) images.push(path);
		}
	}
	return images.sort();
}
