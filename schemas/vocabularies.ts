/**
 * The closed vocabularies of the content, without zod: the schemas (enums.ts)
 * build on them, and the browser's scripts import them from here, so no
 * schema code is shipped to the browser.
 */

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
/** What kind of contact a visit report records. */
export const VISIT_TYPES = ['visit', 'call', 'meeting', 'event', 'reception'] as const;
/** Where a visit stands: ahead, held, or called off. */
export const VISIT_STATUSES = ['planned', 'done', 'cancelled'] as const;
/** UI languages of the portal. */
export const LOCALES = ['en', 'zh-CN'] as const;

export type Tier = (typeof TIERS)[number];
export type Category = (typeof CATEGORIES)[number];
export type ContactRole = (typeof CONTACT_ROLES)[number];
export type Stance = (typeof STANCES)[number];
export type Strength = (typeof STRENGTHS)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type VisitType = (typeof VISIT_TYPES)[number];
export type VisitStatus = (typeof VISIT_STATUSES)[number];
export type Locale = (typeof LOCALES)[number];
