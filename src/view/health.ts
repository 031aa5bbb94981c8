import type { Locale } from '../../schemas/enums.ts';
import type { Person } from '../../schemas/person.ts';
import type { Policy } from '../../schemas/policy.ts';
import type { Ui } from '../i18n/index.ts';
import type { HealthReason } from '../lib/engine/types.ts';
import { personName } from './people.ts';

/** What a health explanation names besides its own params: people and the policy's plan parts. */
export interface HealthContext {
	people: readonly Person[];
	policy: Pick<Policy, 'sections'>;
}

const HAN = /\p{Script=Han}/u;

/** A plan part's heading in the UI's language: for zh-CN its first Chinese title, else its first title. */
export function sectionTitle(section: Policy['sections'][number], locale: Locale): string {
	const chinese = locale === 'zh-CN' ? section.titles.find((title) => HAN.test(title)) : undefined;
	return chinese ?? section.titles[0]!;
}

/** Why a health item earned or lost its points, in the UI's language, from its reason and params. */
export function healthText(item: HealthReason, context: HealthContext, ui: Ui): string {
	const { t, fmt } = ui;
	switch (item.reason) {
		case 'owner-named':
			return t('healthReason.owner-named', { owner: personName(context.people, item.params.owner) });
		case 'sponsor-named':
			return t('healthReason.sponsor-named', { sponsor: personName(context.people, item.params.sponsor) });
		case 'parts-complete':
			return t('healthReason.parts-complete', { total: item.params.total });
		case 'parts-missing': {
			const titles = item.params.missing.map((id) => {
				const section = context.policy.sections.find((s) => s.id === id);
				return section ? sectionTitle(section, ui.locale) : id;
			});
			return t('healthReason.parts-missing', { found: item.params.found, total: item.params.total, missing: fmt.list(titles) });
		}
		case 'decider-missing':
			return t('healthReason.decider-missing', { contacts: item.params.contacts });
		case 'review-overdue':
			return t('healthReason.review-overdue', { date: fmt.date(item.params.due), overdue: ui.relativeDue(-item.params.daysOverdue) });
		case 'review-fresh':
			return t('healthReason.review-fresh', { last: fmt.date(item.params.last), due: fmt.date(item.params.due) });
		case 'actions-all-owned':
			return t('healthReason.actions-all-owned', { open: item.params.open });
		case 'actions-unowned':
			return t('healthReason.actions-unowned', { unowned: item.params.unowned, open: item.params.open });
		case 'forecast-given':
			return t('healthReason.forecast-given', { years: item.params.years });
		case 'objectives-missed':
			return t('healthReason.objectives-missed', { missed: item.params.missed, total: item.params.total });
		case 'objectives-set':
			return t('healthReason.objectives-set', { total: item.params.total });
		default:
			// The reasons without params.
			return t(`healthReason.${item.reason}`);
	}
}
