/** Every plan's facts (tier, owner, sponsor, application) from a content directory on disk, for code owners. */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { PEOPLE_FILE, POLICY_FILE } from '../lib/content/files.ts';
import { planSlugFromPath } from '../lib/content/plan-path.ts';
import type { Diagnostic } from '../lib/diagnostics.ts';
import type { CodeownersPlan } from '../lib/sign-off/codeowners.ts';
import { type Organisation, organisationOf, planFacts } from '../lib/sign-off/facts.ts';

const readOptional = (dir: string, name: string) => {
	try {
		return { path: name, bytes: readFileSync(join(dir, name)) };
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
};

/** The plans of `dir` (hidden folders skipped; files that are no `<slug>.mdx` left to the validator) and its policy and people. */
export async function readPlanFacts(dir: string, diagnostics: Diagnostic[] = []): Promise<{ plans: CodeownersPlan[]; organisation: Organisation }> {
	const accountsDir = join(dir, 'accounts');
	const entries = await readdir(accountsDir, { recursive: true, withFileTypes: true }).catch(() => []);
	const plans: CodeownersPlan[] = [];
	for (const entry of entries) {
		const slug = planSlugFromPath(entry.name);
		if (!entry.isFile() || slug === undefined) continue;
		const full = join(entry.parentPath, entry.name);
		const file = relative(dir, full).split(sep).join('/');
		if (file.split('/').some((part) => part.startsWith('.'))) continue;
		const facts = planFacts(file, readFileSync(full));
		if (facts) plans.push({ slug, file, facts });
	}
	return { plans, organisation: organisationOf(readOptional(dir, POLICY_FILE), readOptional(dir, PEOPLE_FILE), diagnostics) };
}
