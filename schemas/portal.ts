import { z } from 'zod';
import { SLUG_PATTERN, text } from './ids.ts';
import { scope } from './scope.ts';

/** An audience that gets a portal of its own: `npm run build -- --portal <id>` builds it into `dist/<id>/`. */
export const portal = z
	.strictObject({
		/** The portal's id: its output folder and the value of `--portal`. */
		id: z
			.string()
			.regex(SLUG_PATTERN, { error: (issue) => `expected a portal id: lowercase ASCII letters, digits and single hyphens (like \`east-china\`), found \`${String(issue.input)}\`` })
			.meta({ description: 'Portal id: its output folder (dist/<id>/) and the value of --portal.' }),
		/** A title shown in the portal's scope banner; default: the id. */
		name: text(100, 'Title shown in the portal (default: the id).').optional(),
		/** The plans this portal shows. */
		scope,
	})
	.meta({ description: 'An audience with a portal of its own.' });

/** The audiences of policy.yaml; ids are unique. */
export const portals = z
	.array(portal)
	.superRefine((list, ctx) => {
		const seen = new Set<string>();
		list.forEach((entry, index) => {
			if (seen.has(entry.id)) {
				ctx.addIssue({ code: 'custom', path: [index, 'id'], input: entry.id, message: `portal id \`${entry.id}\` is used twice; every portal builds into \`dist/<id>/\`, so give each a different id` });
			}
			seen.add(entry.id);
		});
	})
	.meta({ description: 'Audiences that get a portal of their own (npm run build -- --portal <id>).' });

export type Portal = z.output<typeof portal>;
