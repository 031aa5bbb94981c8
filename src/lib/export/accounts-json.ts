import type { AccountView, Portfolio } from '../engine/types.ts';

/** Version of the file's shape; bump it when a field is renamed or removed. */
export const ACCOUNTS_JSON_VERSION = 1;

/** A copy of `value` with every object's keys in alphabetical order (arrays keep their order). */
export function canonical(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(canonical);
	if (value instanceof Map) return canonical(Object.fromEntries(value));
	if (value !== null && typeof value === 'object') {
		const sorted: Record<string, unknown> = {};
		for (const key of Object.keys(value).sort()) {
			const entry = (value as Record<string, unknown>)[key];
			if (entry !== undefined) sorted[key] = canonical(entry);
		}
		return sorted;
	}
	return value;
}

/**
 * Everything the engine computed for one account, frontmatter aside. The visit
 * reports themselves stay out (they are files of their own; `visits` has their
 * counts and cadence, `actions` their next steps): at 20 reports per account
 * they would make the file several times larger.
 */
function computedFields(account: AccountView) {
	const { slug: _slug, file: _file, frontmatter: _frontmatter, name: _name, tier: _tier, category: _category, currency: _currency, visitReports: _visitReports, ...computed } = account;
	return canonical(computed);
}

/**
 * `/data/accounts.json`: every plan's frontmatter and computed fields, the
 * rollups, coverage, schedule, progress report and attention list. Keys are in
 * a fixed order (named fields first, nested objects alphabetical), so the same
 * portfolio always gives the same bytes. `<`, `>`, `&` and the JavaScript line
 * separators are written as \u escapes: still the same JSON, but harmless if a
 * page ever inlines it in a `<script>`. Compact, not indented: at 10,000 plans
 * indentation made the file 54 MB instead of about 30 MB, for tools that parse it anyway.
 */
export function buildAccountsJson(portfolio: Portfolio): string {
	const document = {
		format: 'kam-portal/accounts',
		version: ACCOUNTS_JSON_VERSION,
		asOf: portfolio.asOf,
		currency: portfolio.policy.currency,
		accounts: portfolio.accounts.map((account) => ({
			slug: account.slug,
			...(account.file !== undefined ? { file: account.file } : {}),
			name: account.name,
			tier: account.tier,
			category: account.category,
			currency: account.currency,
			frontmatter: canonical(account.frontmatter),
			computed: computedFields(account),
		})),
		total: canonical(portfolio.total),
		rollups: canonical(portfolio.rollups),
		coverage: canonical(portfolio.coverage),
		schedule: canonical(portfolio.schedule),
		progressReport: canonical(portfolio.progressReport),
		attention: canonical(portfolio.attention),
	};
	return `${JSON.stringify(document).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
