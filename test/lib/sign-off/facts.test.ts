import { describe, expect, it } from 'vitest';
import { planFacts } from '../../../src/lib/sign-off/facts.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('planFacts', () => {
	it('reads tier, owner, sponsor and application from a full frontmatter, whatever comes around them', () => {
		const text = `---
name: Acme  # a comment
# tier: named (a comment at column 0 is no entry)
tier: major
value:
  current: 1
  potential: 2
owner: li-wei
contacts:
  - { name: "owner: not this", role: decider }
sponsor: zhang-min
application:
  proposed: 2026-10-12
  by: wang-fang
  # decision to come
  decision: { date: 2026-11-02, by: zhang-min, outcome: approved }
---
Body with tier: named
`;
		expect(planFacts('accounts/acme.mdx', bytes(text))).toEqual({
			tier: 'major',
			owner: 'li-wei',
			sponsor: 'zhang-min',
			application: { by: 'wang-fang', decision: { date: '2026-11-02', by: 'zhang-min', outcome: 'approved' } },
		});
	});

	it('falls back to the whole frontmatter when the tier is written in a way the line scan misses', () => {
		expect(planFacts('accounts/acme.mdx', bytes('---\n"tier": named\nowner: li-wei\n---\n'))).toEqual({ tier: 'named', owner: 'li-wei' });
	});

	it('gives nothing for a file without frontmatter or with broken YAML', () => {
		expect(planFacts('accounts/acme.mdx', bytes('# Acme\n'))).toBeUndefined();
		expect(planFacts('accounts/acme.mdx', bytes('---\ntier: [major\n---\n'))).toBeUndefined();
	});
});
