import { z } from 'zod';
import { CONTACT_ROLES, oneOf, STANCES, STRENGTHS } from './enums.ts';
import { calendarDate, describeInput } from './date.ts';
import { personId, SLUG_PATTERN, text } from './ids.ts';

/** One person in the customer's buying centre. */
const contactIdError = (issue: { input?: unknown }) =>
	`expected a contact id: lowercase ASCII letters, digits and single hyphens (like \`zhao-lei\`), found ${describeInput(issue.input)}`;

/** The id of a contact, unique within its plan; `reportsTo` refers to it. */
export const contactId = z
	.string({ error: contactIdError })
	.regex(SLUG_PATTERN, { error: contactIdError })
	.meta({ description: 'Id of a contact of this plan (lowercase letters, digits, hyphens).' });

export const contact = z
	.strictObject({
		/** Unique within the plan; needed for `reportsTo`. */
		id: contactId.optional(),
		/** Full name, as the customer writes it. */
		name: text(200, 'Full name of the contact.'),
		/** Job title at the customer. */
		title: text(200, 'Job title at the customer.').optional(),
		/** Their part in the purchase decision. */
		role: oneOf(CONTACT_ROLES, 'Role in the buying centre.'),
		/** How they feel about us. */
		stance: oneOf(STANCES, 'Stance towards us.').optional(),
		/** How strong our relationship with them is. */
		strength: oneOf(STRENGTHS, 'Strength of our relationship.').optional(),
		/** The contact's manager: the id of another contact of this plan (the org chart). */
		reportsTo: contactId.optional().meta({ description: "Id of this contact's manager, another contact of this plan." }),
		/** Who on our side owns this relationship (a person id). */
		coveredBy: personId.optional().meta({ description: 'Person id: who on our side owns this relationship.' }),
		/** The last meaningful contact with them. */
		lastContact: calendarDate.optional().meta({ description: 'The last meaningful contact, YYYY-MM-DD.' }),
		/** Free notes. */
		notes: text(2000, 'Free notes about the contact.').optional(),
	})
	.meta({ description: 'A person in the customer buying centre.' });

export type Contact = z.infer<typeof contact>;
