/**
 * Generates a realistic content directory of N plans that follow the contract,
 * deterministically from a seed: tier and category mixes, a third in Chinese,
 * groups and people within coverage limits, and a policy with the controlled
 * vocabularies (regions, industries, product lines with Chinese aliases, tags).
 *
 * The plans are written as account managers write them, so benchmarks measure
 * real work (see TIER_CONTENT for what each tier carries):
 * - major and named plans carry the whole frontmatter: sponsor, team, share of
 *   wallet, products, three financial years, five forecast years, a buying
 *   centre with ids, `reportsTo`, `coveredBy` and `lastContact`, competitors,
 *   two objectives served by three actions, a review history of two with
 *   findings and decisions, and a long body with a table and a risk callout;
 * - non-named plans carry a realistic share of it;
 * - mass-market plans are light but real.
 * Every plan validates without errors; the only warnings are those real
 * portfolios have (a major account's latest review without its sponsor).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Document, isMap, isSeq, stringify } from 'yaml';
import { addDays } from '../src/lib/engine/dates.ts';

/** mulberry32: small, fast, deterministic. */
export function seededRandom(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export type Tier = 'major' | 'named' | 'non-named' | 'mass-market';

/**
 * What a plan of each tier carries: [fewest, most] entries, and the share of
 * plans that have the block at all. Major and named plans have every block.
 */
const TIER_CONTENT: Record<Tier, { contacts: [number, number]; actions: [number, number]; financials: number; forecast: number; reviews: number; objectives: number; products: [number, number]; productsShare: number; competitorsShare: number }> = {
	major: { contacts: [4, 7], actions: [3, 4], financials: 3, forecast: 5, reviews: 2, objectives: 2, products: [3, 4], productsShare: 1, competitorsShare: 1 },
	named: { contacts: [3, 5], actions: [3, 4], financials: 3, forecast: 5, reviews: 2, objectives: 2, products: [3, 3], productsShare: 1, competitorsShare: 1 },
	'non-named': { contacts: [1, 3], actions: [2, 2], financials: 2, forecast: 2, reviews: 1, objectives: 1, products: [2, 2], productsShare: 0.5, competitorsShare: 0.5 },
	'mass-market': { contacts: [0, 1], actions: [1, 1], financials: 1, forecast: 0, reviews: 0, objectives: 0, products: [1, 1], productsShare: 0.3, competitorsShare: 0 },
};

const REGIONS = [
	{ id: 'east-china', name: 'East China', aliases: ['华东'] },
	{ id: 'north-china', name: 'North China', aliases: ['华北'] },
	{ id: 'south-china', name: 'South China', aliases: ['华南'] },
	{ id: 'central-china', name: 'Central China', aliases: ['华中'] },
	{ id: 'southwest', name: 'Southwest', aliases: ['西南'] },
	{ id: 'northwest', name: 'Northwest', aliases: ['西北'] },
	{ id: 'overseas', name: 'Overseas', aliases: ['海外'] },
];
const INDUSTRIES = [
	{ id: 'construction', name: 'Construction', aliases: ['建筑施工'] },
	{ id: 'road-bridge', name: 'Road and bridge', aliases: ['路桥建设'] },
	{ id: 'municipal', name: 'Municipal engineering', aliases: ['市政工程'] },
	{ id: 'real-estate', name: 'Real estate', aliases: ['房地产开发'] },
	{ id: 'hydropower', name: 'Hydropower', aliases: ['水电', '水电工程'] },
	{ id: 'mining', name: 'Mining', aliases: ['矿业'] },
	{ id: 'events', name: 'Events', aliases: ['会展活动'] },
	{ id: 'education', name: 'Education', aliases: ['教育'] },
];
const PRODUCT_LINES = [
	{ id: 'modular-housing', name: 'Modular site housing', aliases: ['活动板房'] },
	{ id: 'container-units', name: 'Container units', aliases: ['集装箱房'] },
	{ id: 'steel-structures', name: 'Light steel structures', aliases: ['轻钢结构'] },
	{ id: 'site-services', name: 'Installation and site services', aliases: ['安装服务'] },
	{ id: 'rental', name: 'Rental fleet', aliases: ['租赁'] },
	{ id: 'fire-rated-units', name: 'Fire-rated units', aliases: ['岩棉防火板房'] },
];
const TAGS = ['premium', 'high-value', 'group', 'strategic', 'potential'];
const REVIEW_QUESTIONS = ['goals-realistic', 'resources-linked', 'return-on-effort', 'product-fit', 'competitive', 'new-initiatives', 'profit-and-risk'];

const COMPANY_EN = ['Road & Bridge', 'Tunnel Engineering', 'Hydropower Development', 'Property Group', 'Mining Services', 'Expo Services', 'Municipal Works'];
const COMPANY_ZH = ['路桥工程有限公司', '隧道工程局', '水电开发公司', '置业集团', '矿业服务公司', '会展服务公司', '市政工程公司'];
const CITY_EN = ['Hangzhou', 'Nanjing', 'Chengdu', 'Wuhan', 'Xiamen', 'Kunming', 'Lanzhou', 'Harbin', 'Guiyang', 'Ningbo'];
const CITY_ZH = ['杭州', '南京', '成都', '武汉', '厦门', '昆明', '兰州', '哈尔滨', '贵阳', '宁波'];
const SURNAMES: [string, string][] = [['zhou', '周'], ['qian', '钱'], ['wu', '吴'], ['zheng', '郑'], ['feng', '冯'], ['chen', '陈'], ['wang', '王'], ['liu', '刘'], ['zhao', '赵'], ['sun', '孙'], ['huang', '黄'], ['xu', '徐']];
const GIVEN: [string, string][] = [['guodong', '国栋'], ['xiaohong', '晓红'], ['zhigang', '志刚'], ['haibo', '海波'], ['xue', '雪'], ['jian', '健'], ['li', '丽'], ['ming', '明'], ['yan', '燕'], ['lei', '磊'], ['jing', '静'], ['tao', '涛']];
const FIRST_EN = ['David', 'Grace', 'Kevin', 'Linda', 'Michael', 'Sophie', 'Tony', 'Helen', 'Frank', 'Amy'];
const ROLE_TITLES: Record<string, [string, string]> = {
	decider: ['Deputy general manager', '分管副总经理'],
	buyer: ['Head of procurement', '物资设备部部长'],
	influencer: ['Chief engineer', '总工程师'],
	user: ['Project manager', '项目经理'],
	gatekeeper: ['Head of the tender centre', '招标采购中心主任'],
	initiator: ['Site manager', '项目部副经理'],
};
const ROLE_ORDER = ['decider', 'buyer', 'influencer', 'user', 'gatekeeper', 'initiator', 'user'] as const;
const STANCES = ['champion', 'supporter', 'supporter', 'neutral', 'skeptic', 'opponent'] as const;
const STRENGTHS = ['strong', 'medium', 'medium', 'weak', 'none'] as const;
const STATUSES = ['planned', 'in-progress', 'in-progress', 'done', 'blocked', 'dropped'] as const;
const RIVALS_EN = ['Hongtai Modular', 'Tianyu Container Homes', 'Local panel-house workshops', 'Rival Co', 'Greatwall Steel Structures'];
const RIVALS_ZH = ['宏泰集成房屋', '天宇集装箱房', '地方小型板房厂', '远大钢构', '长城轻钢'];
const ACTIONS_EN = ['Negotiate the 2027 framework agreement', 'Executive visit to our factory', 'Fire-rated show unit on the flagship site', 'Quarterly fleet-turnover report to procurement', 'Service-level review with the project managers', 'Proposal for the new camp standard'];
const ACTIONS_ZH = ['2027年度集采框架协议续签谈判', '客户高层参观我司生产基地', '岩棉防火板房样板间落地', '季度板房调配与周转率报告', '与项目经理召开服务质量复盘会', '提交新版营地标准化方案'];
const DECISIONS_EN = ['Keep the share target; check the framework at the next review', 'Add a site-services offer before the tender', 'Our sponsor meets the deputy general manager this quarter', 'Rebuild the contact with the chief engineer'];
const DECISIONS_ZH = ['维持份额目标，下次审核复核框架执行情况', '招标前补充现场服务方案', '高层发起人本季度约见分管副总', '重新建立与总工程师的技术交流'];

/** The objectives a plan may set, by unit; values are filled in from the plan's figures. */
const OBJECTIVES = [
	{ id: 'group-framework', unit: 'share', en: ['Become first supplier in the group framework', "Our share of the customer's site-housing spend"], zh: ['续签集采框架并成为第一中标人', '客户板房采购额中我司所占份额'] },
	{ id: 'service-revenue', unit: 'money', en: ['Grow installation and site-service revenue', 'Yearly revenue on site services'], zh: ['扩大安装与现场服务收入', '现场服务年收入'] },
	{ id: 'fire-rated-sites', unit: 'count', en: ['Fire-rated units on the project sites', 'Project sites using fire-rated units'], zh: ['岩棉防火板房在项目部推广', '采用防火板房的项目部数量'] },
] as const;

/** The company's functions; people belong to them and plans ask them for resources. */
const DEPARTMENTS = [
	{ id: 'sales', name: 'Key accounts', aliases: ['大客户服务部'] },
	{ id: 'operations', name: 'Installation and service', aliases: ['运营部'] },
	{ id: 'logistics', name: 'Logistics and redeployment', aliases: ['调配中心'] },
	{ id: 'engineering', name: 'Engineering and design', aliases: ['技术部'] },
	{ id: 'finance', name: 'Finance', aliases: ['财务部'] },
];
const TEAM_ROLES_EN = ['Installation lead', 'Redeployment planning', 'Design support', 'Service manager'];
const TEAM_ROLES_ZH = ['安装负责人', '调配计划', '设计支持', '售后服务'];
const RESOURCE_NEEDS_EN = ['A dedicated installation crew for the site', 'Thermal design review of the units', 'Extended payment terms for the framework', 'Redeployment of 40 units before the rainy season', 'A bid bond for the group tender'];
const RESOURCE_NEEDS_ZH = ['项目现场专职安装队', '板房保温设计复核', '框架协议延长账期', '雨季前调配40间板房', '集采投标保函'];
const RESOURCE_STATUSES = ['requested', 'agreed', 'agreed', 'delivered', 'declined'] as const;

export interface GenerateOptions {
	count: number;
	seed?: number;
	/**
	 * Visit reports to write for each major and named account (default none),
	 * in visits/<slug>/, and `visitEveryDays` in the policy. They come from a
	 * random sequence of their own, so the plans are the same with or without.
	 */
	visitsPerAccount?: number;
}

/** The as-of date the visit reports are dated around (the benchmarks' as-of date). */
export const VISITS_AS_OF = '2026-11-22';

interface Person {
	id: string;
	name: string;
	department: string;
	title: string;
}

/** Returns file path (relative to the content dir) → text. */
export function generateContent({ count, seed = 42, visitsPerAccount = 0 }: GenerateOptions): Map<string, string> {
	const random = seededRandom(seed);
	const visitRandom = seededRandom(seed + 1);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const between = (low: number, high: number) => Math.round(low + random() * (high - low));
	const chance = (p: number) => random() < p;
	/** `n` different entries of `list`, in list order. */
	const some = <T>(list: readonly T[], n: number): T[] => {
		const indexes = new Set<number>();
		while (indexes.size < Math.min(n, list.length)) indexes.add(Math.floor(random() * list.length));
		return [...indexes].sort((a, b) => a - b).map((i) => list[i]!);
	};
	/** A spelling of a vocabulary entry as a writer picks it: Chinese plans mostly the alias. */
	const spell = (entry: { id: string; name: string; aliases: string[] }, chinese: boolean) => {
		const roll = random();
		if (chinese) return roll < 0.7 ? pick(entry.aliases) : roll < 0.85 ? entry.name : entry.id;
		return roll < 0.5 ? entry.name : roll < 0.8 ? entry.id : roll < 0.9 ? entry.name.toLowerCase() : pick(entry.aliases);
	};
	const day = (year: number, monthLow = 1, monthHigh = 12) => `${year}-${String(between(monthLow, monthHigh)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`;

	const files = new Map<string, string>();
	const people: Person[] = [];
	// The account team's blocks (roles, budget, resources) draw from a random stream of their
	// own, so every other field of every plan stays as it was before they were added.
	const teamRandom = seededRandom(seed + 23);
	const teamPick = <T>(list: readonly T[]): T => list[Math.floor(teamRandom() * list.length)]!;
	const newPerson = (title: string) => {
		const id = `person-${people.length + 1}`;
		const department = title === 'Solutions engineer' ? 'engineering' : title === 'Service manager' ? 'operations' : 'sales';
		people.push({ id, name: people.length % 3 === 0 ? `李${people.length + 1}` : `Person ${people.length + 1}`, department: people.length % 2 === 0 ? department : DEPARTMENTS.find((d) => d.id === department)!.aliases[0]!, title });
		return id;
	};
	const sponsors = Array.from({ length: Math.max(3, Math.ceil(count / 200)) }, () => newPerson('Sales director'));
	const specialists = Array.from({ length: Math.max(4, Math.ceil(count / 100)) }, (_, k) => newPerson(k % 2 === 0 ? 'Solutions engineer' : 'Service manager'));
	const capacity: Record<Exclude<Tier, 'mass-market'>, number> = { major: 1, named: 5, 'non-named': 40 };
	const currentOwner: Partial<Record<Tier, { id: string; left: number }>> = {};
	const ownerFor = (tier: Tier) => {
		if (tier === 'mass-market') return chance(0.5) ? undefined : (currentOwner['non-named']?.id ?? newPerson('Inside sales'));
		const slot = currentOwner[tier];
		if (slot && slot.left > 0) {
			slot.left--;
			return slot.id;
		}
		const id = newPerson('Account manager');
		currentOwner[tier] = { id, left: capacity[tier] - 1 };
		return id;
	};
	// How each plan's writer lays out its lists (a stream of its own, so the plans' values stay as they were).
	const styleRandom = seededRandom(seed + 37);
	const groupParents: string[] = [];
	/** Each plan's folder under accounts/, so a plan can link its group's file. */
	const folders = new Map<string, string>();

	for (let i = 0; i < count; i++) {
		const roll = random();
		const tier: Tier = roll < 0.03 ? 'major' : roll < 0.15 ? 'named' : roll < 0.55 ? 'non-named' : 'mass-market';
		const full = tier === 'major' || tier === 'named';
		const shape = TIER_CONTENT[tier];
		const chinese = i % 3 === 0;
		const lang = <T>(en: T, zh: T) => (chinese ? zh : en);
		const slug = `account-${String(i + 1).padStart(5, '0')}`;
		const [minCurrent, maxCurrent, minPotential, maxPotential] =
			tier === 'major' ? [5e6, 4e7, 2e7, 1e8] : tier === 'named' ? [1e6, 4.9e6, 5e6, 1.9e7] : tier === 'non-named' ? [1e5, 9e5, 5e5, 4.9e6] : [1e3, 9e4, 1e4, 4.9e5];
		const current = between(minCurrent, maxCurrent);
		const potential = Math.max(current, between(minPotential, maxPotential));
		const hasWallet = full || (tier === 'non-named' && chance(0.5));
		const wallet = hasWallet ? potential + between(0, potential) : undefined;
		const owner = ownerFor(tier);
		const sponsor = tier === 'major' || (tier === 'named' && chance(0.5)) ? pick(sponsors) : undefined;
		const team = full ? some(specialists, between(1, 3)) : [];
		const categoryRoll = random();
		const category = categoryRoll < 0.03 ? 'lost' : categoryRoll < 0.3 ? 'key' : categoryRoll < 0.5 ? 'target' : 'normal';
		const name = chinese ? `${pick(CITY_ZH)}${pick(COMPANY_ZH)}${i + 1}` : `${pick(CITY_EN)} ${pick(COMPANY_EN)} ${i + 1}`;
		const ours = [owner, sponsor, ...team].filter((id): id is string => id !== undefined);

		const plan: Record<string, unknown> = { name, tier, category };
		if (owner) plan.owner = owner;
		if (sponsor) plan.sponsor = sponsor;
		// The first member of a full plan's team says their part; efforts stay small, so no one is over one person.
		if (team.length > 0) plan.team = full ? [{ person: team[0], role: teamPick(chinese ? TEAM_ROLES_ZH : TEAM_ROLES_EN), effort: 0.01 }, ...team.slice(1)] : team;
		plan.region = spell(pick(REGIONS), chinese);
		plan.industry = spell(pick(INDUSTRIES), chinese);
		const tags = full ? some(TAGS, between(1, 3)) : chance(0.3) ? [pick(TAGS)] : [];
		if (tags.length > 0) plan.tags = tags;
		if (tier === 'major' && groupParents.length < count / 50) groupParents.push(slug);
		else if (groupParents.length > 0 && chance(full ? 0.15 : 0.05)) plan.parent = pick(groupParents);
		if (full) plan.currency = 'CNY';
		plan.value = { current, potential, ...(wallet !== undefined ? { wallet } : {}) };
		plan.targets = full ? { shareOfWallet: Math.round(random() * 40 + 30) / 100, revenue: Math.round(current * 1.2) } : { revenue: Math.round(current * 1.2) };
		// Full plans: the team's 2026 budget (about 1 % of the year's forecast) and one or two resources.
		const resources: Record<string, unknown>[] = [];
		if (full) {
			plan.budget = [
				{ year: 2026, item: chinese ? '高层拜访与差旅' : 'Executive visits and travel', amount: Math.round((current * (0.003 + teamRandom() * 0.004)) / 1000) * 1000 },
				{ year: 2026, item: chinese ? '示范营地' : 'Demonstration camp', amount: Math.round((current * (0.002 + teamRandom() * 0.004)) / 1000) * 1000 },
			];
			plan.resources = resources;
		}

		if (chance(shape.productsShare)) {
			const lines = some(PRODUCT_LINES, between(shape.products[0], shape.products[1]));
			plan.products = products(lines, current, wallet ?? current * between(2, 4), full, chinese);
		}

		plan.financials = Array.from({ length: shape.financials }, (_, k) => 2026 - shape.financials + k).map((year, k) => {
			const revenue = Math.round(current * (0.7 + 0.1 * k + random() * 0.1));
			return { year, revenue, contribution: Math.round(revenue * (0.18 + random() * 0.06)), cost: Math.round(revenue * (0.02 + random() * 0.02)) };
		});
		if (shape.forecast > 0) plan.forecast = Array.from({ length: shape.forecast }, (_, k) => ({ year: 2026 + k, revenue: Math.round(current * (1 + 0.1 * (k + 1))) }));

		// Every full plan has its review history; most non-named plans have their last collective review.
		const reviews = full || chance(0.7) ? shape.reviews : 0;
		if (reviews > 0) {
			const history = reviewHistory(reviews, tier, owner!, sponsor, team, chinese);
			plan.review = { last: history.at(-1)!.date, history };
		} else if (chance(0.75)) plan.review = { last: day(between(2025, 2026)) };
		plan.planPeriod = { start: '2026-01-01', end: '2026-12-31' };

		const contactCount = owner || full ? between(shape.contacts[0], shape.contacts[1]) : chance(0.5) ? 1 : 0;
		if (contactCount > 0) plan.contacts = contacts(contactCount, ours, chinese, full);
		const competitorCount = chance(shape.competitorsShare) ? (full ? between(2, 3) : 1) : 0;
		if (competitorCount > 0) {
			plan.competitors = some(chinese ? RIVALS_ZH : RIVALS_EN, competitorCount).map((rival) => ({
				name: rival,
				share: Math.round(random() * 30 + 5) / 100,
				notes: lang('Second supplier in the framework; about 5 % cheaper, installation outsourced', '框架第二中标人，单价低约5%，安装外包'),
			}));
		}

		// Half the non-named plans set an objective; the full plans set two.
		const objectiveCount = full || chance(0.5) ? shape.objectives : 0;
		const objectives = some(OBJECTIVES, objectiveCount).map((template) => objective(template, current, chinese));
		if (owner) {
			// Three actions of a full plan serve its two objectives; a smaller plan's first action serves its objective.
			const linked = objectives.length === 2 ? [objectives[0]!.id, objectives[1]!.id, objectives[0]!.id] : objectives.map((o) => o.id);
			plan.actions = some(chinese ? ACTIONS_ZH : ACTIONS_EN, between(shape.actions[0], shape.actions[1])).map((title, k) => ({
				title,
				owner: k === 1 && sponsor ? sponsor : k === 2 && team[0] ? team[0] : owner,
				due: day(between(2026, 2027)),
				status: pick(STATUSES),
				...(linked[k] ? { objective: linked[k] } : {}),
			}));
		}
		if (objectives.length > 0) plan.objectives = objectives;
		if (full) {
			const count = 1 + Math.floor(teamRandom() * 2);
			for (let k = 0; k < count; k++) {
				const status = teamPick(RESOURCE_STATUSES);
				const department = teamPick(DEPARTMENTS);
				resources.push({
					need: teamPick(chinese ? RESOURCE_NEEDS_ZH : RESOURCE_NEEDS_EN),
					from: chinese ? department.aliases[0]! : teamRandom() < 0.5 ? department.id : department.name,
					// A request still open is needed in 2029, so the generated content has no late ones on any as-of date of this decade.
					by: status === 'requested' ? `2029-0${1 + Math.floor(teamRandom() * 9)}-15` : `2026-${String(1 + Math.floor(teamRandom() * 12)).padStart(2, '0')}-15`,
					status,
					...(objectives[0] ? { objective: objectives[0].id } : {}),
				});
			}
		}
		if (category === 'lost') plan.lost = { date: day(2025), reason: lang('Price; lost the tender to Rival Co', '价格原因，输给竞争对手') };

		const folder = pick(['east-china', 'south-china', 'north-china', 'southwest', 'overseas']);
		folders.set(slug, folder);
		// Chinese plans link their group by its file, as in a Git repository; the others by its address.
		const parentFolder = typeof plan.parent === 'string' ? folders.get(plan.parent) : undefined;
		const parentHref = parentFolder === undefined ? undefined : chinese ? `${parentFolder === folder ? '.' : `../${parentFolder}`}/${plan.parent}.mdx` : `/accounts/${plan.parent}/`;
		// A third of the writers put each review, team and resource entry on one line, nesting lists and maps in it.
		const oneLineEntries = styleRandom() < 1 / 3;
		files.set(`accounts/${folder}/${slug}.mdx`, `---\n${frontmatterText(plan, oneLineEntries)}---\n${body(chinese, tier, plan, random, parentHref)}`);
		if (full && visitsPerAccount > 0) {
			for (const [path, text] of visitReports(slug, plan, ours, chinese, visitsPerAccount, visitRandom)) files.set(path, text);
		}
	}
	files.set('people.yaml', stringify(people));
	const visitPolicy = visitsPerAccount > 0 ? { visitEveryDays: { major: 30, named: 90 } } : {};
	files.set('policy.yaml', stringify({ currency: 'CNY', locale: 'en', regions: REGIONS, industries: INDUSTRIES, productLines: PRODUCT_LINES, tags: TAGS, departments: DEPARTMENTS, maxCostToServe: 0.05, ...visitPolicy }, { lineWidth: 0 }));
	return files;

	/**
	 * Product lines whose current adds up to the account's current and whose
	 * wallets to its wallet; in a full plan the last line is whitespace.
	 */
	function products(lines: typeof PRODUCT_LINES, total: number, totalWallet: number, withWhitespace: boolean, zh: boolean) {
		const selling = withWhitespace && lines.length > 1 ? lines.length - 1 : lines.length;
		const weights = lines.map((_, k) => (k < selling ? 1 + random() * 3 : 0));
		const weightSum = weights.reduce((a, b) => a + b, 0);
		const currents = weights.map((w) => Math.round((total * w) / weightSum));
		currents[selling - 1]! += total - currents.reduce((a, b) => a + b, 0);
		const spare = Math.max(0, totalWallet - total);
		return lines.map((line, k) => ({ line: spell(line, zh), current: currents[k]!, wallet: currents[k]! + Math.round(spare / lines.length) }));
	}

	function reviewHistory(n: number, tier: Tier, owner: string, sponsor: string | undefined, team: string[], zh: boolean) {
		const full = tier === 'major' || tier === 'named';
		// A major plan is reviewed every quarter; the others once a year.
		const dates = n === 2 ? (tier === 'major' ? [day(2026, 4, 6), day(2026, 8, 10)] : [day(2025, 3, 10), day(2026, 3, 10)]) : [day(between(2025, 2026), 1, 10)];
		const questions = full ? REVIEW_QUESTIONS : some(REVIEW_QUESTIONS, 3);
		return dates.map((date, k) => {
			const latest = k === dates.length - 1;
			// Now and then a major account's latest review happens without its sponsor: a real warning.
			const withSponsor = sponsor && !(latest && tier === 'major' && chance(0.1));
			return {
				date,
				by: [...(withSponsor ? [sponsor] : []), owner, ...(team[0] && chance(0.5) ? [team[0]] : [])],
				outcome: pick(['approved', 'approved', 'revise', 'escalate'] as const),
				findings: Object.fromEntries(questions.map((q) => [q, chance(0.75) ? 'ok' : 'concern'])),
				decisions: some(zh ? DECISIONS_ZH : DECISIONS_EN, full ? between(1, 3) : 1),
			};
		});
	}

	/** A buying centre as an org chart: the first contact at the top, each other reporting to an earlier one. */
	function contacts(n: number, ours: string[], zh: boolean, full: boolean) {
		const used = new Set<string>();
		return Array.from({ length: n }, (_, k) => {
			const role = ROLE_ORDER[k % ROLE_ORDER.length]!;
			const [surnameId, surname] = pick(SURNAMES);
			const [givenId, given] = pick(GIVEN);
			const first = pick(FIRST_EN);
			let id = zh ? `${surnameId}-${givenId}` : `${first.toLowerCase()}-${surnameId}`;
			if (used.has(id)) id = `${id}-${k + 1}`;
			used.add(id);
			const contact: Record<string, unknown> = {
				id,
				name: zh ? `${surname}${given}` : `${first} ${surnameId[0]!.toUpperCase()}${surnameId.slice(1)}`,
				title: ROLE_TITLES[role]![zh ? 1 : 0],
				role,
				stance: pick(STANCES),
				strength: pick(STRENGTHS),
			};
			if (k > 0) contact.reportsTo = [...used][Math.floor(random() * k)];
			// Most deciders and influencers are covered; a gatekeeper often is not.
			if (ours.length > 0 && (role !== 'gatekeeper' || chance(0.3))) contact.coveredBy = full ? ours[k % ours.length] : ours[0];
			if (full || chance(0.7)) contact.lastContact = day(2026, 4, 11);
			return contact;
		});
	}

	function objective(template: (typeof OBJECTIVES)[number], current: number, zh: boolean) {
		const [title, measure] = zh ? template.zh : template.en;
		const [baseline, target, now] =
			template.unit === 'share'
				? [0.2 + between(0, 15) / 100, 0.4 + between(0, 10) / 100, 0.3 + between(0, 10) / 100]
				: template.unit === 'money'
					? [Math.round(current * 0.1), Math.round(current * 0.25), Math.round(current * (0.1 + random() * 0.15))]
					: [between(0, 2), between(5, 8), between(1, 5)];
		return { id: template.id, title, measure, unit: template.unit, baseline, target, current: now, ...(chance(0.5) ? { start: day(2026, 1, 6) } : {}), due: day(2027, 1, 12) };
	}
}

/**
 * The frontmatter as account managers lay it out: block mappings, with the
 * rows of tables (financials, forecast, products, competitors), id lists,
 * the plan period and review findings on one line each. Writers who keep
 * entries on one line (`oneLineEntries`) write each review of the history as
 * a flow mapping with its lists and findings nested in it
 * (`- { date: 2026-01-22, by: [li-wei], outcome: approved, findings: { competitive: concern }, decisions: [...] }`),
 * the team as one flow list (`team: [{ person: a, role: b, effort: 0.01 }, c]`)
 * and each resource on one line.
 */
function frontmatterText(plan: Record<string, unknown>, oneLineEntries = false): string {
	const doc = new Document(plan);
	const flow = (path: (string | number)[]) => {
		const node = doc.getIn(path, true);
		if (isMap(node) || isSeq(node)) node.flow = true;
	};
	for (const key of ['tags', 'planPeriod']) flow([key]);
	// A team of ids on one line; with a detailed entry, one entry a line, as the contract writes it.
	const team = plan.team as unknown[] | undefined;
	if (oneLineEntries || team?.every((entry) => typeof entry === 'string')) flow(['team']);
	else team?.forEach((entry, k) => typeof entry === 'object' && flow(['team', k]));
	(plan.budget as unknown[] | undefined)?.forEach((_, k) => flow(['budget', k]));
	if (oneLineEntries) (plan.resources as unknown[] | undefined)?.forEach((_, k) => flow(['resources', k]));
	for (const key of ['financials', 'forecast', 'products', 'competitors']) {
		(plan[key] as unknown[] | undefined)?.forEach((_, k) => flow([key, k]));
	}
	((plan.review as { history?: unknown[] } | undefined)?.history ?? []).forEach((_, k) => {
		if (oneLineEntries) flow(['review', 'history', k]);
		else {
			flow(['review', 'history', k, 'by']);
			flow(['review', 'history', k, 'findings']);
		}
	});
	return doc.toString({ lineWidth: 0 });
}

type Plan = Record<string, unknown> & { name: string; tier: Tier; value: { current: number; potential: number; wallet?: number }; parent?: string };

/** The four parts; major and named plans are long, with lists, a table and a risk callout. */
function body(chinese: boolean, tier: Tier, fields: Record<string, unknown>, random: () => number, parentHref?: string): string {
	const plan = fields as Plan;
	const full = tier === 'major' || tier === 'named';
	const wan = (n: number) => `${Math.round(n / 10_000)}万元`;
	const m = (n: number) => (n >= 1e6 ? `CNY ${(n / 1e6).toFixed(1)} million` : `CNY ${Math.round(n / 1000)} thousand`);
	const parentLink = parentHref ? (chinese ? `集团层面的框架由[集团公司](${parentHref})统一谈判。` : ` The framework is negotiated by the [group account](${parentHref}).`) : '';
	const customer = chinese
		? [
				`${plan.name}是我们在该区域的重要客户，项目分布广，对活动板房的安装速度、质量和售后服务要求高。采购由物资设备部统一管理，总经理最终审批。${parentLink}`,
				'客户新一轮规划把城市更新和交通配套作为主战场，预计未来三年每年新开工项目十个以上，每个项目部驻地和工人生活区都需要活动板房或集装箱房。',
				'采购决策流程为：项目部提出需求，物资设备部汇总，工程管理部审核防火和抗风标准，招标采购中心组织评标，最后由分管副总经理审批。单项目500方以下的零星需求仍由项目部自行询价。',
			]
		: [
				`${plan.name} runs projects across the region and values fast installation, quality and after-sales service. Purchasing is run centrally and the general manager approves large orders; the tunnel programme drives demand.${parentLink}`,
				"The customer's new five-year plan puts urban renewal and transport links first: more than ten new sites a year, each needing site offices and worker housing within two weeks of the start.",
				'Buying works in steps: the site asks, procurement pools the demand, engineering checks the fire and wind ratings, the tender centre evaluates the bids and the deputy general manager signs. Small orders below 500 m² are still priced by the sites themselves.',
			];
	const performance = chinese
		? [
				`近12个月我司来自该客户的收入为${wan(plan.value.current)}，潜在收入${wan(plan.value.potential)}${plan.value.wallet ? `，客户年采购额约${wan(plan.value.wallet)}` : ''}。`,
				'- 付款信誉良好：结算周期90天，近三年没有逾期超过30天的记录。\n- 去年计划执行情况：框架协议续签成功，但零星采购回流目标只完成一半。\n- 客户提出把结算周期延长到120天，需要评估资金占用成本。',
			]
		: [
				`Over the last twelve months we sold ${m(plan.value.current)} to the customer, against a potential of ${m(plan.value.potential)}${plan.value.wallet ? ` and a yearly spend in our category of about ${m(plan.value.wallet)}` : ''}.`,
				'- Pays well: 90-day terms and no payment more than 30 days late in three years.\n- Last year: the framework was renewed, but only half of the small orders came back to us.\n- The customer asks for 120-day terms; the cost of the extra working capital needs a decision.',
			];
	const competition = chinese
		? [
				'客户的关键购买因素依次为：框架单价、交付速度、防火与抗风安全标准、拆装周转损耗、售后响应。我们在交付速度和安装质量上领先，在框架单价上高约5%。',
				'| 竞争对手 | 份额 | 优势 | 劣势 |\n| --- | --- | --- | --- |\n| 宏泰集成房屋 | 35% | 单价低 | 安装外包，投诉多 |\n| 天宇集装箱房 | 20% | 营地方案 | 交付慢 |',
				'<Callout type="warning" title="风险">\n天宇集装箱房正在以营地整体方案切入，若框架招标把打包箱房单列，我们的份额可能下降十个百分点。\n</Callout>',
			]
		: [
				'The customer buys on framework price, speed of delivery, fire and wind ratings, losses over reuse and after-sales response, in that order. We lead on delivery and installation quality and are about 5 % dearer on the framework price.',
				'| Competitor | Share | Strength | Weakness |\n| --- | --- | --- | --- |\n| Hongtai Modular | 35 % | Low price | Outsourced installation |\n| Tianyu Container Homes | 20 % | Whole-camp offers | Slow delivery |',
				'<Callout type="warning" title="Risk">\nTianyu is selling whole worker camps; if the tender lists container units apart, our share could fall by ten points.\n</Callout>',
			];
	const actions = chinese
		? [
				'1. **关系建设**：高层发起人每季度与分管副总会面一次。\n2. **框架续签**：年底前完成框架协议谈判，争取把零星采购纳入框架目录。\n3. **产品方案**：在重点项目部落地岩棉防火板房样板间。',
				'<Milestones />',
			]
		: [
				'1. **Relationship**: our sponsor meets the deputy general manager every quarter.\n2. **Framework**: close the renewal before the year ends and bring small orders into the framework list.\n3. **Offer**: a fire-rated show unit on the flagship site.',
				'<Milestones />',
			];
	const headings = chinese ? ['客户信息', '客户业绩', '竞争评估', '行动计划'] : ['Customer information', 'Customer performance', 'Competitive assessment', 'Action plan'];
	const parts = [customer, performance, competition, actions].map((paragraphs) => (full ? paragraphs : tier === 'non-named' ? paragraphs.slice(0, 1 + Math.floor(random() * 2)) : paragraphs.slice(0, 1)));
	return `\n${headings.map((heading, k) => `## ${heading}\n\n${parts[k]!.join('\n\n')}\n`).join('\n')}`;
}

/**
 * `n` visit reports of a plan as account managers write them: two planned
 * ahead, the rest done over the past year (the latest within three weeks of
 * the as-of date, so most accounts keep their cadence), each meeting two
 * contacts, done ones with an outcome and one or two next steps, and a few
 * paragraphs of notes.
 */
function visitReports(slug: string, plan: Record<string, unknown>, ours: string[], zh: boolean, n: number, random: () => number): [string, string][] {
	const between = (low: number, high: number) => Math.round(low + random() * (high - low));
	const contacts = ((plan.contacts as { id?: string }[] | undefined) ?? []).flatMap((c) => (c.id ? [c.id] : []));
	const objectives = ((plan.objectives as { id: string }[] | undefined) ?? []).map((o) => o.id);
	const reports: [string, string][] = [];
	for (let k = 0; k < n; k++) {
		const planned = k < 2;
		const date = planned ? addDays(VISITS_AS_OF, 10 + k * 30 + between(0, 9)) : addDays(VISITS_AS_OF, -((k - 2) * 18 + between(0, 12)));
		const theirs = contacts.length === 0 ? [] : [contacts[k % contacts.length]!, contacts[(k + 1) % contacts.length]!].filter((id, i, all) => all.indexOf(id) === i);
		const fields: Record<string, unknown> = {
			date,
			type: ['visit', 'meeting', 'call', 'visit', 'reception'][k % 5],
			status: planned ? 'planned' : k % 9 === 8 ? 'cancelled' : 'done',
			ours: ours.slice(0, 1 + (k % 2)),
			theirs,
			purpose: zh ? `第${k + 1}次拜访：沟通框架协议执行与新项目需求` : `Visit ${k + 1}: review the framework and the new sites' needs`,
		};
		if (fields.status === 'done') {
			fields.outcome = zh ? '客户确认下季度的三个新项目部需求，要求两周内提交方案' : 'The customer confirmed three new sites next quarter and asked for an offer within two weeks';
			if (objectives.length > 0) fields.objective = objectives[k % objectives.length];
			fields.next = Array.from({ length: 1 + (k % 2) }, (_, j) => ({
				title: zh ? `提交第${j + 1}个项目部的布置方案` : `Send the layout for site ${j + 1}`,
				owner: ours[0],
				due: addDays(date, 14 + j * 7),
				status: k > 6 ? 'done' : 'planned',
			}));
		}
		const notes = zh
			? '## 会谈要点\n\n- 客户关心交付周期和**防火标准**。\n- 下季度新开三个项目部，每个约需300方。\n\n## 我方判断\n\n竞争对手报价更低，但安装外包、投诉多；我们的优势在服务响应。\n'
			: "## What we heard\n\n- The customer cares about delivery time and **fire ratings**.\n- Three new sites open next quarter, about 300 m² each.\n\n## Our view\n\nThe rival is cheaper but outsources installation; our edge is the service response.\n";
		const doc = new Document(fields);
		for (const key of ['ours', 'theirs']) (doc.get(key, true) as { flow?: boolean }).flow = true;
		((fields.next as unknown[] | undefined) ?? []).forEach((_, j) => {
			const node = doc.getIn(['next', j], true);
			if (isMap(node)) node.flow = true;
		});
		reports.push([`visits/${slug}/${date}-visit-${k + 1}.mdx`, `---\n${doc.toString({ lineWidth: 0 })}---\n${notes}`]);
	}
	return reports;
}

/** Writes generated content to `dir` (emptied first). */
export async function writeGeneratedContent(dir: string, options: GenerateOptions): Promise<void> {
	await rm(dir, { recursive: true, force: true });
	for (const [path, text] of generateContent(options)) {
		await mkdir(dirname(join(dir, path)), { recursive: true });
		await writeFile(join(dir, path), text);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [dir, count = '1000', seed = '42', visits = '0'] = process.argv.slice(2);
	if (!dir) {
		console.error('usage: node bench/generate.ts <dir> [count] [seed] [visits per major and named account]');
		process.exit(2);
	}
	await writeGeneratedContent(dir, { count: Number(count), seed: Number(seed), visitsPerAccount: Number(visits) });
	console.log(`wrote ${count} plans to ${dir}`);
}
