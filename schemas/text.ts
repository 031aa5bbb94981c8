/**
 * Shortening a writer's text for an excerpt (an error message, the review pack)
 * without changing a character of what is kept: the cut falls between whole
 * characters as a reader sees them (grapheme clusters), so an emoji, a flag or
 * a letter with its accents is never split into pieces that show as `�`.
 */

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The text if it has at most `max` characters (as a reader counts them), else
 * its first `max` characters followed by `mark`. Reads no further than it cuts,
 * so a megabyte of text costs no more than a line.
 */
export function shortenText(text: string, max: number, mark = '…'): string {
	// Fewer UTF-16 units than `max` means fewer characters too.
	if (text.length <= max) return text;
	let kept = 0;
	for (const { index } of graphemes.segment(text)) {
		if (kept === max) return `${text.slice(0, index)}${mark}`;
		kept++;
	}
	return text;
}
