import { z } from 'zod';
import { CONTACT_ROLES, oneOf, STANCES, STRENGTHS } from './enums.ts';
import { text } from './ids.ts';

/** One person in the customer's buying centre. */
export const contact = z
	.strictObject({
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
		/** Free notes. */
		notes: text(2000, 'Free notes about the contact.').optional(),
	})
	.meta({ description: 'A person in the customer buying centre.' });

export type Contact = z.infer<typeof contact>;
