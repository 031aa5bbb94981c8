/**
 * The UI language of the portal, from the policy's `locale` (the live preview
 * may switch it on a save of policy.yaml). Pages and components call `getUi()`.
 */
import { createUi } from '../i18n/index.ts';
import { derived } from './content-source.ts';
import { getPortfolio } from './portfolio.ts';

export const getUi = derived((snapshot) => createUi(getPortfolio.of(snapshot).policy.locale));
