/**
 * Our markdown subset (**bold**, _italic_, `code`, [label](url), line breaks) as Adaptive Card TextBlock markdown:
 * bold, italic and links pass through; code loses its backticks (TextBlocks have no code span); single line breaks
 * become paragraph breaks, which every Teams client renders.
 */
export function cardMarkdown(text: string): string {
  return text
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\r\n/g, "\n")
    .replace(/\n+/g, "\n\n");
}

/** All visible text without markup, for summaries and fallbacks. */
export function plainCardText(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, "$1 ($2)");
}
