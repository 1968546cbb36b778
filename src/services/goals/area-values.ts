/**
 * Which value counts, per area and year, when the same indicator has values typed by hand and values from outside
 * (issue 20 point 2). Pure. The rule (also shown in `help indicator`):
 * - a value typed by hand counts over an imported CSV value, which counts over a value fetched from THL Sotkanet;
 *   the goal view shows the value that did not count beside the one that did;
 * - the region-wide series takes the value typed for the whole region; without one, the wellbeing services
 *   county's value from outside (the county covers the cooperation area); without that, the mean of the parties;
 * - the whole country's values are a reference only and never count for the region.
 */
import { indicatorStatus, trendOfSeries, type IndicatorStatus, type Trend, type YearValue } from "./progress.js";

export type ValueSource = "manual" | "csv" | "sotkanet";

export interface AreaValue {
  /** A party id, "region" or "country". */
  area: string;
  year: number;
  value: number;
  source: ValueSource;
}

export interface AreaLine {
  /** A party id, "region" or "country". */
  area: string;
  latest: AreaValue;
  /** The value of the same area and year that did not count (a fetched value beside one typed by hand). */
  overridden: AreaValue | undefined;
  series: YearValue[];
  trend: Trend;
  status: IndicatorStatus;
}

const RANK: Record<ValueSource, number> = { manual: 0, csv: 1, sotkanet: 2 };

export interface Goalposts {
  baselineValue: number;
  targetValue: number;
  direction: "higher" | "lower";
}

/** The counting value of each area and year, best source first; with what it overrode. */
export function countingValues(values: AreaValue[]): { counts: AreaValue; overridden: AreaValue | undefined }[] {
  const groups = new Map<string, AreaValue[]>();
  for (const v of values) {
    const key = `${v.area}|${v.year}`;
    const group = groups.get(key);
    if (group) group.push(v);
    else groups.set(key, [v]);
  }
  return [...groups.values()].map((group) => {
    if (group.length === 1) return { counts: group[0]!, overridden: undefined };
    const sorted = [...group].sort((a, b) => RANK[a.source] - RANK[b.source]);
    const differing = sorted.slice(1).find((v) => v.value !== sorted[0]!.value);
    return { counts: sorted[0]!, overridden: differing };
  });
}

/** One line per area (parties in `order`, then the country), each with its own trend and status. */
export function areaLines(values: AreaValue[], goalposts: Goalposts, order: string[]): AreaLine[] {
  const byArea = new Map<string, ReturnType<typeof countingValues>>();
  for (const c of countingValues(values)) {
    const mine = byArea.get(c.counts.area);
    if (mine) mine.push(c);
    else byArea.set(c.counts.area, [c]);
  }
  const areas = [...byArea.keys()].sort((a, b) => rankArea(a, order) - rankArea(b, order));
  return areas.map((area) => {
    const mine = byArea.get(area)!.sort((a, b) => a.counts.year - b.counts.year);
    const series = mine.map((c) => ({ year: c.counts.year, value: c.counts.value }));
    const last = mine.at(-1)!;
    return {
      area,
      latest: last.counts,
      overridden: last.overridden,
      series,
      trend: trendOfSeries(series),
      status: indicatorStatus({ ...goalposts, values: series.map((s) => ({ ...s, partyId: area })) }),
    };
  });
}

function rankArea(area: string, order: string[]): number {
  if (area === "region") return -1;
  if (area === "country") return order.length + 1;
  const i = order.indexOf(area);
  return i === -1 ? order.length : i;
}

/**
 * The values the region's status is judged on (progress.ts `seriesOf` input): counting values of the region and
 * the parties, with the county's value standing for the region in a year nobody typed a region-wide value.
 */
export function regionValues(values: AreaValue[], countyId: string | undefined): { year: number; value: number; partyId: string | null }[] {
  const counting = countingValues(values.filter((v) => v.area !== "country")).map((c) => c.counts);
  const typedRegionYears = new Set(counting.filter((v) => v.area === "region").map((v) => v.year));
  const out = counting.map((v) => ({ year: v.year, value: v.value, partyId: v.area === "region" ? null : v.area }));
  if (countyId) {
    for (const v of counting) {
      if (v.area === countyId && v.source !== "manual" && !typedRegionYears.has(v.year)) out.push({ year: v.year, value: v.value, partyId: null });
    }
  }
  return out;
}
