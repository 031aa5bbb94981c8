/**
 * Validation time of one pathological plan as it grows (thousands of contacts):
 * it should grow linearly. `node bench/pathological.ts`
 */
import { stringify } from 'yaml';
import { validateContent } from '../src/lib/content/validate.ts';

const people = new TextEncoder().encode('- id: li-wei\n  name: Li Wei\n- id: zhang-min\n  name: Zhang Min\n');

function plan(contacts: number, role: string): Uint8Array {
	const frontmatter = {
		name: 'Huge',
		tier: 'major',
		category: 'key',
		owner: 'li-wei',
		sponsor: 'zhang-min',
		value: { current: 6e6, potential: 3e7, wallet: 4e7 },
		targets: { shareOfWallet: 0.3 },
		forecast: [{ year: 2026, revenue: 7e6 }],
		contacts: Array.from({ length: contacts }, (_, i) => ({ name: `Contact ${i}`, title: 'Engineer', role: i === 0 ? 'decider' : role })),
	};
	const body = ['Customer information', 'Customer performance', 'Competitive assessment', 'Action plan'].map((h) => `## ${h}\n\nText.\n`).join('\n');
	return new TextEncoder().encode(`---\n${stringify(frontmatter)}---\n\n${body}`);
}

function time(contacts: number, role: string): number {
	const snapshot = { people: { path: 'people.yaml', bytes: people }, accounts: [{ path: 'accounts/huge.mdx', bytes: plan(contacts, role) }] };
	validateContent(snapshot); // warm-up
	const runs = 5;
	const started = performance.now();
	for (let i = 0; i < runs; i++) validateContent(snapshot);
	return (performance.now() - started) / runs;
}

console.log('| contacts | valid (ms) | all invalid (ms) |');
console.log('| ---: | ---: | ---: |');
for (const contacts of [1000, 2000, 4000, 8000]) {
	console.log(`| ${contacts} | ${time(contacts, 'user').toFixed(1)} | ${time(contacts, 'boss').toFixed(1)} |`);
}
