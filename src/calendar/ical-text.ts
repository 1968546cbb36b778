/**
 * Cleans people's text before it reaches ical-generator. ical-generator escapes `\ ; ,` and newlines in values,
 * but control characters pass through and parameter values (CN=…) cannot hold a DQUOTE (RFC 5545 §3.1), so we
 * normalise line breaks, drop other controls and keep values to a sane length.
 */
import { escape as escapeIcal } from "ical-generator";

const MAX_TEXT = 20_000;

/** Line breaks become "\n" (escaped later as `\n`); other C0/C1 controls and line/paragraph separators go. */
export function cleanText(text: string, max = MAX_TEXT): string {
  const normalised = text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2028\u2029]/g, "\n")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point of this sanitiser
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, "");
  return normalised.length > max ? `${normalised.slice(0, max - 1)}…` : normalised;
}

/** A single-line text for a parameter value such as CN: no quotes, no line breaks. */
export function cleanParam(text: string): string {
  return cleanText(text, 200).replace(/\n+/g, " ").replace(/"/g, "'");
}

/** Escapes a value written by hand (calendar names, which ical-generator writes unescaped). */
export function escapeValue(text: string): string {
  return escapeIcal(cleanText(text, 500).replace(/\n+/g, " "), false);
}
