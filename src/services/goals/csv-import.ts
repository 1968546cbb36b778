/**
 * Indicator values from a CSV file (issue 20 point 3): columns indicator code, year, party, value; a header line is
 * optional; an empty party means the whole region. Every line is checked first — each error names its line and
 * column in the reader's language — and only a file without errors is stored, all of it in one transaction. The
 * values are kept as source "csv": a value typed by hand still counts over them.
 */
import { DateTime } from "luxon";
import type { Db } from "../../../db/connection.js";
import { isPercentUnit } from "../../domain/indicator-checks.js";
import { readCsvRows, type CsvCell } from "../../domain/csv-rows.js";
import { t, type MessageKey, type Params } from "../../i18n/catalog.js";
import { localized, type Locale } from "../../i18n/locale.js";
import { change } from "../audit.js";
import { nameList, partyNames } from "../names.js";
import { listParties, type PartyRow } from "../parties.js";
import type { PersonRow } from "../people.js";
import { actorOf, type UseCase } from "../use-case.js";
import { formatValue, parseValue } from "./format-value.js";
import { REGION_AREA, storeObservations, type NewObservation } from "./observations.js";
import { findIndicator, measuresOf } from "./queries.js";

export interface CsvIssue {
  line: number;
  column: number;
  field: string;
  message: string;
}

export type CsvImportResult =
  | { ok: true; rows: number; indicators: { code: string; added: number; changed: number; unchanged: number }[] }
  | { ok: false; issues: CsvIssue[] };

export interface CsvImportOptions {
  regionId: string;
  /** Person id, or "cli" for the command line. */
  actor: string;
  /** A person importing in chat: without admin rights, only their goals and their own party (or region-wide). */
  person?: PersonRow;
  isAdmin: boolean;
  now: number;
  zone: string;
  locale: Locale;
}

const FIELDS = ["indicator", "year", "party", "value"] as const;
const HEADER_YEAR = new Set(["year", "vuosi", "år", "ar"]);

function findPartyByText(parties: PartyRow[], text: string): PartyRow | undefined {
  const wanted = text.trim().toLowerCase();
  return parties.find(
    (p) => p.id.toLowerCase() === wanted || p.shortName?.toLowerCase() === wanted || Object.values(p.names).some((n) => n?.toLowerCase() === wanted),
  );
}

/**
 * The `indicator import` use case in chat: the lines checked against what the person may record (admins any; others
 * their goals' indicators, region-wide or for their own party), stored only when every line passes.
 */
export function importIndicatorCsvAs(uc: UseCase, regionId: string, text: string): CsvImportResult {
  return importIndicatorCsv(uc.db, text, {
    regionId,
    actor: actorOf(uc),
    ...(uc.person ? { person: uc.person } : {}),
    isAdmin: uc.isAdmin,
    now: uc.now,
    zone: uc.zone,
    locale: uc.locale,
  });
}

export function importIndicatorCsv(db: Db, text: string, options: CsvImportOptions): CsvImportResult {
  const { locale } = options;
  const issues: CsvIssue[] = [];
  const issue = (line: number, cell: CsvCell | undefined, field: (typeof FIELDS)[number], key: MessageKey, params: Params = {}) =>
    issues.push({ line, column: cell?.column ?? 1, field: t(locale, `csv.field.${field}`), message: t(locale, key, params) });
  const rows = readCsvRows(text);
  if (rows[0] && HEADER_YEAR.has(rows[0].cells[1]?.text.toLowerCase() ?? "")) rows.shift();
  const parties = listParties(db, options.regionId);
  const currentYear = DateTime.fromMillis(options.now, { zone: options.zone }).year;
  const byIndicator = new Map<number, { code: string; rows: NewObservation[] }>();
  const seen = new Map<string, number>();
  for (const row of rows) {
    const [code, year, party, value] = row.cells;
    if (row.cells.length !== 4) {
      issue(row.line, row.cells[4] ?? row.cells.at(-1), "indicator", "csv.v.columns", { count: row.cells.length });
      continue;
    }
    const indicator = findIndicator(db, options.regionId, code!.text);
    if (!indicator) issue(row.line, code, "indicator", "csv.v.unknownIndicator", { value: code!.text });
    const yearNumber = /^(19|20)\d{2}$/.test(year!.text) ? Number(year!.text) : undefined;
    if (yearNumber === undefined) issue(row.line, year, "year", "csv.v.year", { value: year!.text });
    else if (yearNumber > currentYear) issue(row.line, year, "year", "record.indicator.futureYear", { year: yearNumber, current: currentYear });
    const partyRow = party!.text === "" ? undefined : findPartyByText(parties, party!.text);
    if (party!.text !== "" && !partyRow) issue(row.line, party, "party", "csv.v.unknownParty", { value: party!.text });
    const number = parseValue(value!.text);
    if (number === undefined) issue(row.line, value, "value", "csv.v.value", { value: value!.text });
    else if (indicator && isPercentUnit(indicator.unit) && (number < 0 || number > 100))
      issue(row.line, value, "value", "record.indicator.percentRange", { value: formatValue(number, locale) });
    if (indicator && !options.isAdmin) {
      const responsible = [...new Set(measuresOf(db, indicator.goalId).flatMap((m) => m.partyIds))];
      const own = options.person?.partyId ?? "";
      if (!responsible.includes(own)) {
        issue(row.line, code, "indicator", "goals.notResponsible", {
          parties: nameList(partyNames(db, locale), responsible, t(locale, "goals.noParties"), locale),
        });
      } else if (partyRow && partyRow.id !== own) issue(row.line, party, "party", "goals.notResponsible", { parties: localized(partyRow.names, locale) });
    }
    if (!indicator || yearNumber === undefined || number === undefined || (party!.text !== "" && !partyRow)) continue;
    const area = partyRow?.id ?? REGION_AREA;
    const key = `${indicator.id}|${yearNumber}|${area}`;
    const other = seen.get(key);
    if (other !== undefined) issue(row.line, code, "indicator", "csv.v.duplicate", { other });
    seen.set(key, row.line);
    const entry = byIndicator.get(indicator.id) ?? { code: indicator.code, rows: [] };
    entry.rows.push({ area, partyId: partyRow?.id ?? null, year: yearNumber, gender: indicator.sotkanetGender, value: number });
    byIndicator.set(indicator.id, entry);
  }
  if (rows.length === 0) issues.push({ line: 1, column: 1, field: t(locale, "csv.field.value"), message: t(locale, "csv.v.empty") });
  if (issues.length > 0) return { ok: false, issues: issues.sort((a, b) => a.line - b.line || a.column - b.column) };
  const stored = change(db, options.actor, options.now, (tx, audit) =>
    [...byIndicator.entries()].map(([indicatorId, entry]) => {
      const counts = storeObservations(tx, indicatorId, entry.rows, "csv", options.now, options.actor);
      audit({
        action: "indicator.import",
        entity: "indicator",
        entityId: entry.code,
        before: counts.before.length > 0 ? counts.before : null,
        after: { source: "csv", added: counts.added, changed: counts.changed, unchanged: counts.unchanged },
      });
      return { code: entry.code, added: counts.added, changed: counts.changed, unchanged: counts.unchanged };
    }),
  );
  return { ok: true, rows: rows.length, indicators: stored };
}

/** Issues as lines people read: "Rivi 3, sarake 9 (vuosi): `20x5` ei ole vuosi", then "nothing was imported". */
export function formatCsvIssues(issues: CsvIssue[], locale: Locale): string {
  return [...issues.map((i) => t(locale, "csv.issue", { ...i })), t(locale, "csv.errors", { count: issues.length })].join("\n");
}

export function csvImportedText(result: Extract<CsvImportResult, { ok: true }>, locale: Locale): string {
  const sum = (k: "added" | "changed") => result.indicators.reduce((n, i) => n + i[k], 0);
  return t(locale, "csv.imported", {
    rows: result.rows,
    indicators: result.indicators.map((i) => i.code).join(", "),
    added: sum("added"),
    changed: sum("changed"),
  });
}
