/**
 * Pagefind's excerpts are page text with `<` and `>` escaped as entities and
 * the matching words wrapped in `<mark>`. They are never given to innerHTML:
 * the only markup we recognise is the literal `<mark>`/`</mark>` Pagefind adds
 * (content `<` always arrives as `&lt;`), everything else becomes text nodes,
 * so a planted `</script><script>…` in a plan is shown as text and never runs.
 */

export interface ExcerptSegment {
	text: string;
	marked: boolean;
}

/**
 * Undoes Pagefind's escaping, which turns exactly `<` and `>` into `&lt;` and
 * `&gt;` (an `&` in the text stays as it is, so nothing else is decoded).
 */
export function decodeEntities(text: string): string {
	return text.replace(/&lt;|&gt;/g, (entity) => (entity === '&lt;' ? '<' : '>'));
}

/** The excerpt as plain-text segments, each marked (a match) or not. */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
	const segments: ExcerptSegment[] = [];
	let marked = false;
	for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
		if (part === '<mark>') marked = true;
		else if (part === '</mark>') marked = false;
		else if (part !== '') segments.push({ text: decodeEntities(part), marked });
	}
	// Pagefind joins block elements with ". ", so an excerpt may start with a stray one.
	const first = segments[0];
	if (first && !first.marked) {
		first.text = first.text.replace(/^[.\s]+/, '');
		if (first.text === '') segments.shift();
	}
	return segments;
}

/** The excerpt as DOM nodes: text nodes and `<mark>` elements holding text nodes. */
export function excerptNodes(excerpt: string): Node[] {
	return excerptSegments(excerpt).map(({ text, marked }) => {
		if (!marked) return document.createTextNode(text);
		const mark = document.createElement('mark');
		mark.textContent = text;
		return mark;
	});
}
