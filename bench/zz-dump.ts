import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mutatePlan } from './fuzz.ts';
import { seededRandom } from './generate.ts';
const CONTENT = join(import.meta.dirname, '../content');
const plans = readdirSync(join(CONTENT, 'accounts'), { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.mdx')).sort().map((p) => ({ path: `accounts/${p}`, text: readFileSync(join(CONTENT, 'accounts', p), 'utf8') }));
const random = seededRandom(Number(process.argv[2]));
const want = new Set(process.argv.slice(3).map(Number));
for (let i = 0; i <= Math.max(...want); i++) {
	const original = plans[Math.floor(random() * plans.length)]!;
	const text = mutatePlan(original.text, random);
	if (want.has(i)) writeFileSync(`/tmp/i20/case-${i}.mdx`, text);
}
