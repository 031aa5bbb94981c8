import { describe, expect, it } from 'vitest';
import { approvingLogins, reviewsFromText } from '../../../src/lib/sign-off/sign-off.ts';

const r = (login: string | null, state: string, submitted_at: string) => ({ id: 1, user: login === null ? null : { login, id: 2, type: 'User' }, state, submitted_at, commit_id: 'abc' });

describe('approvingLogins', () => {
	it.each<[string, ReturnType<typeof r>[], string | undefined, string[]]>([
		['an approval counts', [r('ann', 'APPROVED', '2026-10-01T00:00:00Z')], undefined, ['ann']],
		['approved, then changes requested: does not count', [r('ann', 'APPROVED', '2026-10-01T00:00:00Z'), r('ann', 'CHANGES_REQUESTED', '2026-10-02T00:00:00Z')], undefined, []],
		['changes requested, then approved: counts', [r('ann', 'CHANGES_REQUESTED', '2026-10-01T00:00:00Z'), r('ann', 'APPROVED', '2026-10-02T00:00:00Z')], undefined, ['ann']],
		['approved, then only a comment: still counts', [r('ann', 'APPROVED', '2026-10-01T00:00:00Z'), r('ann', 'COMMENTED', '2026-10-02T00:00:00Z')], undefined, ['ann']],
		['approved, then dismissed: does not count', [r('ann', 'APPROVED', '2026-10-01T00:00:00Z'), r('ann', 'DISMISSED', '2026-10-02T00:00:00Z')], undefined, []],
		['order by submitted_at, not by position', [r('ann', 'CHANGES_REQUESTED', '2026-10-03T00:00:00Z'), r('ann', 'APPROVED', '2026-10-02T00:00:00Z')], undefined, []],
		['logins compare without case', [r('Ann', 'APPROVED', '2026-10-01T00:00:00Z'), r('ann', 'CHANGES_REQUESTED', '2026-10-02T00:00:00Z'), r('BOB', 'APPROVED', '2026-10-01T00:00:00Z')], undefined, ['bob']],
		["the author's approval does not count", [r('ann', 'APPROVED', '2026-10-01T00:00:00Z'), r('bob', 'APPROVED', '2026-10-01T00:00:00Z')], 'ANN', ['bob']],
		['a deleted account (user null) is skipped', [r(null, 'APPROVED', '2026-10-01T00:00:00Z')], undefined, []],
	])('%s', (_name, reviews, author, expected) => {
		expect([...approvingLogins(reviews, author)].sort()).toEqual(expected);
	});
});

describe('reviewsFromText', () => {
	const one = JSON.stringify([r('ann', 'APPROVED', '2026-10-01T00:00:00Z')]);
	const two = JSON.stringify([r('bob', 'APPROVED', '2026-10-02T00:00:00Z')]);
	it.each([
		['one list', one, ['ann']],
		['pages slurped into a list', `[${one},${two}]`, ['ann', 'bob']],
		['pages one after another, as --paginate writes them', `${one}\n${two}\n`, ['ann', 'bob']],
		['no reviews', '[]', []],
	])('reads %s', (_name, text, logins) => {
		expect(reviewsFromText(text).map((review) => review.user?.login)).toEqual(logins);
	});

	it('rejects what is not a list of reviews', () => {
		expect(() => reviewsFromText('{"message":"Not Found"}')).toThrow('expected a JSON list of reviews');
	});
});
