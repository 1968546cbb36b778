/**
 * The annual cycle of the cooperation (vuosikello, seed 003) as data: January–June evaluation of the strategic
 * goals and financial statements; June–December the HYTE negotiation, concrete steps of the strategies and
 * budgets; the yearly welfare report to each council; and, in the year a council term starts, the previous
 * strategy's evaluation, new strategies, the §14 negotiation and renewal of the agreement.
 */
import type { CouncilTerm } from "./council-terms.js";

export type CycleId = "evaluation" | "hyte_budgets" | "welfare_report" | "term_strategies" | "term_negotiation";

export interface CycleArc {
  id: CycleId;
  /** Months 1–12, inclusive. */
  fromMonth: number;
  toMonth: number;
}

const EVERY_YEAR: CycleArc[] = [
  { id: "evaluation", fromMonth: 1, toMonth: 6 },
  { id: "hyte_budgets", fromMonth: 6, toMonth: 12 },
  { id: "welfare_report", fromMonth: 3, toMonth: 5 },
];

/** The arcs of a year; the term-start arcs run from the term's first month to the year's end. */
export function cycleArcsOf(year: number, terms: readonly CouncilTerm[]): CycleArc[] {
  const arcs = [...EVERY_YEAR];
  for (const term of terms) {
    if (Number(term.startsOn.slice(0, 4)) !== year) continue;
    const month = Number(term.startsOn.slice(5, 7));
    arcs.push({ id: "term_strategies", fromMonth: month, toMonth: 12 }, { id: "term_negotiation", fromMonth: month, toMonth: 12 });
  }
  return arcs;
}

/** The arcs active in a month. */
export function arcsInMonth(arcs: readonly CycleArc[], month: number): CycleArc[] {
  return arcs.filter((a) => a.fromMonth <= month && month <= a.toMonth);
}
