/**
 * Pagefind's excerpts are page text with `<` and `>` escaped as entities and
 * the matching words wrapped in `<mark>`. They are never given to innerHTML:
 * the only markup we recognise is the literal `<mark>`/`</mark>` Pagefind adds
 * (content `<` always arrives as `&lt;`; see `excerptSegments` for a literal
 * `&lt;`), everything else becomes text nodes,
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

/** Pagefind's escaping of a page's text, with where each `&lt;`/`&gt;` it wrote stands for a `<`/`>`. */
function escapeAsPagefind(text: string): { escaped: string; brackets: Set<number> } {
	let escaped = '';
	const brackets = new Set<number>();
	for (const ch of text) {
		if (ch === '<' || ch === '>') {
			brackets.add(escaped.length);
			escaped += ch === '<' ? '&lt;' : '&gt;';
		} else escaped += ch;
	}
	return { escaped, brackets };
}

/**
 * Where, in the escaped excerpt text `plain`, an entity stands for a bracket of
 * the page's text. Undefined when every entity does (the page's text holds no
 * literal `&lt;` or `&gt;`, as nearly every page), or when the excerpt cannot be
 * found in the text.
 */
function bracketsOf(plain: string, content: string | undefined): Set<number> | undefined {
	if (content === undefined || !/&[lg]t;/.test(content)) return undefined;
	// Pagefind builds excerpts from the page's words, joined by nothing (Chinese,
	// whose words it splits at zero-width spaces) or by one space.
	for (const text of [content, content.split(/[^\S\uFEFF]+/).join(' ')]) {
		const { escaped, brackets } = escapeAsPagefind(text);
		const at = escaped.indexOf(plain);
		if (at === -1) continue;
		return new Set([...brackets].filter((index) => index >= at && index < at + plain.length).map((index) => index - at));
	}
	return undefined;
}

/** Decodes `part`, which starts at `offset` of the excerpt's text, where `brackets` says the entities are brackets. */
function decodePart(part: string, offset: number, brackets: Set<number> | undefined): string {
	if (!brackets) return decodeEntities(part);
	return part.replace(/&lt;|&gt;/g, (entity, index: number) => (brackets.has(offset + index) ? (entity === '&lt;' ? '<' : '>') : entity));
}

/**
 * The excerpt as plain-text segments, each marked (a match) or not. With the
 * page's text (`content` of Pagefind's result), an `&lt;` the writer typed as
 * such (in a code span about HTML, say) stays `&lt;`: Pagefind escapes `<` and
 * `>` but not `&`, so the excerpt alone cannot tell the two apart.
 */
export function excerptSegments(excerpt: string, content?: string): ExcerptSegment[] {
	const segments: ExcerptSegment[] = [];
	const parts = excerpt.split(/(<mark>|<\/mark>)/);
	const plain = parts.filter((part) => part !== '<mark>' && part !== '</mark>').join('');
	const brackets = bracketsOf(plain, content);
	let marked = false;
	let offset = 0;
	for (const part of parts) {
		if (part === '<mark>') marked = true;
		else if (part === '</mark>') marked = false;
		else if (part !== '') {
			segments.push({ text: decodePart(part, offset, brackets), marked });
			offset += part.length;
		}
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
export function excerptNodes(excerpt: string, content?: string): Node[] {
	return excerptSegments(excerpt, content).map(({ text, marked }) => {
		if (!marked) return document.createTextNode(text);
		const mark = document.createElement('mark');
		mark.textContent = text;
		return mark;
	});
}
