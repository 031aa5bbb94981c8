/**
 * A small iCalendar (RFC 5545) writer: just what the review feed needs.
 *
 * Hand-written rather than the `ics` package because `ics` folds lines every 75
 * characters, not 75 octets, so a line of Chinese text (3 octets a character)
 * comes out up to three times too long; and it fills UID and DTSTAMP from a
 * random id and the clock unless every caller remembers to set both, which
 * would make two builds of the same content differ.
 */

/** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function escapeText(text: string): string {
	return text
		.replace(/[\\;,]/g, (ch) => `\\${ch}`)
		.replace(/\r\n|\r|\n/g, '\\n')
		.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** Octets of one code point in UTF-8. */
function utf8Length(codePoint: number): number {
	return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so no line exceeds 75 octets of UTF-8; continuation
 * lines start with a space. A character is never split across lines.
 */
export function foldLine(line: string): string {
	// Most lines are short: at most 3 octets per UTF-16 unit (a surrogate pair is 4 octets for 2 units).
	if (line.length * 3 <= 75) return line;
	const parts: string[] = [];
	let start = 0;
	let octets = 0;
	let limit = 75;
	for (let i = 0; i < line.length; ) {
		const codePoint = line.codePointAt(i)!;
		const units = codePoint > 0xffff ? 2 : 1;
		const size = utf8Length(codePoint);
		if (octets + size > limit) {
			parts.push(line.slice(start, i));
			start = i;
			octets = 0;
			limit = 74; // the leading space of a continuation line counts
		}
		octets += size;
		i += units;
	}
	parts.push(line.slice(start));
	return parts.join('\r\n ');
}

/** A property: name (with parameters, e.g. `DTSTART;VALUE=DATE`) and an already-formatted value. */
export type Property = readonly [name: string, value: string];

/** A component such as VEVENT: its properties in order. */
export interface Component {
	name: string;
	properties: readonly Property[];
}

/** A VCALENDAR with its own properties and components, CRLF line ends, folded lines. */
export function writeCalendar(properties: readonly Property[], components: readonly Component[]): string {
	const lines: string[] = ['BEGIN:VCALENDAR', ...properties.map(([name, value]) => `${name}:${value}`)];
	for (const component of components) {
		lines.push(`BEGIN:${component.name}`, ...component.properties.map(([name, value]) => `${name}:${value}`), `END:${component.name}`);
	}
	lines.push('END:VCALENDAR');
	return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
