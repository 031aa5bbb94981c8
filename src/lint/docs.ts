/** Where a rule is documented: the README of this installation, at the rule's anchor. */
export function ruleDocsUrl(rule: string): string {
	return new URL(`../../README.md#${rule}`, import.meta.url).href;
}
