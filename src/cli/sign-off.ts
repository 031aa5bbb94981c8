#!/usr/bin/env node
/**
 * `npm run sign-off -- <base> --reviews <file.json> [--author <login>]`: the
 * plans and application decisions a pull request changes (between the merge
 * base with <base> and HEAD of the content directory's Git repository) that
 * need sign-off, who must approve and who has, from the pull request's reviews
 * as GitHub's REST API returns them. Exit 1 while an approval is missing.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { PEOPLE_FILE, POLICY_FILE } from '../lib/content/files.ts';
import { planSlugFromPath } from '../lib/content/plan-path.ts';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { organisationOf, planFacts } from '../lib/sign-off/facts.ts';
import { signOffMarkdown, signOffText } from '../lib/sign-off/report.ts';
import { type ChangedPlan, type GitHubReview, reviewsFromText, signOffItems } from '../lib/sign-off/sign-off.ts';
import { contentDirFromEnv } from '../node/content-dir.ts';
import { changedFiles, contentRepo, mergeBase, readAtRevision } from '../node/git-content.ts';
import { commandLine } from './args.ts';

const HELP = `Usage: npm run sign-off -- <base> --reviews <file.json> [--author <login>]

Lists the plans of a sign-off tier (policy.yaml signOff) and the application
decisions that the pull request adds or changes between <base> (its merge base
with HEAD) and HEAD of the content directory's Git repository ($KAM_CONTENT,
else ./content), who must approve each, and who has.

  --reviews <file>   the pull request's reviews, as GitHub's REST API returns them:
                     gh api repos/{owner}/{repo}/pulls/{n}/reviews --paginate > reviews.json
  --author <login>   the pull request's author: their approval does not count, and
                     where they are a required signer their manager signs instead

Writes a Markdown summary to $GITHUB_STEP_SUMMARY when it is set.
Exit status: 0 every approval given, 1 an approval missing, 2 usage or Git error.`;

async function main(): Promise<number> {
	const line = commandLine(process.argv.slice(2), { reviews: { type: 'string' }, author: { type: 'string' } }, HELP, { maxPositionals: 1 });
	if ('exitCode' in line) return line.exitCode;
	const { values, positionals } = line;
	const base = positionals[0];
	if (base === undefined || values.reviews === undefined) {
		console.error(HELP);
		return 2;
	}
	let reviews: GitHubReview[];
	try {
		reviews = reviewsFromText(readFileSync(values.reviews, 'utf8'));
	} catch (error) {
		console.error(`sign-off: cannot read the reviews in \`${values.reviews}\`: ${(error as Error).message}`);
		return 2;
	}
	const author = values.author || undefined;

	const repo = contentRepo(contentDirFromEnv());
	const from = mergeBase(repo, base);
	const plansPath = `${repo.prefix}accounts/`;
	const changed = changedFiles(repo, from, 'HEAD', plansPath).filter((path) => {
		const file = path.slice(repo.prefix.length);
		return planSlugFromPath(file) !== undefined && !file.split('/').some((part) => part.startsWith('.'));
	});
	const shared = [`${repo.prefix}${POLICY_FILE}`, `${repo.prefix}${PEOPLE_FILE}`];
	const atBase = readAtRevision(repo, from, [...shared, ...changed]);
	const atHead = readAtRevision(repo, 'HEAD', [...shared, ...changed]);
	const diagnostics: Diagnostic[] = [];
	const fileAt = (files: Map<string, Uint8Array | undefined>, name: string) => {
		const bytes = files.get(`${repo.prefix}${name}`);
		return bytes === undefined ? undefined : { path: name, bytes };
	};
	const baseOrg = organisationOf(fileAt(atBase, POLICY_FILE), fileAt(atBase, PEOPLE_FILE));
	const headOrg = organisationOf(fileAt(atHead, POLICY_FILE), fileAt(atHead, PEOPLE_FILE), diagnostics);
	for (const d of diagnostics) console.error(`${d.severity}: ${d.file}${d.line ? `:${d.line}` : ''} ${d.field}: ${d.message} (the default policy applies)`);
	const changes: ChangedPlan[] = changed.map((path) => {
		const file = path.slice(repo.prefix.length);
		const change: ChangedPlan = { file, slug: planSlugFromPath(file)! };
		const before = atBase.get(path);
		const after = atHead.get(path);
		if (before) change.before = planFacts(file, before);
		if (after) change.after = planFacts(file, after);
		return change;
	});
	const result = signOffItems(changes, baseOrg, headOrg, reviews, author);
	process.stdout.write(signOffText(result, repo.prefix));
	if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, signOffMarkdown(result, repo.prefix));
	return result.missing.length > 0 ? 1 : 0;
}

process.exitCode = await main().catch((error: Error) => {
	console.error(`sign-off: ${error.message.split('\n')[0]}`);
	return 2;
});
