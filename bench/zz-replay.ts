import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mutatePlan } from './fuzz.ts';
import { seededRandom } from './generate.ts';
import { lintPlan } from '../src/lint/lint-plans.ts';
const CONTENT = join(import.meta.dirname, '../content');
const plans = readdirSync(join(CONTENT, 'accounts'), { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.mdx')).sort().map((p) => ({ path: `accounts/${p}`, text: readFileSync(join(CONTENT, 'accounts', p), 'utf8') }));
const random = seededRandom(Number(process.argv[2]));
const sections = [{ id: 'customer', titles: ['Customer information', '客户信息'] }, { id: 'actions', titles: ['Action plan', '行动计划'] }];
for (let i = 0; i < Number(process.argv[3]); i++) {
	const original = plans[Math.floor(random() * plans.length)]!;
	const text = mutatePlan(original.text, random);
	writeFileSync('/tmp/i20/current-case.mdx', text);
	const t = performance.now();
	await lintPlan(text, original.path, { sections, plans: {} });
	const ms = performance.now() - t;
	if (ms > 1000) console.log('case', i, Math.round(ms), 'ms');
}
