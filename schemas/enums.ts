import { z } from 'zod';
import { describeInput } from './date.ts';

/** A closed list of values; the error lists every allowed value. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, description: string) {
	return z
		.enum(values, {
			error: (issue) => `expected one of ${values.map((v) => `\`${v}\``).join(', ')}; found ${describeInput(issue.input)}`,
		})
		.meta({ description });
}

/** The tier pyramid, top to bottom. */
export const TIERS = ['major', 'named', 'non-named', 'mass-market'] as const;
/** Relationship category, independent of tier. */
export const CATEGORIES = ['key', 'target', 'normal', 'lost'] as const;
/** The six kinds of people in a customer's buying centre. */
export const CONTACT_ROLES = ['initiator', 'user', 'influencer', 'decider', 'buyer', 'gatekeeper'] as const;
/** How a contact feels about us. */
export const STANCES = ['champion', 'supporter', 'neutral', 'skeptic', 'opponent'] as const;
/** How strong our relationship with a contact is. */
export const STRENGTHS = ['strong', 'medium', 'weak', 'none'] as const;
/** Where an action of the plan stands. */
export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'blocked', 'dropped'] as const;
/** UI languages of the portal. */
export const LOCALES = ['en', 'zh-CN'] as const;

export const tier = oneOf(TIERS, 'Tier: major | named | non-named | mass-market.');
export const category = oneOf(CATEGORIES, 'Relationship category: key | target | normal | lost.');

export type Tier = (typeof TIERS)[number];
export type Category = (typeof CATEGORIES)[number];
export type ContactRole = (typeof CONTACT_ROLES)[number];
export type Stance = (typeof STANCES)[number];
export type Strength = (typeof STRENGTHS)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type Locale = (typeof LOCALES)[number];
