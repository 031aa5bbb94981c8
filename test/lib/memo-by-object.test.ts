import { describe, expect, it } from 'vitest';
import { memoByObject } from '../../src/lib/memo-by-object.ts';

describe('memoByObject', () => {
	it('computes once per object, again for another object with the same content', () => {
		const calls: string[] = [];
		const digest = memoByObject((plan: { body: string }) => {
			calls.push(plan.body);
			return `#${plan.body}`;
		});
		const a = { body: 'a' };
		expect([digest(a), digest(a), digest({ body: 'a' })]).toEqual(['#a', '#a', '#a']);
		expect(calls).toEqual(['a', 'a']);
	});
});
