#!/usr/bin/env node
/**
 * `npm run portals`: the ids of the audience portals in policy.yaml, one a
 * line, or `--format json` for a workflow's build matrix (`["east-china"]`).
 * Exit 1 when policy.yaml has errors (they are printed).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentDirFromEnv } from '../node/content-dir.ts';
import { POLICY_FILE } from '../lib/content/files.ts';
import { loadPolicy } from '../lib/content/validate.ts';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { formatDiagnostics } from '../lib/format-diagnostics.ts';
import { parseCommandLine } from './args.ts';

const USAGE = 'usage: npm run portals -- [--format json]';
let json = false;
try {
	const { values } = parseCommandLine(process.argv.slice(2), { format: { type: 'string' } }, { hint: USAGE });
	if (values.format !== undefined && values.format !== 'json') throw new Error(`--format takes json; found \`${values.format}\`; ${USAGE}`);
	json = values.format === 'json';
} catch (error) {
	console.error((error as Error).message);
	process.exit(2);
}
const bytes = await readFile(join(contentDirFromEnv(), POLICY_FILE)).catch(() => undefined);
const diagnostics: Diagnostic[] = [];
const policy = loadPolicy(bytes && { path: POLICY_FILE, bytes }, diagnostics);
if (diagnostics.length > 0) {
	console.error(formatDiagnostics('pretty', diagnostics, { isTTY: Boolean(process.stderr.isTTY), env: process.env }));
	process.exitCode = 1;
} else {
	const ids = (policy.portals ?? []).map((portal) => portal.id);
	console.log(json ? JSON.stringify(ids) : ids.join('\n'));
}
