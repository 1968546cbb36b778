/**
 * The agreement file's public API: validate (check), import (all-or-nothing, updates in place keeping ids,
 * meetings and history) and export (canonical YAML; export → import → export gives the same file).
 */
import type { Locale } from "../../i18n/locale.js";

export interface ValidationIssue {
  line: number;
  column: number;
  /** Dotted path as written in the file, e.g. "forums[2].cadence". */
  field: string;
  /** The message in the requested language (without the line prefix). */
  message: string;
}

export interface ImportCounts {
  parties: number;
  people: number;
  goals: number;
  forums: number;
  meetings: number;
}

export type CheckResult = { ok: true; counts: ImportCounts } | { ok: false; issues: ValidationIssue[] };

export interface ImportOptions {
  actor: string;
  now: number;
  locale: Locale;
}

/** Formats issues as lines for a person: "Line 12, column 5: `forums[2].cadence` — …". */
export { formatIssues } from "./format-issues.js";
export { checkAgreement } from "./check.js";
export { importAgreement } from "./import.js";
export { exportAgreement } from "./export.js";
