import { describe, expect, it } from 'vitest';
import { parsePlanBody, type PlanBodyNode } from '../../../src/lib/content/plan-body.ts';
import { checkPlanLinks, linksInBody, parsePlanLink, planLinkAddress } from '../../../src/lib/content/plan-links.ts';

const PLAN = 'accounts/east-china/huajian-municipal-engineering.mdx';
const PLANS = new Map([
	['huajian-construction-group', 'accounts/east-china/huajian-construction-group.mdx'],
	['minjiang-hydro', 'accounts/southwest/minjiang-hydro.mdx'],
	['acme', 'accounts/acme.mdx'],
]);

describe('parsePlanLink', () => {
	it.each([
		['/accounts/acme/', { form: 'portal', slug: 'acme', fragment: '' }],
		['/accounts/acme', { form: 'portal', slug: 'acme', fragment: '' }],
		['/accounts/acme/#action-plan', { form: 'portal', slug: 'acme', fragment: '#action-plan' }],
		['/accounts/acme/?tab=1#x', { form: 'portal', slug: 'acme', fragment: '#x' }],
		['./huajian-construction-group.mdx', { form: 'file', slug: 'huajian-construction-group', path: 'accounts/east-china/huajian-construction-group.mdx', fragment: '' }],
		['huajian-construction-group.mdx', { form: 'file', slug: 'huajian-construction-group', path: 'accounts/east-china/huajian-construction-group.mdx', fragment: '' }],
		['../southwest/minjiang-hydro.mdx#action-plan', { form: 'file', slug: 'minjiang-hydro', path: 'accounts/southwest/minjiang-hydro.mdx', fragment: '#action-plan' }],
		['../acme.mdx?plain=1#客户信息', { form: 'file', slug: 'acme', path: 'accounts/acme.mdx', fragment: '#客户信息' }],
		['../south%20west/x.mdx', { form: 'file', slug: 'x', path: 'accounts/south west/x.mdx', fragment: '' }],
	])('reads %s as a plan link', (url, link) => {
		expect(parsePlanLink(url, PLAN)).toEqual(link);
	});

	it.each([['/accounts/'], ['/owners/li-wei/'], ['https://example.com/accounts/acme/'], ['https://github.com/o/r/blob/main/acme.mdx'], ['#notes'], ['notes.md'], ['mailto:a@example.com']])(
		'reads %s as no plan link',
		(url) => {
			expect(parsePlanLink(url, PLAN)).toBeUndefined();
		},
	);

	it.each([
		[{ form: 'file', slug: 'acme', path: 'accounts/acme.mdx', fragment: '#action-plan' } as const, '/accounts/acme/#action-plan'],
		[{ form: 'portal', slug: 'acme', fragment: '' } as const, '/accounts/acme/'],
	])('publishes %o at %s', (link, address) => {
		expect(planLinkAddress(link)).toBe(address);
	});
});

describe('linksInBody', () => {
	it('finds inline links and link definitions with their lines, and not code', () => {
		const body = '\nSee [a](./a.mdx) and [b][ref].\n\n`[c](./c.mdx)`\n\n```\n[d](./d.mdx)\n```\n\n[ref]: /accounts/b/\n';
		expect(linksInBody(body)).toEqual([
			{ url: './a.mdx', line: 2, column: 5 },
			{ url: '/accounts/b/', line: 10, column: 1 },
		]);
		expect(linksInBody('![i][img]\n\n[img]: ./i.png\n')).toEqual([{ url: './i.png', line: 3, column: 1, unusedByLinks: true }]);
	});
});

describe('checkPlanLinks', () => {
	const check = (body: string) => checkPlanLinks({ file: PLAN, body, bodyLine: 20 }, PLANS).map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`);

	it('accepts links to plan files that exist, in either form', () => {
		expect(check('[g](./huajian-construction-group.mdx) [m](../southwest/minjiang-hydro.mdx#action-plan) [a](/accounts/acme/) [w](https://example.com/x.mdx)')).toEqual([]);
	});

	it('reports a link to a plan file that does not exist, at its line in the file', () => {
		expect(check('\n\n[old](./old-plan.mdx)')).toEqual([
			'22:1 error plan-link link to `./old-plan.mdx` leads to no plan: there is no file `accounts/east-china/old-plan.mdx`, nor a plan `old-plan` in any folder, so the link would be dead; check the file name, which is relative to this plan',
		]);
	});

	it('reports a path that misses the plan’s file, and says the path that reaches it', () => {
		expect(check('[m](./minjiang-hydro.mdx#action-plan)')).toEqual([
			'20:1 error plan-link link to `./minjiang-hydro.mdx#action-plan` leads to no file: there is no `accounts/east-china/minjiang-hydro.mdx`; the plan `minjiang-hydro` is `accounts/southwest/minjiang-hydro.mdx`, so write `../southwest/minjiang-hydro.mdx#action-plan`',
		]);
	});

	it('reports a portal address of a plan that does not exist', () => {
		expect(check('See [x](/accounts/acme-holdings/).')).toEqual([
			'20:5 error plan-link link to `/accounts/acme-holdings/` leads to no plan: there is no plan `acme-holdings` (a file `acme-holdings.mdx` under `accounts/`), so the link would be dead; check the slug',
		]);
	});
});

describe('plan links in a rendered body', () => {
	const hrefs = (nodes: PlanBodyNode[]): string[] =>
		nodes.flatMap((node) => (node.type === 'text' ? [] : [...(node.type === 'element' && node.tag === 'a' ? [String(node.attributes.href)] : []), ...hrefs(node.children)]));

	it('lead to the plan’s page, with the section kept', () => {
		const body = '[g](./huajian-construction-group.mdx) [m](../southwest/minjiang-hydro.mdx#action-plan) [a](/accounts/acme) [r][ref] [w](https://example.com/)\n\n[ref]: ../acme.mdx\n';
		expect(hrefs(parsePlanBody(body, PLAN))).toEqual(['/accounts/huajian-construction-group/', '/accounts/minjiang-hydro/#action-plan', '/accounts/acme/', '/accounts/acme/', 'https://example.com/']);
	});
});

describe('validateContent', () => {
	it('fails a plan whose link leads to no plan file, at the link’s line, and accepts a link to a plan that has errors', async () => {
		const { validateContent } = await import('../../../src/lib/content/validate.ts');
		const { planFile, snapshot, VALID_BODY, validPlan } = await import('../../helpers/content-fixture.ts');
		const broken = { ...validPlan(), owner: 'nobody' };
		const body = `${VALID_BODY}\nSee [the group](../south/group.mdx#action-plan) and [the old one](./old.mdx).\n`;
		const result = validateContent(snapshot({ 'east/acme.mdx': planFile(validPlan(), body), 'south/group.mdx': planFile(broken) }));
		const links = result.diagnostics.filter((d) => d.rule === 'plan-link');
		const line = planFile(validPlan(), body).split('\n').findIndex((text) => text.startsWith('See [the group]')) + 1;
		expect(links.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message.slice(0, 50)}`)).toEqual([`accounts/east/acme.mdx:${line}:53 error link to \`./old.mdx\` leads to no plan: there is no `]);
	});
});

describe('checkPlanLinks, spelled with escapes', () => {
	it('reports a file link whose name is percent-encoded, as it renders', () => {
		const diagnostics = checkPlanLinks({ file: PLAN, body: '[x](./gone%2Emdx)', bodyLine: 1 }, PLANS);
		expect(diagnostics.map((d) => d.rule)).toEqual(['plan-link']);
	});
});

describe('a link’s section', () => {
	const sections = new Map([['minjiang-hydro', new Set(['customer-information', 'action-plan'])]]);
	const check = (body: string) =>
		checkPlanLinks({ file: PLAN, body, bodyLine: 1 }, PLANS, (slug) => sections.get(slug)).map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`);

	it('is accepted when the linked plan has it, by file or by address, written as is or encoded', () => {
		expect(check('[m](../southwest/minjiang-hydro.mdx#action-plan) [n](/accounts/minjiang-hydro/#customer-information) [o](../southwest/minjiang-hydro.mdx)')).toEqual([]);
	});

	it('is a warning when the linked plan has no such heading, listing the ones it has', () => {
		expect(check('[m](../southwest/minjiang-hydro.mdx#actoin-plan)')).toEqual([
			'1:1 warning plan-link-section link to `../southwest/minjiang-hydro.mdx#actoin-plan` names section `#actoin-plan`, which the plan `minjiang-hydro` does not have, so the link leads to no part of its page; its sections are `#customer-information`, `#action-plan` (a heading\'s section is its text in lower case, spaces as `-`)',
		]);
	});

	it('is found among the ids the plan page gives its headings', async () => {
		const { validateContent } = await import('../../../src/lib/content/validate.ts');
		const { planFile, snapshot, VALID_BODY, validPlan } = await import('../../helpers/content-fixture.ts');
		const body = `${VALID_BODY}\nSee [its plan](../south/group.mdx#action-plan), [its parts](../south/group.mdx#客户信息) and [more](../south/group.mdx#%E5%AE%A2%E6%88%B7%E4%BF%A1%E6%81%AF).\n`;
		const groupBody = VALID_BODY.replace('## Customer information', '## 客户信息');
		const result = validateContent(snapshot({ 'east/acme.mdx': planFile(validPlan(), body), 'south/group.mdx': planFile(validPlan(), groupBody) }));
		expect(result.diagnostics.filter((d) => d.rule.startsWith('plan-link'))).toEqual([]);
		const wrong = validateContent(snapshot({ 'east/acme.mdx': planFile(validPlan(), body.replace('#action-plan', '#next-steps')), 'south/group.mdx': planFile(validPlan(), groupBody) }));
		expect(wrong.diagnostics.filter((d) => d.rule.startsWith('plan-link')).map((d) => `${d.severity} ${d.rule}`)).toEqual(['warning plan-link-section']);
	});
});

describe('a relative link that leads to no plan', () => {
	const check = (body: string) => checkPlanLinks({ file: PLAN, body, bodyLine: 1 }, PLANS).map((d) => `${d.severity} ${d.rule} ${d.message.slice(0, 60)}`);

	it.each([['./notes.pdf'], ['../../README.md'], ['Group.MDX'], ['huajian-construction-group']])('is an error: %s', (url) => {
		expect(check(`[x](${url})`)).toEqual([`error plan-link ${`link to \`${url}\` leads to no page: it is relative to the plan's file, and the portal`.slice(0, 60)}`]);
	});

	it.each([['https://example.com/x.pdf'], ['mailto:a@example.com'], ['/owners/li-wei/'], ['#action-plan'], ['?tab=1']])('is not: %s', (url) => {
		expect(check(`[x](${url})`)).toEqual([]);
	});

	it('leaves images to the image check, with the definitions only images use', () => {
		expect(check('![map](../../assets/map.png) ![org][org]\n\n[org]: ../../assets/org.png\n')).toEqual([]);
		expect(check('[the org chart][org]\n\n[org]: ../../assets/org.png\n')).toHaveLength(1);
	});
});

describe('a portal address of a page only some plans or people have', () => {
	const problems = async (link: string) => {
		const { validateContent } = await import('../../../src/lib/content/validate.ts');
		const { planFile, snapshot, VALID_BODY, validPlan } = await import('../../helpers/content-fixture.ts');
		const child = { ...validPlan(), tier: 'non-named', parent: 'acme' };
		delete (child as { sponsor?: string }).sponsor;
		const result = validateContent(snapshot({ 'acme.mdx': planFile(validPlan(), `${VALID_BODY}\nSee ${link}.\n`), 'east/child.mdx': planFile(child) }));
		return result.diagnostics.filter((d) => d.rule === 'plan-link').map((d) => d.message);
	};

	it.each([['[Li Wei](/owners/li-wei/)'], ['[the pack](/accounts/acme/review/)'], ['[the group](/groups/acme/)'], ['[the child](/accounts/child/)']])('is accepted when the portal has the page: %s', async (link) => {
		expect(await problems(link)).toEqual([]);
	});

	it.each([
		['[Nobody](/owners/nobody/)', 'link to `/owners/nobody/` leads to no page: there is no person `nobody` in people.yaml, and a person\'s page is `/owners/<id>/`'],
		['[its pack](/accounts/child/review/)', 'link to `/accounts/child/review/` leads to no page: the plan `child` is non-named, and only major and named plans have a review pack; link its plan, `/accounts/child/`'],
		['[its group](/groups/child/)', 'link to `/groups/child/` leads to no page: no plan names `child` as its `parent`, and only a group (a plan with subsidiaries) has a page at `/groups/<slug>/`; link its plan, `/accounts/child/`'],
		['[gone](/groups/gone/)', 'link to `/groups/gone/` leads to no page: there is no plan `gone` (a file `gone.mdx` under `accounts/`); check the slug'],
	])('is an error when it has none: %s', async (link, message) => {
		expect(await problems(link)).toEqual([message]);
	});
});

describe('a link to a section of the plan itself', () => {
	it('is a warning when the plan has no such heading, and fine when it has', async () => {
		const { validateContent } = await import('../../../src/lib/content/validate.ts');
		const { planFile, snapshot, VALID_BODY, validPlan } = await import('../../helpers/content-fixture.ts');
		const warnings = (link: string) =>
			validateContent(snapshot({ 'acme.mdx': planFile(validPlan(), `${VALID_BODY}\nSee ${link}.\n`) })).diagnostics.filter((d) => d.rule === 'plan-link-section').map((d) => d.message);
		expect(await warnings('[the plan](#action-plan)')).toEqual([]);
		expect(await warnings('[the plan](#actoin-plan)')).toEqual([
			"link to `#actoin-plan` names section `#actoin-plan`, which the plan `acme` does not have, so the link leads to no part of its page; its sections are `#customer-information`, `#customer-performance`, `#competitive-assessment`, `#action-plan` (a heading's section is its text in lower case, spaces as `-`)",
		]);
	});
});
