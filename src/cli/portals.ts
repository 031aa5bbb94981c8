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

const json = process.argv.includes('--format') && process.argv[process.argv.indexOf('--format') + 1] === 'json';
const unknown = process.argv.slice(2).filter((arg, i, all) => arg !== '--format' && all[i - 1] !== '--format');
if (unknown.length > 0) {
	console.error(`unknown option \`${unknown[0]}\`; usage: npm run portals -- [--format json]`);
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
