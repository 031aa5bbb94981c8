/**
 * `npm run bench:sign-off`: `npm run codeowners` (write, then --check) and
 * `npm run sign-off` on a pull request that changes 50 plans of a sign-off tier,
 * at 10,000 generated plans in a real Git repository (content in `content/`).
 * Wall time is the median of several runs. Writes the "sign-off" section of
 * bench/RESULTS.md. Target (issue 24): each within 3 s.
 *   npm run bench:sign-off -- --plans 10000 --runs 5
 */
import { execFileSync } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { writeGeneratedContent } from './generate.ts';
import { type Measurement, measure } from './measure.ts';
import { writeSection } from './results-file.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(process.env.KAM_BENCH_DIR ?? '/tmp/kam-bench', 'sign-off');
const TARGET_SECONDS = 3;
const CHANGED_PLANS = 50;
const option = (name: string, fallback: string) => {
	const at = process.argv.indexOf(name);
	return at === -1 ? fallback : process.argv[at + 1]!;
};
const plans = Number(option('--plans', '10000'));
const runs = Number(option('--runs', '5'));
const loadAtStart = loadavg()[0]!;

const git = (args: string[]) => execFileSync('git', args, { cwd: WORK, env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' }, maxBuffer: 2 ** 28 }).toString();
const content = join(WORK, 'content');

await rm(WORK, { recursive: true, force: true });
console.log(`generating ${plans} plans in ${content}`);
await writeGeneratedContent(content, { count: plans });
// The generator writes no sign-off rules, managers or logins: add them as a company would.
const people = parse(await readFile(join(content, 'people.yaml'), 'utf8')) as { id: string; manager?: string; github?: string }[];
people.forEach((person, index) => {
	if (index > 0) person.manager = people[index < 10 ? 0 : index % 10]!.id;
	person.github = `${person.id}-gh`;
});
await writeFile(join(content, 'people.yaml'), stringify(people));
const policy = parse(await readFile(join(content, 'policy.yaml'), 'utf8')) as Record<string, unknown>;
policy.signOff = { major: ['owner-manager', 'sponsor'], named: ['owner-manager'], application: ['owner-manager'] };
await writeFile(join(content, 'policy.yaml'), stringify(policy, { lineWidth: 0 }));

git(['init', '-q', '-b', 'main']);
git(['config', 'user.name', 'Bench']);
git(['config', 'user.email', 'bench@example.com']);
git(['add', '-A']);
git(['commit', '-q', '-m', 'base']);
git(['checkout', '-q', '-b', 'pr']);

// The pull request: 50 plans of a sign-off tier get a new current value.
const files = (await readdir(join(content, 'accounts'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
let changed = 0;
for (const file of files) {
	if (changed === CHANGED_PLANS) break;
	const text = await readFile(file, 'utf8');
	if (!/^tier: (major|named)$/m.test(text)) continue;
	await writeFile(file, text.replace(/^(  current: )(\d+)/m, (_, key: string, n: string) => `${key}${Number(n) + 1000}`));
	changed++;
}
git(['commit', '-q', '-am', `change ${changed} plans`]);
// Every person approves, the author's own approval included (it must not count).
const reviewsFile = join(WORK, '..', 'sign-off-reviews.json');
await writeFile(
	reviewsFile,
	JSON.stringify(people.map((p, i) => ({ id: i + 1, user: { login: p.github, id: 1000 + i, type: 'User' }, body: '', state: 'APPROVED', submitted_at: '2026-11-20T08:00:00Z', commit_id: 'a'.repeat(40), author_association: 'MEMBER' }))),
);

const node = process.execPath;
const env = { NO_COLOR: '1', KAM_CONTENT: content, GITHUB_STEP_SUMMARY: '' };
async function timed(label: string, args: string[], expectCode: number): Promise<{ median: Measurement; all: Measurement[] }> {
	const all: Measurement[] = [];
	for (let i = 0; i < runs; i++) {
		const m = await measure(node, ['--no-warnings', ...args], { cwd: ROOT, env });
		if (m.code !== expectCode) throw new Error(`${label} exited ${m.code}:\n${m.output.slice(0, 2000)}`);
		all.push(m);
	}
	const sorted = [...all].sort((a, b) => a.seconds - b.seconds);
	const median = sorted[Math.floor(sorted.length / 2)]!;
	console.log(`${label}: median ${median.seconds.toFixed(2)} s (${sorted.map((m) => m.seconds.toFixed(2)).join(', ')}), peak ${median.peakMegabytes.toFixed(0)} MB`);
	return { median, all };
}

const codeownersFile = join(WORK, '.github', 'CODEOWNERS');
const write = await timed('codeowners', ['src/cli/codeowners.ts'], 0);
const check = await timed('codeowners --check', ['src/cli/codeowners.ts', '--check'], 0);
const bytes = (await readFile(codeownersFile)).length;
const lines = (await readFile(codeownersFile, 'utf8')).split('\n').filter((l) => l.startsWith('/')).length;
const signOff = await timed('sign-off', ['src/cli/sign-off.ts', 'main', '--reviews', reviewsFile, '--author', people[1]!.github!], 0);
const signOffItems = /all (\d+) item\(s\) approved/.exec(signOff.median.output)?.[1] ?? '?';

const row = (label: string, r: { median: Measurement; all: Measurement[] }) =>
	`| ${label} | ${r.median.seconds.toFixed(2)} s | ${r.all.map((m) => m.seconds.toFixed(2)).join(', ')} | ${r.median.peakMegabytes.toFixed(0)} MB | ${r.median.seconds <= TARGET_SECONDS ? 'yes' : '**no**'} |`;
const body = `## Sign-off as code: codeowners and sign-off (\`npm run bench:sign-off\`)

${plans.toLocaleString('en')} generated plans in a Git repository (content in \`content/\`), with
\`signOff: { major: [owner-manager, sponsor], named: [owner-manager] }\`, a manager and a
GitHub login for every person. Median of ${runs} runs each; target ${TARGET_SECONDS} s (issue 24).
Measured on ${cpus().length} cores **shared with other engineers' work** (load average
${loadAtStart.toFixed(1)} at the start), so the figures are upper bounds.

| command | median | runs | peak memory | within ${TARGET_SECONDS} s |
| --- | ---: | --- | ---: | --- |
${row(`\`codeowners\` (writes ${lines.toLocaleString('en')} paths, ${(bytes / 2 ** 20).toFixed(2)} MB)`, write)}
${row('`codeowners --check`', check)}
${row(`\`sign-off\` (a pull request changing ${changed} plans: ${signOffItems} items, every signer approved)`, signOff)}

\`codeowners\` reads every plan's frontmatter (tier, owner, sponsor) without the full
validation; \`sign-off\` reads only the files the pull request changes, at the merge
base and at HEAD, with one \`git cat-file --batch\` per revision.
`;
await writeSection('sign-off', body);
console.log('wrote the sign-off section of bench/RESULTS.md');
