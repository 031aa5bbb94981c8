/** What the scope banner says: each condition with a label and a readable value. */
import type { Portfolio } from '../lib/engine/types.ts';
import type { PortalScope } from '../lib/scope/scope.ts';
import type { MessageKey, Ui } from '../i18n/index.ts';
import { resolveTerm, vocabularyOf } from '../lib/vocabulary.ts';
import { personName } from './people.ts';

export interface ScopeLine {
	/** "Region", "Owner"... */
	label: string;
	/** The value as people know it: a person's or group's name, a tier's name. */
	value: string;
}

export interface ScopeView {
	/** The portal's title (its name, else its id); undefined for a `--scope` build. */
	portal?: string;
	lines: ScopeLine[];
}

export function scopeView(scope: PortalScope, portfolio: Portfolio, ui: Ui): ScopeView {
	const lines = scope.conditions.map(({ field, value }): ScopeLine => {
		const label = ui.t(`scope.field.${field}` as MessageKey);
		switch (field) {
			case 'owner':
				return { label, value: personName(portfolio.people, value) };
			case 'tier':
				return { label, value: ui.t(`tier.${value}` as MessageKey) };
			case 'group':
				return { label, value: portfolio.bySlug.get(value)?.name ?? value };
			case 'region':
				return { label, value: resolveTerm(vocabularyOf(portfolio.policy, 'region'), value).name };
			default:
				return { label, value };
		}
	});
	return { ...(scope.portal ? { portal: scope.portal.name ?? scope.portal.id } : {}), lines };
}
