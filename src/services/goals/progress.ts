/**
 * Goal progress, derived — never typed in — from the goal's indicators and measures. Pure.
 *
 * The rule (also the `help goal` text):
 * - An indicator's latest value is the region-wide value of its latest year; without one, the mean of the parties'
 *   values of that year. It has reached its target when the latest value is at or beyond the target in the
 *   indicator's direction ("higher" or "lower" is better); it is improving when it is better than the baseline,
 *   worsening when worse, unchanged when equal; no data when nothing has been recorded.
 * - A measure is done when marked done, overdue when its due date has passed (local date) and it is not done,
 *   otherwise in progress (progress noted) or not started.
 * - A goal is achieved when it has indicators or measures, every indicator has reached its target and every measure
 *   is done; behind when any measure is overdue or any indicator is worsening; on track when any indicator has
 *   improved or reached its target or any measure is in progress or done; otherwise not started.
 */
export type IndicatorStatus = "achieved" | "improving" | "flat" | "worsening" | "no_data";
export type MeasureStatus = "open" | "in_progress" | "done" | "overdue";
export type GoalStatus = "achieved" | "on_track" | "behind" | "not_started";
export type Trend = "up" | "down" | "flat" | "none";

export interface IndicatorFacts {
  baselineValue: number;
  targetValue: number;
  direction: "higher" | "lower";
  values: { year: number; value: number; partyId: string | null }[];
}

export interface YearValue {
  year: number;
  value: number;
}

/** Region-wide value per year; a year with only party values takes their mean. Sorted by year. */
export function seriesOf(values: IndicatorFacts["values"]): YearValue[] {
  // One pass by year (issue 18: a filter per year made ten years of values cost a hundred passes).
  const byYear = new Map<number, IndicatorFacts["values"]>();
  for (const v of values) {
    const ofYear = byYear.get(v.year);
    if (ofYear) ofYear.push(v);
    else byYear.set(v.year, [v]);
  }
  return [...byYear.keys()].sort((a, b) => a - b).map((year) => ({ year, value: valueOfYear(byYear.get(year)!) }));
}

/** A year's region-wide value: the one typed for the region, else the mean of the parties'. */
function valueOfYear(ofYear: IndicatorFacts["values"]): number {
  const region = ofYear.find((v) => v.partyId === null);
  return region ? region.value : ofYear.reduce((sum, v) => sum + v.value, 0) / ofYear.length;
}

/** The last of `seriesOf(values)`, without building the rest. */
function latestOf(values: IndicatorFacts["values"]): YearValue | undefined {
  if (values.length === 0) return undefined;
  let year = values[0]!.year;
  for (const v of values) if (v.year > year) year = v.year;
  return { year, value: valueOfYear(values.filter((v) => v.year === year)) };
}

function better(a: number, b: number, direction: "higher" | "lower"): boolean {
  return direction === "higher" ? a > b : a < b;
}

export function indicatorStatus(facts: IndicatorFacts): IndicatorStatus {
  return statusOfLatest(latestOf(facts.values), facts);
}

/** The status of an indicator whose latest region-wide value is `latest` (the last of `seriesOf`, when already built). */
export function statusOfLatest(latest: YearValue | undefined, goalposts: Omit<IndicatorFacts, "values">): IndicatorStatus {
  if (!latest) return "no_data";
  if (latest.value === goalposts.targetValue || better(latest.value, goalposts.targetValue, goalposts.direction)) return "achieved";
  if (better(latest.value, goalposts.baselineValue, goalposts.direction)) return "improving";
  if (better(goalposts.baselineValue, latest.value, goalposts.direction)) return "worsening";
  return "flat";
}

/** The direction of the last change between the two latest years. */
export function trendOf(values: IndicatorFacts["values"]): Trend {
  return trendOfSeries(seriesOf(values));
}

/** The trend of a series already built by `seriesOf`: its last step. */
export function trendOfSeries(series: YearValue[]): Trend {
  if (series.length < 2) return "none";
  const [a, b] = [series.at(-2)!.value, series.at(-1)!.value];
  return b > a ? "up" : b < a ? "down" : "flat";
}

export const TREND_ARROW: Record<Trend, string> = { up: "↑", down: "↓", flat: "→", none: "" };

export function measureStatus(m: { status: "open" | "in_progress" | "done"; dueOn: string | null }, today: string): MeasureStatus {
  if (m.status === "done") return "done";
  if (m.dueOn && m.dueOn < today) return "overdue";
  return m.status;
}

export function goalStatus(indicators: IndicatorStatus[], measures: MeasureStatus[]): GoalStatus {
  if (indicators.length + measures.length === 0) return "not_started";
  if (indicators.every((s) => s === "achieved") && measures.every((s) => s === "done")) return "achieved";
  if (measures.includes("overdue") || indicators.includes("worsening")) return "behind";
  if (indicators.some((s) => s === "improving" || s === "achieved") || measures.some((s) => s === "in_progress" || s === "done")) return "on_track";
  return "not_started";
}
