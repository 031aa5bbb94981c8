import type { Preset } from 'unified';
import remarkLint from 'remark-lint';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import { partsAreRequired } from '../lib/content/sections.ts';
import type { Sections } from './parts.ts';
import kamNoEmptyParts from './rules/kam-no-empty-parts.ts';
import kamPlanLinks from './rules/kam-plan-links.ts';
import kamPlanParts from './rules/kam-plan-parts.ts';

export interface PlanLintSettings {
	/** The standard parts from policy.yaml. */
	sections: Sections;
	/** Every plan's slug → its path relative to the content directory. */
	plans: Readonly<Record<string, string>>;
	/** The plan's declared tier, when its frontmatter has one. */
	tier: string | undefined;
}

/** The KAM rules by name, for running one of them alone (the fixture runner does). */
export const KAM_RULES = { 'kam-plan-parts': kamPlanParts, 'kam-no-empty-parts': kamNoEmptyParts, 'kam-plan-links': kamPlanLinks } as const;
export type KamRuleName = keyof typeof KAM_RULES;

/**
 * The KAM rule settings for one plan. Severity is configuration, as in any
 * remark-lint setup: a missing, misplaced or empty part is an error for major
 * and named plans and a warning for the rest.
 */
export function kamRuleSettings(settings: PlanLintSettings): Record<KamRuleName, ['error' | 'warn', unknown]> {
	const partsSeverity = partsAreRequired(settings.tier) ? 'error' : 'warn';
	return {
		'kam-plan-parts': [partsSeverity, { sections: settings.sections }],
		'kam-no-empty-parts': [partsSeverity, { sections: settings.sections }],
		'kam-plan-links': ['error', { plans: settings.plans }],
	};
}

/**
 * The recommended remark-lint preset plus the KAM rules, configured for one
 * plan. With `only`, just remark-lint itself (which filters messages, as in a
 * real run) and those KAM rules.
 */
export function planLintPreset(settings: PlanLintSettings, only?: readonly KamRuleName[]): Preset {
	const kam = kamRuleSettings(settings);
	const names = only ?? (Object.keys(KAM_RULES) as KamRuleName[]);
	return {
		plugins: [...(only ? [remarkLint] : (remarkPresetLintRecommended.plugins ?? [])), ...names.map((name) => [KAM_RULES[name], kam[name]] as const)] as Preset['plugins'],
	};
}
