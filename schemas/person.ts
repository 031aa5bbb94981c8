import { z } from 'zod';
import { personId, text } from './ids.ts';

/** A GitHub login: letters, digits and single hyphens, at most 39 characters, not starting or ending with a hyphen. */
export const GITHUB_LOGIN = /^(?=.{1,39}$)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

const loginError = (input: unknown) =>
	`expected a GitHub login (letters, digits and single hyphens, at most 39 characters, not starting or ending with a hyphen), found ${typeof input === 'string' ? `\`${input}\`` : typeof input === 'object' ? 'a group of fields' : `\`${String(input)}\``}`;

/** A GitHub login, for code owners and sign-off. */
export const githubLogin = z
	.string({ error: (issue) => loginError(issue.input) })
	.regex(GITHUB_LOGIN, { error: (issue) => loginError(issue.input) })
	.meta({ description: 'GitHub login, for code owners and sign-off.' });

/** Someone who owns, sponsors or works on accounts. */
export const person = z
	.strictObject({
		/** Unique id used in plans (`owner: li-wei`). */
		id: personId,
		/** Display name, any script. */
		name: text(200, 'Display name.'),
		/** The person's function: a policy `departments` entry (id, name or alias) when listed; free text otherwise. */
		department: text(100, "The person's function: a departments entry of policy.yaml (id, name or alias) when listed; free text otherwise.").optional(),
		/** Job title. */
		title: text(200, 'Job title.').optional(),
		/** Email address. */
		email: z.email({ error: (issue) => `expected an email address, found \`${String(issue.input)}\`` }).optional().meta({ description: 'Email address.' }),
		/** Home region. */
		region: text(100, 'Home region.').optional(),
		/** Who this person reports to (person id). */
		manager: personId.optional().meta({ description: 'Who this person reports to (person id).' }),
		/** GitHub login, for code owners and sign-off. */
		github: githubLogin.optional(),
	})
	.meta({ description: 'A person who owns, sponsors or works on accounts.' });

/** people.yaml: a list of people with unique ids. */
export const people = z
	.array(person, { error: (issue) => `expected a list of people (each line starting with \`- id: ...\`), found ${typeof issue.input === 'object' ? 'a group of fields' : `\`${String(issue.input)}\``}` })
	.superRefine((list, ctx) => {
		const firstIndexOfId = new Map<string, number>();
		list.forEach((entry, index) => {
			const first = firstIndexOfId.get(entry.id);
			if (first === undefined) firstIndexOfId.set(entry.id, index);
			else ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate person id \`${entry.id}\` (also at [${first}]); each person needs a unique id` });
		});
	})
	.meta({ title: 'KAM people', description: 'people.yaml' });

export type Person = z.infer<typeof person>;
export type People = z.infer<typeof people>;
