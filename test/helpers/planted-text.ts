/**
 * One line of plan text holding every character the portal must show exactly as
 * the writer typed it: `<`, `>`, `&`, both quotes, backslashes, CJK punctuation
 * and emoji (one with a skin-tone modifier). It is valid MDX as it stands (a `<`
 * followed by a space is text), so it goes into a plan body unchanged, and every
 * place that shows an excerpt of the plan must show this very string.
 */
export const PLANTED_TEXT = `Zyxplant 总经理拍板（>500万） a < b && R&D "双引号" 'single' C:\\temp\\x 「引号」《书名》——…！😀👍🏽`;

/** A word of it that appears nowhere else, to search for. */
export const PLANTED_WORD = 'Zyxplant';
