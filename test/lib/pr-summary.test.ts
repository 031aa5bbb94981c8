import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/node/read-content-dir.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { computePortfolio } from '../../src/lib/engine/index.ts';
import { escapeMarkdown, prSummary } from '../../src/lib/pr-summary.ts';
import { runNode } from '../helpers/build-site.ts';

/** Two content directories, as the workflow passes them: the base branch and the pull request. */
const FIXTURES = 'test/lib/pr-summary';
const AS_OF = '2026-11-22';

async function accounts(dir: string) {
	const { plans, people, policy } = validateContent(await readContentDir(join(import.meta.dirname, '../..', dir)));
	return computePortfolio({ plans, people, policy, asOf: AS_OF }).accounts;
}

describe('the pull request job summary', () => {
	it('lists errors and warnings, new, removed and changed plans, escaped (fixtures)', async () => {
		const result = await runNode(['src/cli/pr-summary.ts', `${FIXTURES}/base`, `${FIXTURES}/head`], { KAM_AS_OF: AS_OF });
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(await readFile(join(FIXTURES, 'expected.md'), 'utf8'));
	});

	it('counts every head plan as new when the base has no content yet', async () => {
		const result = await runNode(['src/cli/pr-summary.ts', `${FIXTURES}/no-such-base`, `${FIXTURES}/head`], { KAM_AS_OF: AS_OF });
		expect(result.stdout).toContain('**New plans (4):**');
		expect(result.stdout).not.toContain('Removed plans');
	});

	it('says so when nothing is wrong and nothing changed', async () => {
		const base = await accounts(`${FIXTURES}/base`);
		const summary = prSummary({ diagnostics: [], base, head: base, asOf: AS_OF });
		expect(summary).toContain('✅ No errors and no warnings.');
		expect(summary).toContain('No plan changes tier, value or review status.');
	});

	it('says so when the base could not be read', async () => {
		const summary = prSummary({ diagnostics: [], base: undefined, head: await accounts(`${FIXTURES}/head`), asOf: AS_OF });
		expect(summary).toContain('The base branch could not be read');
	});

	it('lists at most `limit` problems per severity and counts the rest', () => {
		const diagnostics = Array.from({ length: 5 }, (_, i) => ({ file: `accounts/p${i}.mdx`, line: 1, field: '', severity: 'error' as const, rule: 'invalid-value' as const, message: 'm' }));
		const summary = prSummary({ diagnostics, base: [], head: [], asOf: AS_OF, limit: 2 });
		expect(summary.match(/^\| accounts/gm)).toHaveLength(2);
		expect(summary).toContain('…and 3 more');
	});
});

describe('escapeMarkdown', () => {
	it('neutralises HTML, links, emphasis, tables, mentions and line breaks', () => {
		const escaped = escapeMarkdown('<img src=x onerror=alert(1)> [a](javascript:x) *b* | @org/team\n# h');
		expect(escaped).not.toMatch(/<|\n/);
		expect(escaped).toBe('&lt;img src=x onerror=alert\\(1\\)&gt; \\[a\\]\\(javascript\\:x\\) \\*b\\* \\| \\@org/team \\# h');
	});

	it('keeps text without Markdown meaning as it is', () => {
		expect(escapeMarkdown('华建建设集团 2026')).toBe('华建建设集团 2026');
	});
});
