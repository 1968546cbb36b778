/**
 * Cadence periods: the calendar year, half-year, quarter or month, or the council term, a duty is counted in.
 * Pure, on local dates (yyyy-MM-dd).
 */
import { DateTime } from "luxon";
import { termsBetween, type CouncilTerm } from "./council-terms.js";

export type PeriodKind = "year" | "half_year" | "quarter" | "month" | "term";

export interface Period {
  kind: PeriodKind;
  /** Local dates, inclusive. */
  startsOn: string;
  endsOn: string;
}

/** The cadences of the agreement file mapped to the period they are counted in; as_needed has none. */
export const CADENCE_PERIOD: Record<string, PeriodKind | undefined> = {
  per_term: "term",
  yearly: "year",
  half_yearly: "half_year",
  quarterly: "quarter",
  monthly: "month",
  as_needed: undefined,
};

const MONTHS_OF: Record<Exclude<PeriodKind, "term">, number> = { year: 12, half_year: 6, quarter: 3, month: 1 };

/** Every period of a kind that touches from..to, in order. */
export function periodsBetween(kind: PeriodKind, from: string, to: string, terms: readonly CouncilTerm[]): Period[] {
  if (kind === "term") return termsBetween(from, to, terms).map((t) => ({ kind, ...t }));
  const months = MONTHS_OF[kind];
  const first = DateTime.fromISO(from, { zone: "UTC" });
  let start = first.set({ month: Math.floor((first.month - 1) / months) * months + 1, day: 1 });
  const periods: Period[] = [];
  while (start.toISODate()! <= to) {
    const next = start.plus({ months });
    periods.push({ kind, startsOn: start.toISODate()!, endsOn: next.minus({ days: 1 }).toISODate()! });
    start = next;
  }
  return periods;
}

/** The period of a kind a local date falls in. */
export function periodOf(kind: PeriodKind, date: string, terms: readonly CouncilTerm[]): Period | undefined {
  return periodsBetween(kind, date, date, terms)[0];
}
