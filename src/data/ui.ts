/**
 * The UI language of this build, from the policy's `locale`. Pages and
 * components call `getUi()`; it is created once per build.
 */
import { createUi, type Ui } from '../i18n/index.ts';
import { getPortfolio } from './portal.ts';

/** One Ui per language: the live preview may switch `locale` on a save of policy.yaml. */
const uis = new Map<string, Ui>();

export async function getUi(): Promise<Ui> {
	const { locale } = (await getPortfolio()).policy;
	let ui = uis.get(locale);
	if (!ui) uis.set(locale, (ui = createUi(locale)));
	return ui;
}
