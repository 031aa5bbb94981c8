/**
 * The plan-parts rule, once: the standard parts of policy.yaml (`sections`)
 * are all present, in policy order, and not empty. Validation (over the body's
 * headings) and the lint rules kam-plan-parts and kam-no-empty-parts (over the
 * MDX tree) each find the parts their way and ask `planPartProblems` what is
 * wrong; `partProblemMessage` words it the same for both, so `npm run check`
 * recognises a problem both report and lists it once.
 */
import type { Policy } from '../../../schemas/policy.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { type BodyHeading, bodyLines } from './mdx-body.ts';
import { editDistance } from './zod-issues.ts';

type Sections = Policy['sections'];

interface SectionOptions {
	file: string;
	bodyLine: number;
	tier: string | undefined;
	sections: Sections;
}

/** Tiers whose plans must have every standard part (others get warnings). */
export function partsAreRequired(tier: string | undefined): boolean {
	return tier === 'major' || tier === 'named';
}

/** Normalises a heading for comparison: case, spacing and full-width spaces do not matter. */
export function normaliseTitle(title: string): string {
	return title.replace(/[\s\u3000]+/g, ' ').trim().toLowerCase();
}

/** Each policy's titles, normalised once (every heading of every plan is looked up). */
const normalisedTitles = new WeakMap<Sections, { id: string; titles: string[] }[]>();

/** Which standard part (by id) a heading opens, if any. */
export function sectionOfHeading(text: string, sections: Sections): string | undefined {
	let normalised = normalisedTitles.get(sections);
	if (!normalised) {
		normalised = sections.map((s) => ({ id: s.id, titles: s.titles.map(normaliseTitle) }));
		normalisedTitles.set(sections, normalised);
	}
	const wanted = normaliseTitle(text);
	return normalised.find((s) => s.titles.includes(wanted))?.id;
}

/** A heading that opens a standard part, however the body was parsed. */
export interface FoundPart {
	/** Section id from policy.yaml. */
	id: string;
	/** The heading as written. */
	title: string;
	/** Nothing at all between this heading and the next of the same or a higher level. */
	empty: boolean;
	/** Only the prompt `npm run new-plan` wrote (known to the lint rule; validation lets a fresh plan build). */
	promptOnly?: boolean;
}

/** A heading that opens no standard part, and the last part before it (none when it comes before every part). */
export interface OtherHeading<P extends FoundPart> {
	title: string;
	after: P | undefined;
}

/** What is wrong with a plan's parts; `P` is the caller's part, so it can say where. */
export type PartProblem<P extends FoundPart, H extends OtherHeading<P> = OtherHeading<P>> =
	/** A part is missing; `next` is the first part that should follow it, `before` the last that should precede it. */
	| { kind: 'missing'; section: Sections[number]; next?: P; before?: P }
	/** A part is missing, and `heading`, where it belongs, is a misspelling of `title`, one of its titles. */
	| { kind: 'misspelt'; section: Sections[number]; heading: H; title: string }
	/** `part` comes after `previous`, which the policy puts later. */
	| { kind: 'order'; part: P; previous: P }
	| { kind: 'empty'; part: P }
	| { kind: 'prompt'; part: P };

/**
 * The problems of a plan's parts, given in document order: missing parts (policy order), parts out of order, empty parts.
 * `others` are the headings that open no part: one standing where a missing part belongs, and
 * spelt close to one of its titles (`竞争评价` for `竞争评估`), is reported as that misspelling instead.
 */
export function planPartProblems<P extends FoundPart, H extends OtherHeading<P> = OtherHeading<P>>(parts: readonly P[], sections: Sections, others: readonly H[] = []): PartProblem<P, H>[] {
	const order = sections.map((s) => s.id);
	const rank = (part: P) => order.indexOf(part.id);
	const problems: PartProblem<P, H>[] = [];
	const used = new Set<H>();
	sections.forEach((section, sectionRank) => {
		if (parts.some((p) => p.id === section.id)) return;
		const next = parts.find((p) => rank(p) > sectionRank);
		const before = parts.findLast((p) => rank(p) < sectionRank);
		const misspelt = closestHeading(others.filter((h) => h.after === before && !used.has(h)), section.titles);
		if (misspelt) {
			used.add(misspelt.heading);
			problems.push({ kind: 'misspelt', section, ...misspelt });
			return;
		}
		problems.push({ kind: 'missing', section, ...(next && { next }), ...(before && { before }) });
	});
	let previous: P | undefined;
	for (const part of parts) {
		if (previous && rank(part) < rank(previous)) problems.push({ kind: 'order', part, previous });
		else previous = part;
	}
	for (const part of parts) {
		if (part.empty) problems.push({ kind: 'empty', part });
		else if (part.promptOnly) problems.push({ kind: 'prompt', part });
	}
	return problems;
}

/** The heading spelt closest to one of `titles`, within a third of the title's length (at least one edit); ties go to the first. */
function closestHeading<H extends { title: string }>(headings: readonly H[], titles: readonly string[]): { heading: H; title: string } | undefined {
	let best: { heading: H; title: string } | undefined;
	let bestDistance = Infinity;
	for (const heading of headings) {
		const written = normaliseTitle(heading.title);
		if (written.length > 200) continue;
		for (const title of titles) {
			const wanted = normaliseTitle(title);
			const limit = Math.max(1, Math.floor([...wanted].length / 3));
			const distance = editDistance(written, wanted, limit);
			if (distance <= limit && distance < bestDistance) {
				best = { heading, title };
				bestDistance = distance;
			}
		}
	}
	return best;
}

const code = (text: string) => `\`${text}\``;

/** The one wording of a part problem, for validation and lint alike. */
export function partProblemMessage(problem: PartProblem<FoundPart, OtherHeading<FoundPart>>, sections: Sections): string {
	switch (problem.kind) {
		case 'misspelt': {
			const accepted = problem.section.titles.map((t) => code(`## ${t}`)).join(' or ');
			return `Unexpected heading ${code(problem.heading.title)} where the part ${code(problem.section.titles[0]!)} belongs, expected a heading ${accepted}; did you mean ${code(`## ${problem.title}`)}?`;
		}
		case 'missing': {
			const title = code(problem.section.titles[0]!);
			const accepted = problem.section.titles.map((t) => code(`## ${t}`)).join(' or ');
			if (problem.next) return `Unexpected missing part ${title} before ${code(problem.next.title)}, expected a heading ${accepted}`;
			if (problem.before) return `Unexpected missing part ${title} after ${code(problem.before.title)}, expected a heading ${accepted}`;
			return `Unexpected missing part ${title}, expected a heading ${accepted}`;
		}
		case 'order':
			return `Unexpected part ${code(problem.part.title)} after ${code(problem.previous.title)}, expected the order ${sections.map((s) => code(s.titles[0]!)).join(', ')}`;
		case 'empty':
			return `Unexpected empty part ${code(problem.part.title)}, expected the plan's own text under the heading`;
		case 'prompt':
			return `Unexpected template prompt as the only text of part ${code(problem.part.title)}, expected the plan's own text in place of the prompt`;
	}
}

/** Validation's rule id for each problem (lint reports them as kam-plan-parts and kam-no-empty-parts). */
const VALIDATION_RULE = { missing: 'missing-part', misspelt: 'missing-part', order: 'part-order', empty: 'empty-part', prompt: 'empty-part' } as const;

/**
 * Validation's view of the rule: the parts found among the body's headings,
 * each problem an error for major and named plans and a warning for the rest,
 * at the line lint reports it. Template prompts are left to lint, so a plan
 * fresh from `npm run new-plan` still builds.
 */
export function checkSections(headings: BodyHeading[], body: string, options: SectionOptions): Diagnostic[] {
	const severity = partsAreRequired(options.tier) ? 'error' : 'warning';
	const lines = bodyLines(body);
	type Part = FoundPart & { line: number };
	const parts: Part[] = [];
	const others: (OtherHeading<Part> & { line: number })[] = [];
	headings.forEach((heading, index) => {
		const id = sectionOfHeading(heading.text, options.sections);
		if (id === undefined) {
			others.push({ title: heading.text, after: parts.at(-1), line: options.bodyLine + heading.line });
			return;
		}
		let next: BodyHeading | undefined;
		for (let k = index + 1; k < headings.length && !next; k++) if (headings[k]!.depth <= heading.depth) next = headings[k];
		// Empty: nothing but blank lines up to the next heading of its level or above.
		const empty = lines.slice(heading.line + 1, next ? next.line : lines.length).every((l) => l.text.trim() === '');
		parts.push({ id, title: heading.text, empty, line: options.bodyLine + heading.line });
	});
	// With no part to point at, lint reports at the body's first block (or the file's first line).
	const firstText = lines.findIndex((l) => l.text.trim() !== '');
	const start = firstText === -1 ? 1 : options.bodyLine + firstText;
	return planPartProblems(parts, options.sections, others).map((problem) => ({
		file: options.file,
		line: problem.kind === 'missing' ? (problem.next ?? problem.before)?.line ?? start : problem.kind === 'misspelt' ? problem.heading.line : problem.part.line,
		field: '',
		severity,
		rule: VALIDATION_RULE[problem.kind],
		message: partProblemMessage(problem, options.sections),
	}));
}
