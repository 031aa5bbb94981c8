/**
 * The UI language of this build, from the policy's `locale`. Pages and
 * components call `getUi()`; it is created once per build.
 */
import { createUi, type Ui } from '../i18n/index.ts';
import type { Portfolio } from '../lib/engine/types.ts';
import { getPortfolio } from './portfolio.ts';

/** One Ui per language: the live preview may switch `locale` on a save of policy.yaml. */
const uis = new Map<string, Ui>();

function uiOf({ policy: { locale } }: Portfolio): Ui {
	let ui = uis.get(locale);
	if (!ui) uis.set(locale, (ui = createUi(locale)));
	return ui;
}

/** The Ui of the latest portfolio's promise: in a build, one promise for every call. */
let latest: { portfolio: Promise<Portfolio>; ui: Promise<Ui> } | undefined;

export function getUi(): Promise<Ui> {
	const portfolio = getPortfolio();
	if (latest?.portfolio !== portfolio) latest = { portfolio, ui: portfolio.then(uiOf) };
	return latest.ui;
}
