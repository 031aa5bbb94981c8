import { isCalendarDate } from './engine/dates.ts';

/** The calendar date of an instant in the machine's local time zone, YYYY-MM-DD. */
export function localCalendarDate(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `KAM_AS_OF` when set (must be a real YYYY-MM-DD date), else today. */
export function resolveAsOf(fromEnv: string | undefined, today: string): string {
	if (fromEnv === undefined || fromEnv === '') return today;
	if (!isCalendarDate(fromEnv)) {
		throw new Error(`KAM_AS_OF must be a real date written YYYY-MM-DD, found \`${fromEnv}\``);
	}
	return fromEnv;
}
