/**
 * `npm run check-plan -- <visit report>`: the real command on a temporary
 * content directory. One valid base (a plan, its people and one visit report),
 * one change per test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runNode } from '../helpers/build-site.ts';
import { planFile, VALID_BODY, VALID_PEOPLE, validPlan, visitFile, writeContentDir } from '../helpers/content-fixture.ts';

const scripts = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const AS_OF = '2026-11-22';
/** Runs `npm run check-plan -- ...args` (its entry file, as npm does) at the base's as-of date. */
const checkPlan = (args: string[]) => runNode([scripts['check-plan']!.replace(/^node --no-warnings /, ''), ...args], { KAM_AS_OF: AS_OF });

const VISIT = 'visits/acme/2026-11-20-framework-offer.mdx';

/** The valid base content, with `files` added or replacing its files (`null` removes one). */
async function content(files: Record<string, string | null> = {}): Promise<string> {
	const all: Record<string, string | null> = { 'people.yaml': VALID_PEOPLE, 'accounts/east/acme.mdx': planFile(), [VISIT]: visitFile(), ...files };
	return writeContentDir(Object.fromEntries(Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== null)));
}

describe('npm run check-plan -- <visit report>', () => {
	it('says a valid report is valid and exits 0', async () => {
		const dir = await content();
		const result = await checkPlan([join(dir, VISIT)]);
		expect(result).toEqual({ code: 0, stdout: `✓ ${VISIT} is valid\n`, stderr: '' });
	});

	it('prints the whole report of a folder that names no plan, and exits 1', async () => {
		const file = 'visits/acme-holdings/2026-11-20-framework-offer.mdx';
		const dir = await content({ [VISIT]: null, [file]: visitFile() });
		const result = await checkPlan([join(dir, file)]);
		expect(result.code).toBe(1);
		expect(result.stdout).toBe(
			[
				file,
				`  ${file}:-  error    folder \`visits/acme-holdings/\` names no plan: there is no \`accounts/**/acme-holdings.mdx\`; name the folder after the plan's file (its slug), or move the report  (visit-unknown-plan)`,
				'',
				'✗ 1 error, 0 warnings in 1 file',
				'',
			].join('\n'),
		);
	});

	it('prints an unknown contact and an unknown person with their lines and rules', async () => {
		const dir = await content({
			[VISIT]: visitFile((l) => {
				l.ours = '[li-wei, nobody]';
				l.theirs = '[zhao-lei, qian-bo]';
			}),
		});
		const result = await checkPlan([join(dir, VISIT)]);
		expect(result.code).toBe(1);
		expect(result.stdout).toBe(
			[
				VISIT,
				`  ${VISIT}:5  error    ours[1]: unknown person \`nobody\`: every person must be listed in \`people.yaml\`; add them there or fix the id  (unknown-person)`,
				`  ${VISIT}:6  error    theirs[1]: unknown contact \`qian-bo\`: expected the id of a contact of \`accounts/east/acme.mdx\`, one of \`zhao-lei\`  (visit-unknown-contact)`,
				'',
				'✗ 2 errors, 0 warnings in 1 file',
				'',
			].join('\n'),
		);
	});

	it('reports a done visit without outcome, from the file alone', async () => {
		const dir = await content({ [VISIT]: visitFile((l) => delete l.outcome) });
		const result = await checkPlan(['--format', 'json', join(dir, VISIT)]);
		expect(result.code).toBe(1);
		const parsed = JSON.parse(result.stdout);
		expect(parsed).toMatchObject({ contentDir: dir, visit: VISIT, errors: 1, warnings: 0 });
		expect(parsed).not.toHaveProperty('plan');
		expect(parsed.diagnostics.map((d: { file: string; field: string; rule: string }) => [d.file, d.field, d.rule])).toEqual([[VISIT, 'outcome', 'invalid-value']]);
	});

	it('warns of a planned visit in the past without failing, and fails with --strict', async () => {
		const dir = await content({
			[VISIT]: visitFile((l) => {
				l.status = 'planned';
				delete l.outcome;
			}),
		});
		const result = await checkPlan([join(dir, VISIT)]);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`  ${VISIT}:4  warning  status: the visit is \`planned\` for \`2026-11-20\`, which has passed; record it as done (with its \`outcome\`) or cancelled  (visit-planned-past)`);
		expect((await checkPlan(['--strict', join(dir, VISIT)])).code).toBe(1);
	});

	it("prints only the report's own problems, and counts the other files that have some", async () => {
		const other = 'visits/acme/2026-11-01-call.mdx';
		const plan = validPlan();
		plan.owner = 'nobody';
		const dir = await content({ [other]: visitFile((l) => (l.date = '2026-10-30')), 'accounts/east/acme.mdx': planFile(plan, VALID_BODY) });
		const result = await checkPlan([join(dir, VISIT)]);
		expect(result).toEqual({ code: 0, stdout: `✓ ${VISIT} is valid\n(2 other files have problems too; \`npm run check\` lists them)\n`, stderr: '' });
	});

	it('reports a report outside a plan folder by its place', async () => {
		const file = 'visits/2026-11-20-framework-offer.mdx';
		const dir = await content({ [file]: visitFile() });
		const result = await checkPlan(['--format', 'json', join(dir, file)]);
		expect(result.code).toBe(1);
		expect(JSON.parse(result.stdout).diagnostics.map((d: { file: string; rule: string }) => [d.file, d.rule])).toEqual([[file, 'visit-file-name']]);
	});

	it('refuses a report that does not exist, and a folder', async () => {
		const dir = await content();
		for (const path of [join(dir, 'visits/acme/2026-11-21-missing.mdx'), join(dir, 'visits/acme')]) {
			const result = await checkPlan([path]);
			expect(result.code).toBe(2);
			expect(result.stderr).toContain('is not a plan file or a visit report');
		}
	});

	it('takes a plan in a region folder called `visits` for a plan, not a visit report', async () => {
		const dir = await content({ 'accounts/visits/acme.mdx': planFile(), 'accounts/east/acme.mdx': null, [VISIT]: null });
		const result = await checkPlan(['--format', 'json', join(dir, 'accounts/visits/acme.mdx')]);
		expect(JSON.parse(result.stdout)).toMatchObject({ contentDir: dir, plan: 'accounts/visits/acme.mdx', errors: 0 });
		expect(result.code).toBe(0);
	});
});
