/**
 * Generates a realistic content directory of N plans that follow the contract,
 * deterministically from a seed: tier and category mixes, a third in Chinese,
 * contacts, actions, groups and people within coverage limits.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

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

const REGIONS = ['East China', 'South China', 'North China', 'Southwest', '华东', '华南', 'Overseas'];
const INDUSTRIES = ['Construction', 'Hydropower', 'Real estate', 'Mining', 'Events', 'Education', '路桥建设', '水电工程'];
const COMPANY_EN = ['Road & Bridge', 'Tunnel Engineering', 'Hydropower Development', 'Property Group', 'Mining Services', 'Expo Services', 'Municipal Works'];
const COMPANY_ZH = ['路桥工程有限公司', '隧道工程局', '水电开发公司', '置业集团', '矿业服务公司', '会展服务公司', '市政工程公司'];
const CITY_EN = ['Hangzhou', 'Nanjing', 'Chengdu', 'Wuhan', 'Xiamen', 'Kunming', 'Lanzhou', 'Harbin', 'Guiyang', 'Ningbo'];
const CITY_ZH = ['杭州', '南京', '成都', '武汉', '厦门', '昆明', '兰州', '哈尔滨', '贵阳', '宁波'];
const ROLES = ['initiator', 'user', 'influencer', 'decider', 'buyer', 'gatekeeper'] as const;
const STANCES = ['champion', 'supporter', 'neutral', 'skeptic', 'opponent'] as const;
const STRENGTHS = ['strong', 'medium', 'weak', 'none'] as const;
const STATUSES = ['planned', 'in-progress', 'done', 'blocked', 'dropped'] as const;

export interface GenerateOptions {
	count: number;
	seed?: number;
}

type Tier = 'major' | 'named' | 'non-named' | 'mass-market';

/** Returns file path (relative to the content dir) → text. */
export function generateContent({ count, seed = 42 }: GenerateOptions): Map<string, string> {
	const random = seededRandom(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const between = (low: number, high: number) => Math.round(low + random() * (high - low));
	const files = new Map<string, string>();
	const people: { id: string; name: string; title: string }[] = [];
	const newPerson = (title: string) => {
		const id = `person-${people.length + 1}`;
		people.push({ id, name: people.length % 3 === 0 ? `李${people.length + 1}` : `Person ${people.length + 1}`, title });
		return id;
	};
	const sponsors = Array.from({ length: Math.max(3, Math.ceil(count / 200)) }, () => newPerson('Sales director'));
	const capacity: Record<Exclude<Tier, 'mass-market'>, number> = { major: 1, named: 5, 'non-named': 40 };
	const currentOwner: Partial<Record<Tier, { id: string; left: number }>> = {};
	const ownerFor = (tier: Tier) => {
		if (tier === 'mass-market') return random() < 0.5 ? undefined : (currentOwner['non-named']?.id ?? newPerson('Inside sales'));
		const slot = currentOwner[tier];
		if (slot && slot.left > 0) {
			slot.left--;
			return slot.id;
		}
		const id = newPerson('Account manager');
		currentOwner[tier] = { id, left: capacity[tier] - 1 };
		return id;
	};
	const date = (year: number) => `${year}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`;
	const groupParents: string[] = [];

	for (let i = 0; i < count; i++) {
		const roll = random();
		const tier: Tier = roll < 0.03 ? 'major' : roll < 0.15 ? 'named' : roll < 0.55 ? 'non-named' : 'mass-market';
		const chinese = i % 3 === 0;
		const slug = `account-${String(i + 1).padStart(5, '0')}`;
		const [minCurrent, maxCurrent, minPotential, maxPotential] =
			tier === 'major' ? [5e6, 4e7, 2e7, 1e8] : tier === 'named' ? [1e6, 4.9e6, 5e6, 1.9e7] : tier === 'non-named' ? [1e5, 9e5, 5e5, 4.9e6] : [1e3, 9e4, 1e4, 4.9e5];
		const current = between(minCurrent, maxCurrent);
		const potential = Math.max(current, between(minPotential, maxPotential));
		const owner = ownerFor(tier);
		const categoryRoll = random();
		const category = categoryRoll < 0.03 ? 'lost' : categoryRoll < 0.3 ? 'key' : categoryRoll < 0.5 ? 'target' : 'normal';
		const plan: Record<string, unknown> = {
			name: chinese ? `${pick(CITY_ZH)}${pick(COMPANY_ZH)}${i + 1}` : `${pick(CITY_EN)} ${pick(COMPANY_EN)} ${i + 1}`,
			tier,
			category,
			...(owner ? { owner } : {}),
			...(tier === 'major' ? { sponsor: pick(sponsors) } : {}),
			region: pick(REGIONS),
			industry: pick(INDUSTRIES),
			tags: random() < 0.3 ? ['strategic'] : [],
			value: { current, potential, ...(tier === 'major' || tier === 'named' ? { wallet: potential + between(0, potential) } : {}) },
		};
		if (tier === 'major' || tier === 'named') {
			plan.targets = { shareOfWallet: Math.round(random() * 60 + 20) / 100 };
			plan.financials = [2023, 2024, 2025].map((year) => ({ year, revenue: between(current / 2, current), contribution: between(current / 10, current / 4), cost: between(current / 50, current / 20) }));
			plan.forecast = [2026, 2027, 2028, 2029, 2030].map((year, k) => ({ year, revenue: Math.round(current * (1 + 0.1 * (k + 1))) }));
			plan.planPeriod = { start: '2026-01-01', end: '2026-12-31' };
			plan.contacts = Array.from({ length: between(3, 6) }, (_, k) => ({
				name: chinese ? `联系人${k + 1}` : `Contact ${k + 1}`,
				title: chinese ? '采购经理' : 'Procurement manager',
				role: k === 0 ? 'decider' : pick(ROLES),
				stance: pick(STANCES),
				strength: pick(STRENGTHS),
			}));
			plan.competitors = [{ name: 'Rival Co', share: Math.round(random() * 50) / 100 }];
		} else {
			plan.targets = { revenue: Math.round(current * 1.2) };
		}
		if (owner) {
			plan.actions = Array.from({ length: between(1, 4) }, (_, k) => ({
				title: chinese ? `行动 ${k + 1}: 高层拜访` : `Action ${k + 1}: executive visit`,
				owner,
				due: date(between(2026, 2027)),
				status: pick(STATUSES),
			}));
		}
		if (random() < 0.85) plan.review = { last: date(between(2025, 2026)) };
		if (category === 'lost') plan.lost = { date: date(2025), reason: chinese ? '价格原因，输给竞争对手' : 'Price; lost the tender to Rival Co' };
		if (tier === 'major' && groupParents.length < count / 50) groupParents.push(slug);
		else if (groupParents.length > 0 && random() < 0.05) plan.parent = pick(groupParents);

		const folder = pick(['east-china', 'south-china', 'north-china', 'southwest', 'overseas']);
		files.set(`accounts/${folder}/${slug}.mdx`, `---\n${stringify(plan)}---\n${body(chinese, tier, plan.name as string)}`);
	}
	files.set('people.yaml', stringify(people));
	files.set('policy.yaml', stringify({ currency: 'CNY', locale: 'en' }));
	return files;
}

function body(chinese: boolean, tier: Tier, name: string): string {
	const long = tier === 'major' || tier === 'named';
	const paragraph = chinese
		? `${name}是我们在该区域的重要客户，项目分布广，对活动板房的安装速度、质量和售后服务要求高。采购由物资设备部统一管理，总经理最终审批。`
		: `${name} runs projects across the region and values fast installation, quality and after-sales service. Purchasing is run centrally and the general manager approves large orders; the tunnel programme drives demand.`;
	const repeat = (text: string) => (long ? `${text}\n\n${text}` : text);
	const headings = chinese ? ['客户信息', '客户业绩', '竞争评估', '行动计划'] : ['Customer information', 'Customer performance', 'Competitive assessment', 'Action plan'];
	return `\n${headings.map((heading) => `## ${heading}\n\n${repeat(paragraph)}\n`).join('\n')}`;
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
	const [dir, count = '1000', seed = '42'] = process.argv.slice(2);
	if (!dir) {
		console.error('usage: node bench/generate.ts <dir> [count] [seed]');
		process.exit(2);
	}
	await writeGeneratedContent(dir, { count: Number(count), seed: Number(seed) });
	console.log(`wrote ${count} plans to ${dir}`);
}
