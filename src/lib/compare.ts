/** Code-point order: the same in every locale and time zone, so builds are reproducible. */
export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
