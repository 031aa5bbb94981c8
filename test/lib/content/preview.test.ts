/**
 * The live preview's content pipeline without a server: re-validation after a
 * save equals a full validation, checks only what changed, and splits the
 * result into what renders and what is shown as problems.
 */
import { describe, expect, it } from 'vitest';
import { IncrementalValidator } from '../../../src/lib/content/incremental.ts';
import { previewContent } from '../../../src/lib/content/preview.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { combined, lintPlans, PlanLintCache } from '../../../src/lint/lint-plans.ts';
import { problemFiles } from '../../../src/view/problems.ts';
import { planFile, snapshot, VALID_BODY, validPlan } from '../../helpers/content-fixture.ts';

const plan = (change: (plan: Record<string, any>) => void = () => {}) => {
	const data = validPlan();
	change(data);
	return planFile(data);
};

describe('IncrementalValidator', () => {
	it('gives the same result as a full validation, and checks again only the file that changed', () => {
		const validator = new IncrementalValidator();
		const first = snapshot({ 'a.mdx': plan(), 'b.mdx': plan((p) => (p.name = 'Beta')), 'c.mdx': plan((p) => (p.tier = 'platinum')) });
		expect(validator.validate(first)).toEqual(validateContent(first));
		expect(validator.lastChecked).toBe(3);

		const second = snapshot({ 'a.mdx': plan(), 'b.mdx': plan((p) => (p.name = 'Beta renamed')), 'c.mdx': plan((p) => (p.tier = 'platinum')) });
		expect(validator.validate(second)).toEqual(validateContent(second));
		expect(validator.lastChecked).toBe(1);
	});

	it('checks every plan again when the policy changes, and forgets deleted files', () => {
		const validator = new IncrementalValidator();
		validator.validate(snapshot({ 'a.mdx': plan(), 'b.mdx': plan() }));
		const withPolicy = snapshot({ 'a.mdx': plan(), 'b.mdx': plan() }, { policy: 'dueSoonDays: 10\n' });
		expect(validator.validate(withPolicy)).toEqual(validateContent(withPolicy));
		expect(validator.lastChecked).toBe(2);
		const fewer = snapshot({ 'a.mdx': plan() }, { policy: 'dueSoonDays: 10\n' });
		expect(validator.validate(fewer).plans.map((p) => p.slug)).toEqual(['a']);
		expect(validator.lastChecked).toBe(0);
	});
});

describe('PlanLintCache', () => {
	it('lints again only the changed plan, with the same messages as an uncached lint', async () => {
		const cache = new PlanLintCache();
		const body = '\n## Customer information\n\nText.\n';
		const content = snapshot({ 'a.mdx': planFile(validPlan(), body), 'b.mdx': plan() });
		const { policy } = validateContent(content);
		const cached = await lintPlans(content, policy, cache);
		expect(cached).toEqual(await lintPlans(content, policy));
		expect(cached.some((d) => d.file === 'accounts/a.mdx' && d.rule === 'kam-plan-parts')).toBe(true);
		// A cached result is reused: the same array for an unchanged file.
		expect(cache.get('accounts/b.mdx', new TextDecoder().decode(content.accounts[1]!.bytes), JSON.stringify([policy.sections, { a: 'accounts/a.mdx', b: 'accounts/b.mdx' }]))).toBeDefined();
	});
});

describe('PlanLintCache with unchanged bytes', () => {
	it('lints a plan of the same bytes again when the set of plans changed, as an uncached lint would', async () => {
		const cache = new PlanLintCache();
		const holding = snapshot({ 'holding.mdx': planFile(validPlan(), '\n## Customer information\n\nSee [x](/accounts/nowhere/).\n') });
		const { policy } = validateContent(holding);
		expect((await lintPlans(holding, policy, cache)).map((d) => d.rule)).toContain('kam-plan-links');
		// The very same bytes object of holding.mdx, now beside a plan `nowhere`: its link leads somewhere.
		const withTarget = { ...holding, accounts: [...holding.accounts, ...snapshot({ 'nowhere.mdx': plan() }).accounts] };
		const cached = await lintPlans(withTarget, policy, cache);
		expect(cached).toEqual(await lintPlans(withTarget, policy));
		expect(cached.map((d) => d.rule)).not.toContain('kam-plan-links');
		// And back: the same bytes, the first set of plans.
		expect(await lintPlans(holding, policy, cache)).toEqual(await lintPlans(holding, policy));
	});
});

describe('previewContent', () => {
	it('leaves out a plan with an error in its file and names it as broken, keeping every other plan', () => {
		const content = snapshot({ 'good.mdx': plan(), 'east/broken.mdx': plan((p) => (p.tier = 'platinum')) });
		const validation = validateContent(content);
		const preview = previewContent(validation, validation.diagnostics);
		expect(preview.content.plans.map((p) => p.slug)).toEqual(['good']);
		expect(preview.filesWithErrors).toEqual(['accounts/east/broken.mdx']);
		expect([...preview.brokenPlans]).toEqual([['broken', ['accounts/east/broken.mdx']]]);
	});

	it('keeps a plan whose parent account is broken (by lint), without the parent, so the portfolio stays a tree', async () => {
		const content = snapshot({
			'holding.mdx': planFile(validPlan(), '\n## Customer information\n\nSee [x](/accounts/nowhere/).\n'),
			'child.mdx': plan((p) => (p.parent = 'holding')),
		});
		const validation = validateContent(content);
		const preview = previewContent(validation, combined(validation.diagnostics, await lintPlans(content, validation.policy)));
		expect(preview.brokenPlans.has('holding')).toBe(true);
		expect(preview.content.plans.map((p) => [p.slug, p.frontmatter.parent])).toEqual([['child', undefined]]);
		expect(validation.plans.find((p) => p.slug === 'child')!.frontmatter.parent).toBe('holding');
	});

	it('treats a plan with lint errors only as broken too, as the pull request would', async () => {
		// A component closed across emphasis: the page's parser reads it, lint's does not; a lint error that validation does not see.
		const content = snapshot({ 'a.mdx': plan(), 'b.mdx': planFile(validPlan(), `${VALID_BODY}\n**<Callout type="note">Risk**</Callout>\n`) });
		const validation = validateContent(content);
		expect(validation.diagnostics.filter((d) => d.file === 'accounts/b.mdx' && d.severity === 'error')).toEqual([]);
		const all = combined(validation.diagnostics, await lintPlans(content, validation.policy));
		const preview = previewContent(validation, all);
		expect(preview.brokenPlans.has('b')).toBe(true);
		expect(preview.content.plans.map((p) => p.slug)).toEqual(['a']);
	});

	it('shows each file\'s problems in the words of check-plan, files with errors first', () => {
		const content = snapshot({ 'a.mdx': plan((p) => (p.tier = 'named')), 'z.mdx': plan((p) => (p.tier = 'platinum')) });
		const validation = validateContent(content);
		const files = problemFiles(previewContent(validation, validation.diagnostics));
		expect(files.map((f) => [f.file, f.slug, f.errors > 0])).toEqual([
			['accounts/z.mdx', 'z', true],
			['accounts/a.mdx', 'a', false],
		]);
		expect(files[0]!.text.split('\n')[1]).toBe(
			'  accounts/z.mdx:3  error    tier: expected one of `major`, `named`, `non-named`, `mass-market`; found `platinum` (text)  (invalid-value)',
		);
	});
});
