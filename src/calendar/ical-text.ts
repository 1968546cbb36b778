/**
 * People's text made safe for iCalendar: line breaks normalised, other control characters dropped, values kept to
 * a sane length, TEXT escaped (RFC 5545 §3.3.11) and parameter values quoted (§3.2). A parameter value cannot hold
 * a DQUOTE at all, so names lose theirs.
 */
const MAX_TEXT = 20_000;

/** Line breaks become "\n" (escaped later as `\n`); other C0/C1 controls and line/paragraph separators go. */
export function cleanText(text: string, max = MAX_TEXT): string {
  const normalised = text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2028\u2029]/g, "\n")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, "");
  return normalised.length > max ? `${normalised.slice(0, max - 1)}…` : normalised;
}

/** A single-line text: line breaks become spaces. */
export function cleanLine(text: string, max = 500): string {
  return cleanText(text, max).replace(/\n+/g, " ");
}

/** A single-line text for a parameter value such as CN: no quotes, no line breaks. */
export function cleanParam(text: string): string {
  return cleanLine(text, 200).replace(/"/g, "'");
}

/** TEXT value escaping: backslash, semicolon, comma and newline. @example escapeText("a;b") // "a\\;b" */
export function escapeText(text: string): string {
  return cleanText(text)
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");
}

/** A parameter value, quoted when it holds `:`, `;` or `,` (RFC 5545 §3.2) or is a name (CN is always quoted). */
export function paramValue(text: string, quote = false): string {
  const value = cleanParam(text);
  return quote || /[:;,]/.test(value) ? `"${value}"` : value;
}

/** A cal-address (RFC 5545 §3.3.3) from an e-mail address. */
export function mailto(email: string): string {
  return `mailto:${cleanParam(email).replace(/\s+/g, "")}`;
}
