/**
 * Validates an agreement file: YAML syntax, then the shape (zod), then references and values. Every issue names
 * the line, column and field, with a message in the person's language. Nothing is written.
 */
import { LineCounter, parseDocument, visit, type Document } from "yaml";
import { t, type MessageKey } from "../../i18n/catalog.js";
import type { Locale } from "../../i18n/locale.js";
import { agreementFileSchema, type AgreementFile } from "./file-schema.js";
import type { CheckResult, ImportCounts, ValidationIssue } from "./index.js";
import { referenceChecks } from "./reference-checks.js";
import { controlCharacterChecks } from "./text-checks.js";
import { statisticsChecks } from "./statistics-checks.js";
import { valueChecks } from "./value-checks.js";
import { fieldName, pathAtOffset, positionAt, type Path } from "./yaml-positions.js";
import { zodMessages, type LocatedMessage } from "./zod-issues.js";

export type Validated =
  | { ok: true; file: AgreementFile; counts: ImportCounts; locate: (path: Path, message: string) => ValidationIssue }
  | { ok: false; issues: ValidationIssue[] };

/** The YAML library's errors people make most, told in their language (others keep the library's English). */
const YAML_ERRORS: Partial<Record<string, MessageKey>> = {
  DUPLICATE_KEY: "agreement.yaml.duplicateKey",
  TAB_AS_INDENT: "agreement.yaml.tab",
  BAD_INDENT: "agreement.yaml.indent",
  MISSING_CHAR: "agreement.yaml.unclosed",
  BLOCK_AS_IMPLICIT_KEY: "agreement.yaml.colonInValue",
  UNEXPECTED_TOKEN: "agreement.yaml.unexpected",
  RESOURCE_EXHAUSTION: "agreement.yaml.tooDeep",
};

/** A real agreement file is tens of kilobytes; parsing 10 MB of YAML took about 530 MB of memory (issue 16 §7). */
export const MAX_AGREEMENT_BYTES = 2 * 1024 * 1024;
/** Alias uses allowed while building the data: a few anchors are handy, a billion laughs is refused with a line. */
export const MAX_ALIAS_COUNT = 100;

const megabytes = (bytes: number) => (Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toLocaleString("en");

/** The refusal of a file over MAX_AGREEMENT_BYTES (the CLI gives it before reading a huge file at all). */
export function tooLargeIssue(bytes: number, locale: Locale): ValidationIssue {
  const message = t(locale, "agreement.v.tooLarge", { size: megabytes(bytes), max: MAX_AGREEMENT_BYTES / (1024 * 1024) });
  return { line: 1, column: 1, field: "(root)", message };
}

/** Where the first alias is written, for the refusal of an alias bomb. */
function firstAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

const byPosition = (a: ValidationIssue, b: ValidationIssue) => a.line - b.line || a.column - b.column;

export function countsOf(file: AgreementFile): ImportCounts {
  return {
    parties: file.parties.length,
    people: file.people.length,
    goals: file.agreement.goals.length,
    forums: file.forums.length,
    meetings: file.meetings?.length ?? 0,
  };
}

/** Parses and validates; on success gives the typed file (defaults filled in). */
export function validateAgreement(yaml: string, locale: Locale): Validated {
  const bytes = Buffer.byteLength(yaml, "utf8");
  if (bytes > MAX_AGREEMENT_BYTES) return { ok: false, issues: [tooLargeIssue(bytes, locale)] };
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((error): ValidationIssue => {
      const { line, col } = counter.linePos(error.pos[0]);
      const known = YAML_ERRORS[error.code];
      const detail = known ? t(locale, known) : error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
      const field = fieldName(pathAtOffset(doc, error.pos[0])) || "(root)";
      return { line, column: col, field, message: t(locale, "agreement.v.yaml", { detail }) };
    });
    return { ok: false, issues: issues.sort(byPosition) };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The library refuses an alias bomb with an English ReferenceError and no position; say where, in the person's language.
    const offset = error instanceof ReferenceError ? firstAliasOffset(doc) : undefined;
    if (offset === undefined) throw error;
    const { line, col } = counter.linePos(offset);
    const detail = t(locale, "agreement.yaml.aliases", { max: MAX_ALIAS_COUNT });
    return {
      ok: false,
      issues: [{ line, column: col, field: fieldName(pathAtOffset(doc, offset)) || "(root)", message: t(locale, "agreement.v.yaml", { detail }) }],
    };
  }
  const locate = (m: LocatedMessage): ValidationIssue => ({
    ...positionAt(doc, counter, m.path, m.atKey),
    field: fieldName(m.path) || "(root)",
    message: m.message,
  });
  const controls = controlCharacterChecks(data, locale);
  if (controls.length > 0) return { ok: false, issues: controls.map(locate).sort(byPosition) };
  const parsed = agreementFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, issues: zodMessages(parsed.error.issues, data, locale).map(locate).sort(byPosition) };
  const file = parsed.data;
  const messages = [...referenceChecks(file, locale), ...valueChecks(file, locale), ...statisticsChecks(file, locale)];
  if (messages.length > 0) return { ok: false, issues: messages.map(locate).sort(byPosition) };
  return { ok: true, file, counts: countsOf(file), locate: (path, message) => locate({ path, message }) };
}

export function checkAgreement(yaml: string, locale: Locale): CheckResult {
  const result = validateAgreement(yaml, locale);
  return result.ok ? { ok: true, counts: result.counts } : result;
}
