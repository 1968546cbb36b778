/**
 * Teams reads `<FORUM>` in a card's text as an HTML tag and drops it ("foorumi  — yksi foorumi"), also inside
 * code spans. Placeholders become `‹FORUM›` (single angle quotation marks), which every client shows; any other `<`
 * that could open a tag becomes `‹` too. Comparisons such as "a < b" stay.
 * @example teamsSafe("forum <CODE>") // "forum ‹CODE›"
 */
export function teamsSafe(text: string): string {
  if (!text.includes("<")) return text;
  return text.replace(/<([\p{L}/!?][^<>\n]*)>/gu, "‹$1›").replace(/<(?=[\p{L}/!?])/gu, "‹");
}

/**
 * Our markdown subset (**bold**, _italic_, `code`, [label](url), line breaks) as Adaptive Card TextBlock markdown:
 * bold, italic and links pass through; code loses its backticks (TextBlocks have no code span); single line breaks
 * become paragraph breaks, which every Teams client renders.
 */
export function cardMarkdown(text: string): string {
  // Most texts have no code span and no line break: nothing to rewrite (this runs for every text of every card).
  if (!text.includes("`") && !text.includes("\n")) return teamsSafe(text);
  return teamsSafe(text)
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\r\n/g, "\n")
    .replace(/\n+/g, "\n\n");
}

/** All visible text without markup, for summaries and fallbacks. */
export function plainCardText(text: string): string {
  return teamsSafe(text)
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, "$1 ($2)");
}
