/**
 * Sign-off as code: which plans and applications a pull request changes need
 * whose approval, and whether the pull request's reviews give it.
 */
import { compareText } from '../compare.ts';
import { applicationSigners, isSignOffTier, managerLookup, planSigners, type ResolvedSigners } from '../engine/signers.ts';
import type { Organisation, PersonFacts, PlanFacts } from './facts.ts';

/** A pull request review as GitHub's REST API returns it (`GET /repos/{owner}/{repo}/pulls/{n}/reviews`); only these fields are read. */
export interface GitHubReview {
	id?: number;
	/** null for a deleted account. */
	user: { login: string } | null;
	state: string;
	submitted_at?: string | null;
	commit_id?: string | null;
}

/** Review states that set a reviewer's verdict; a COMMENTED (or PENDING) review leaves the earlier verdict standing, as on GitHub. */
const VERDICTS = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

/** Reads the reviews file's text: one JSON list, a list of pages (`--slurp`), or the pages one after another (`--paginate` alone). */
export function reviewsFromText(text: string): GitHubReview[] {
	try {
		return parseReviews(JSON.parse(text));
	} catch (error) {
		if (!(error instanceof SyntaxError) || !/^\s*\[/.test(text)) throw error;
		return parseReviews(JSON.parse(`[${text.replace(/\]\s*\[/g, '],[')}]`));
	}
}

/** Checks the shape of the reviews file: a list (or `gh api --paginate --slurp`'s list of pages) of reviews. */
export function parseReviews(data: unknown): GitHubReview[] {
	const list = Array.isArray(data) && data.every(Array.isArray) && data.length > 0 ? (data as unknown[][]).flat() : data;
	if (!Array.isArray(list)) throw new Error('expected a JSON list of reviews, as `gh api repos/{owner}/{repo}/pulls/{n}/reviews` returns');
	return list.map((entry, index) => {
		const review = entry as Partial<GitHubReview> | null;
		if (typeof review !== 'object' || review === null || typeof review.state !== 'string') throw new Error(`review [${index}] has no \`state\`; expected GitHub's review objects ({ "user": { "login": … }, "state": "APPROVED", "submitted_at": … })`);
		const user = review.user;
		if (user !== null && (typeof user !== 'object' || typeof user?.login !== 'string')) throw new Error(`review [${index}] has no \`user.login\``);
		return review as GitHubReview;
	});
}

/**
 * The logins (lower case) whose latest verdict is APPROVED, the author's left
 * out. Reviews are taken in `submitted_at` order (the API's order on a tie).
 */
export function approvingLogins(reviews: readonly GitHubReview[], author?: string): Set<string> {
	const ordered = reviews
		.map((review, index) => ({ review, index }))
		.filter(({ review }) => review.user !== null && VERDICTS.has(review.state.toUpperCase()))
		.sort((a, b) => compareText(a.review.submitted_at ?? '', b.review.submitted_at ?? '') || a.index - b.index);
	const verdict = new Map<string, string>();
	for (const { review } of ordered) verdict.set(review.user!.login.toLowerCase(), review.state.toUpperCase());
	const authorLogin = author?.toLowerCase();
	return new Set([...verdict].filter(([login, state]) => state === 'APPROVED' && login !== authorLogin).map(([login]) => login));
}

/** One plan file the pull request adds, changes or removes, before and after (undefined where it does not exist or cannot be read). */
export interface ChangedPlan {
	/** Path relative to the content directory. */
	file: string;
	slug: string;
	before?: PlanFacts;
	after?: PlanFacts;
}

export interface RequiredSigner {
	/** Person id of who must approve. */
	person: string;
	/** Their GitHub login; absent when people.yaml gives none. */
	login?: string;
	/** Set when this person signs in place of the pull request's author, who is a required signer. */
	insteadOf?: string;
	approved: boolean;
}

export interface SignOffItem {
	kind: 'plan' | 'application';
	file: string;
	slug: string;
	signers: RequiredSigner[];
	/** Sign-off words that name nobody for this plan: left out. */
	unresolved: string[];
	/** The author is a required signer and has no manager to sign in their place. */
	authorWithoutManager?: string;
}

export interface SignOffResult {
	items: SignOffItem[];
	/** Items with a signer who has not approved (or cannot). */
	missing: SignOffItem[];
}

const JSON_OF = (value: unknown) => JSON.stringify(value ?? null);

/**
 * What the pull request needs. Before-versions resolve against the base's
 * policy and people, after-versions against the head's, and a plan needs both
 * sets of signers: a pull request cannot drop its own sign-off by changing the
 * tier, the owner, a manager or the policy.
 */
export function signOffItems(changes: readonly ChangedPlan[], base: Organisation, head: Organisation, reviews: readonly GitHubReview[], author?: string): SignOffResult {
	const approvals = approvingLogins(reviews, author);
	const baseManager = managerLookup(base.people);
	const headManager = managerLookup(head.people);
	const findPerson = (id: string): PersonFacts | undefined => head.people.find((p) => p.id === id) ?? base.people.find((p) => p.id === id);
	const authorPerson = author === undefined ? undefined : (head.people.find((p) => p.github?.toLowerCase() === author.toLowerCase()) ?? base.people.find((p) => p.github?.toLowerCase() === author.toLowerCase()));
	const items: SignOffItem[] = [];

	const item = (kind: SignOffItem['kind'], change: ChangedPlan, resolved: ResolvedSigners[]) => {
		const people: string[] = [];
		const unresolved: string[] = [];
		for (const r of resolved) {
			for (const id of r.signers) if (!people.includes(id)) people.push(id);
			for (const word of r.unresolved) if (!unresolved.includes(word)) unresolved.push(word);
		}
		const signers: RequiredSigner[] = [];
		let authorWithoutManager: string | undefined;
		for (const id of people) {
			let person = id;
			let insteadOf: string | undefined;
			if (authorPerson && id === authorPerson.id) {
				const manager = authorPerson.manager;
				if (manager === undefined) {
					authorWithoutManager = id;
					continue;
				}
				person = manager;
				insteadOf = id;
			}
			if (signers.some((s) => s.person === person)) continue;
			const login = findPerson(person)?.github;
			const signer: RequiredSigner = { person, approved: login !== undefined && approvals.has(login.toLowerCase()) };
			if (login !== undefined) signer.login = login;
			if (insteadOf !== undefined) signer.insteadOf = insteadOf;
			signers.push(signer);
		}
		const entry: SignOffItem = { kind, file: change.file, slug: change.slug, signers, unresolved };
		if (authorWithoutManager !== undefined) entry.authorWithoutManager = authorWithoutManager;
		items.push(entry);
	};

	for (const change of [...changes].sort((a, b) => compareText(a.file, b.file))) {
		const { before, after } = change;
		const planResolved: ResolvedSigners[] = [];
		if (before?.tier && isSignOffTier(base.policy, before.tier)) planResolved.push(planSigners({ tier: before.tier, owner: before.owner, sponsor: before.sponsor }, base.policy, baseManager));
		if (after?.tier && isSignOffTier(head.policy, after.tier)) planResolved.push(planSigners({ tier: after.tier, owner: after.owner, sponsor: after.sponsor }, head.policy, headManager));
		if (planResolved.length > 0) item('plan', change, planResolved);

		const decisionChanged = (before?.application?.decision !== undefined || after?.application?.decision !== undefined) && JSON_OF(before?.application?.decision) !== JSON_OF(after?.application?.decision);
		if (decisionChanged) {
			const applicationResolved: ResolvedSigners[] = [];
			if (before?.application) applicationResolved.push(applicationSigners(before, base.policy, baseManager));
			if (after?.application) applicationResolved.push(applicationSigners(after, head.policy, headManager));
			if (applicationResolved.some((r) => r.signers.length > 0 || r.unresolved.length > 0)) item('application', change, applicationResolved);
		}
	}
	return { items, missing: items.filter((i) => i.authorWithoutManager !== undefined || i.signers.some((s) => !s.approved)) };
}
