/**
 * Council terms (valtuustokausi): municipal and regional councils share 1.6.2025–31.5.2029, then four-year terms
 * from 1 June; the first regional term was 1.3.2022–31.5.2025. A region's own list (agreement file
 * `region.council_terms`) wins; beyond its last term, terms continue every four years.
 */
import { DateTime } from "luxon";

export interface CouncilTerm {
  /** Local dates yyyy-MM-dd, inclusive. */
  startsOn: string;
  endsOn: string;
}

export const DEFAULT_COUNCIL_TERMS: CouncilTerm[] = [
  { startsOn: "2022-03-01", endsOn: "2025-05-31" },
  { startsOn: "2025-06-01", endsOn: "2029-05-31" },
  { startsOn: "2029-06-01", endsOn: "2033-05-31" },
];

const TERM_YEARS = 4;

/** The known terms sorted, extended by four-year terms until one ends on or after `until`. */
export function extendTerms(terms: readonly CouncilTerm[], until: string): CouncilTerm[] {
  const sorted = [...(terms.length > 0 ? terms : DEFAULT_COUNCIL_TERMS)].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  while (sorted.at(-1)!.endsOn < until) {
    const last = sorted.at(-1)!;
    const start = DateTime.fromISO(last.endsOn, { zone: "UTC" }).plus({ days: 1 });
    sorted.push({ startsOn: start.toISODate()!, endsOn: start.plus({ years: TERM_YEARS }).minus({ days: 1 }).toISODate()! });
  }
  return sorted;
}

/** The term a local date falls in, or undefined before the first known term. */
export function termOf(date: string, terms: readonly CouncilTerm[]): CouncilTerm | undefined {
  return extendTerms(terms, date).find((t) => t.startsOn <= date && date <= t.endsOn);
}

/** Terms that touch the local date range from..to (inclusive). */
export function termsBetween(from: string, to: string, terms: readonly CouncilTerm[]): CouncilTerm[] {
  return extendTerms(terms, to).filter((t) => t.startsOn <= to && t.endsOn >= from);
}

/** "2025–2029" */
export function termLabel(term: CouncilTerm): string {
  return `${term.startsOn.slice(0, 4)}–${term.endsOn.slice(0, 4)}`;
}
