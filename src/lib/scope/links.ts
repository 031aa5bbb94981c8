/**
 * Links in plan bodies that lead to another plan. A scoped portal renders links
 * to plans it does not hold as plain text, so neither a dead link nor the other
 * account's address is published. The parser is src/lib/content/plan-links.ts.
 */
export { linkedPlanSlug } from '../content/plan-links.ts';
