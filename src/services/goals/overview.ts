/** A goal with everything the goal view and the yearly report show, statuses derived by progress.ts. */
import { DateTime } from "luxon";
import type { DbOrTx } from "../../../db/connection.js";
import {
  goalStatus,
  measureStatus,
  seriesOf,
  statusOfLatest,
  trendOfSeries,
  type GoalStatus,
  type IndicatorStatus,
  type MeasureStatus,
  type Trend,
  type YearValue,
} from "./progress.js";
import { listParties } from "../parties.js";
import { areaLines, regionValues, type AreaLine, type AreaValue } from "./area-values.js";
import { COUNTRY_AREA, latestObservationsOfIndicators, observationsOfIndicators, REGION_AREA } from "./observations.js";
import {
  indicatorsOfGoals,
  latestValuesOfIndicators,
  measuresOfGoals,
  regionOfAgreement,
  valuesOfIndicators,
  type GoalRow,
  type IndicatorRow,
  type MeasureWithParties,
} from "./queries.js";

export interface IndicatorOverview {
  indicator: IndicatorRow;
  series: YearValue[];
  /** Values as recorded, party values included. */
  raw: { year: number; value: number; partyId: string | null }[];
  status: IndicatorStatus;
  trend: Trend;
  /** Per party (in the agreement's order), each with its latest counting value, trend and status. */
  areas: AreaLine[];
  /** The whole country, a reference that never counts for the region (THL Sotkanet). */
  country: AreaLine | undefined;
  /** When THL Sotkanet values were last fetched for it (UTC ms); undefined when it has none. */
  fetchedAt: number | undefined;
}

export interface MeasureOverview {
  measure: MeasureWithParties;
  status: MeasureStatus;
}

export interface GoalOverview {
  goal: GoalRow;
  indicators: IndicatorOverview[];
  measures: MeasureOverview[];
  status: GoalStatus;
}

/** `asOf`: UTC ms; measures are overdue by the local date in `zone`. `upToYear` limits values (yearly report). */
export function overviewOf(db: DbOrTx, goal: GoalRow, asOf: number, zone: string, upToYear?: number): GoalOverview {
  return overviewsOf(db, [goal], asOf, zone, upToYear)[0]!;
}

/**
 * The overviews of several goals of one agreement, read together: a handful of queries whatever the number of goals
 * and indicators (issue 18: a query per indicator for its values and another for its observations made the goal list
 * the sum of many small reads, and ten years of values went through each).
 */
export function overviewsOf(
  db: DbOrTx,
  list: readonly GoalRow[],
  asOf: number,
  zone: string,
  upToYear?: number,
  options: OverviewOptions = {},
): GoalOverview[] {
  if (list.length === 0) return [];
  const today = DateTime.fromMillis(asOf, { zone }).toISODate()!;
  const regionId = regionOfAgreement(db, list[0]!.agreementId);
  const parties = regionId ? listParties(db, regionId) : [];
  const order = parties.map((p) => p.id);
  const county = parties.find((p) => p.kind === "wellbeing_county")?.id;
  const inRange = (year: number) => upToYear === undefined || year <= upToYear;
  const goalIds = list.map((g) => g.id);
  const allIndicators = indicatorsOfGoals(db, goalIds);
  const indicatorIds = allIndicators.map((i) => i.id);
  const statusOnly = options.statusOnly === true;
  const valuesBy = groupBy(statusOnly ? latestValuesOfIndicators(db, indicatorIds, upToYear) : valuesOfIndicators(db, indicatorIds), (v) => v.indicatorId);
  const observationsBy = groupBy(
    statusOnly ? latestObservationsOfIndicators(db, indicatorIds, upToYear) : observationsOfIndicators(db, indicatorIds),
    (o) => o.indicatorId,
  );
  const indicatorsBy = groupBy(allIndicators, (i) => i.goalId);
  const measuresBy = groupBy(measuresOfGoals(db, goalIds), (m) => m.goalId);
  return list.map((goal) => {
    const indicators = (indicatorsBy.get(goal.id) ?? []).map((indicator) => {
      const observations = (observationsBy.get(indicator.id) ?? []).filter((o) => inRange(o.year) && o.gender === indicator.sotkanetGender);
      const values: AreaValue[] = [
        ...(valuesBy.get(indicator.id) ?? [])
          .filter((v) => inRange(v.year))
          .map((v) => ({ area: v.partyId ?? REGION_AREA, year: v.year, value: v.value, source: "manual" as const })),
        ...observations.map((o) => ({ area: o.area, year: o.year, value: o.value, source: o.source })),
      ];
      const raw = regionValues(values, county);
      const facts = { baselineValue: indicator.baselineValue, targetValue: indicator.targetValue, direction: indicator.direction, values: raw };
      // Each area's line depends on its own values only; the region's line is not shown here (it is the series).
      const partyValues = statusOnly ? [] : values.filter((v) => v.area !== REGION_AREA);
      const lines = partyValues.length === 0 ? [] : areaLines(partyValues, facts, order);
      const fetched = statusOnly ? [] : observations.filter((o) => o.source === "sotkanet").map((o) => o.fetchedAt);
      const series = seriesOf(raw);
      return {
        indicator,
        series,
        raw,
        status: statusOfLatest(series.at(-1), facts),
        trend: trendOfSeries(series),
        areas: lines.filter((l) => l.area !== COUNTRY_AREA),
        country: lines.find((l) => l.area === COUNTRY_AREA),
        fetchedAt: fetched.length > 0 ? Math.max(...fetched) : undefined,
      };
    });
    const measures = (measuresBy.get(goal.id) ?? []).map((measure) => ({ measure, status: measureStatus(measure, today) }));
    return {
      goal,
      indicators,
      measures,
      status: goalStatus(
        indicators.map((i) => i.status),
        measures.map((m) => m.status),
      ),
    };
  });
}

export interface OverviewOptions {
  /**
   * Only what the statuses need (the goal list): no per-party lines, so `areas` is empty and `country` undefined, and
   * `fetchedAt` undefined. Of each indicator only its latest two years are read (issue 18: a goal list read every
   * year of every indicator), so `series` and `raw` hold those years only; its status and trend are as always.
   */
  statusOnly?: boolean;
}

/** Rows grouped by a key, each group in the rows' order. */
function groupBy<T, K>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = out.get(key);
    if (group) group.push(row);
    else out.set(key, [row]);
  }
  return out;
}
