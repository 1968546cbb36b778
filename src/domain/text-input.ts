/**
 * Rules for free text people type (issue 16 §5): how long each kind of field may be, and which characters are
 * never accepted because they act instead of showing — terminal escapes (ESC, BEL and the other C0/C1 controls),
 * and the bidirectional overrides that make text read differently from how it is stored ("Trojan Source",
 * CVE-2021-42574). Newlines and tabs are text. Pure rules; the command edge and the services apply them.
 */

/** Longest text of each kind of field, in characters (UTF-16 code units, what the platforms count). */
export const TEXT_LIMITS = {
  /** A whole command line or one form value; the longest field below fits with room for the command words. */
  input: 12_000,
  place: 300,
  onlineUrl: 2_000,
  reason: 500,
  decisionTitle: 300,
  decisionText: 10_000,
  proposal: 10_000,
  measure: 1_000,
  note: 2_000,
  name: 200,
  diaryNumber: 100,
} as const;

export type TextField = keyof typeof TEXT_LIMITS;

/** C0 controls but tab and newline, DEL, C1 controls, bidi embeddings/overrides (U+202A–E) and isolates (U+2066–9). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point of this rule
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** Names people recognise for the characters they most often paste by accident. */
const NAMES: Record<number, string> = { 7: "BEL", 8: "BS", 27: "ESC", 0: "NUL", 12: "FF", 8238: "RLO", 8237: "LRO", 8294: "LRI", 8295: "RLI" };

export interface ForbiddenCharacter {
  /** Index in the text (UTF-16). */
  index: number;
  /** "U+001B (ESC)" */
  label: string;
}

/**
 * The first character that may not be stored, if any.
 * @example findForbiddenCharacter("Sali\u001b[31m") // { index: 4, label: "U+001B (ESC)" }
 */
export function findForbiddenCharacter(text: string): ForbiddenCharacter | undefined {
  const match = FORBIDDEN.exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return { index: match.index, label: NAMES[code] ? `${hex} (${NAMES[code]})` : hex };
}

/** Windows and old Mac line ends as plain newlines, so a pasted CR is text, not a control character. */
export function normalizeLineBreaks(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** Whether `text` fits its field; `length` is what the refusal shows. */
export function fitsField(field: TextField, text: string | null | undefined): { ok: true } | { ok: false; length: number; max: number } {
  const length = text?.length ?? 0;
  const max = TEXT_LIMITS[field];
  return length <= max ? { ok: true } : { ok: false, length, max };
}
