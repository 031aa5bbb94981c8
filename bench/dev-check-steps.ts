/**
 * `node bench/dev-check-steps.ts <content dir> [saves]`: the steps of one live
 * preview check (src/data/live-preview.ts) timed one by one, in this process,
 * after a save of one major plan: reading the content directory, validation
 * and lint (checkLiveContent), the preview split and the portfolio (with the
 * live preview's PortfolioMemo; its totals are read too, as the dashboard
 * does). For profiling the dev server's work per save without Astro around it.
 * The first check's background lint is waited for before the saves.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IncrementalValidator } from '../src/lib/content/incremental.ts';
import { previewContent } from '../src/lib/content/preview.ts';
import { computePortfolio, PortfolioMemo } from '../src/lib/engine/index.ts';
import { combined, PlanLintCache } from '../src/lint/lint-plans.ts';
import { checkLiveContent } from '../src/node/live-check.ts';
import { ContentFileCache, readContentDir } from '../src/node/read-content-dir.ts';
import { Session } from 'node:inspector/promises';
import { mkdir } from 'node:fs/promises';

const [dirArg, savesArg = '5'] = process.argv.slice(2);
if (!dirArg) throw new Error('usage: node bench/dev-check-steps.ts <content dir> [saves]');
const dir: string = dirArg;
const file = join(dir, 'accounts', process.env.KAM_PLAN ?? 'account-00000.mdx');
const original = await readFile(file, 'utf8');
const validator = new IncrementalValidator();
const lintCache = new PlanLintCache();
const files = new ContentFileCache();
const memo = new PortfolioMemo();
/** KAM_PROFILE_DIR: a CPU profile of the saves (not the first check) is written there. */
const profileDir = process.env.KAM_PROFILE_DIR;

async function check(): Promise<Record<string, number>> {
	const times: Record<string, number> = {};
	let at = performance.now();
	const step = (name: string) => {
		const now = performance.now();
		times[name] = Math.round(now - at);
		at = now;
	};
	const snapshot = await readContentDir(dir, undefined, files);
	step('read');
	const { validation, lint, lintDone } = await checkLiveContent(snapshot, validator, lintCache);
	step('validate+lint');
	const preview = previewContent(validation, combined(validation.diagnostics, lint));
	step('preview');
	const { plans, people, policy, visits } = preview.content;
	const portfolio = computePortfolio({ plans: plans.map(({ slug, frontmatter, body, file }) => ({ slug, frontmatter, body, file })), visits, people: [...people], policy, asOf: '2026-11-22' }, memo);
	step('portfolio');
	void [portfolio.rollups.owner, portfolio.total, portfolio.schedule, portfolio.attention, portfolio.scorecards, portfolio.coverage, portfolio.teamLoads];
	step('totals');
	if (lintDone) {
		await lintDone;
		step('background lint');
	}
	return times;
}

console.log('first', await check());
const session = profileDir ? new Session() : undefined;
if (session) {
	session.connect();
	await session.post('Profiler.enable');
	await session.post('Profiler.start');
}
try {
	for (let i = 1; i <= Number(savesArg); i++) {
		await writeFile(file, original.replace(/^name: .*$/m, `name: Renamed ${i}`));
		console.log(`save ${i}`, await check(), `rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`);
	}
} finally {
	await writeFile(file, original);
	if (session && profileDir) {
		const { profile } = await session.post('Profiler.stop');
		await mkdir(profileDir, { recursive: true });
		await writeFile(join(profileDir, 'saves.cpuprofile'), JSON.stringify(profile));
	}
}
