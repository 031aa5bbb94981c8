/**
 * The UI language of this build, from the policy's `locale`. Pages and
 * components call `getUi()`; it is created once per build.
 */
import { createUi, type Ui } from '../i18n/index.ts';
import { getPortfolio } from './portal.ts';

let ui: Promise<Ui> | undefined;

export function getUi(): Promise<Ui> {
	ui ??= getPortfolio().then((portfolio) => createUi(portfolio.policy.locale));
	return ui;
}
