import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export interface AxeViolation {
	id: string;
	impact: string;
	help: string;
	nodes: { target: string[]; failureSummary: string }[];
}

let source: Promise<string> | undefined;

/** Runs axe-core in the page against WCAG 2.1 A and AA. It is evaluated through the DevTools protocol, so the page's CSP does not block it. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
	source ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
	await page.evaluate(await source);
	const result = (await page.evaluate(() =>
		(window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
			resultTypes: ['violations'],
		}),
	)) as { violations: AxeViolation[] };
	return result.violations;
}

/** One readable line block per violation, for test failure messages. */
export function describeViolations(violations: readonly AxeViolation[]): string[] {
	return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`);
}
