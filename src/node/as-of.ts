/**
 * The as-of date of a command or build from its environment: `KAM_AS_OF`
 * (checked) or today's calendar date in the machine's time zone (TZ). The one
 * place that reads the variable and the clock; the rule itself is pure
 * (src/lib/as-of.ts).
 */
import { localCalendarDate, resolveAsOf } from '../lib/as-of.ts';

export function asOfFromEnv(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
	return resolveAsOf(env.KAM_AS_OF, localCalendarDate(now));
}
