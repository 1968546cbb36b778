/** A goal with everything the goal view and the yearly report show, statuses derived by progress.ts. */
import { DateTime } from "luxon";
import type { DbOrTx } from "../../../db/connection.js";
import {
  goalStatus,
  indicatorStatus,
  measureStatus,
  seriesOf,
  trendOf,
  type GoalStatus,
  type IndicatorStatus,
  type MeasureStatus,
  type Trend,
  type YearValue,
} from "./progress.js";
import { indicatorsOf, measuresOf, valuesOf, type GoalRow, type IndicatorRow, type MeasureWithParties } from "./queries.js";

export interface IndicatorOverview {
  indicator: IndicatorRow;
  series: YearValue[];
  /** Values as recorded, party values included. */
  raw: { year: number; value: number; partyId: string | null }[];
  status: IndicatorStatus;
  trend: Trend;
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
  const today = DateTime.fromMillis(asOf, { zone }).toISODate()!;
  const indicators = indicatorsOf(db, goal.id).map((indicator) => {
    const raw = valuesOf(db, indicator.id)
      .filter((v) => upToYear === undefined || v.year <= upToYear)
      .map((v) => ({ year: v.year, value: v.value, partyId: v.partyId }));
    const facts = { baselineValue: indicator.baselineValue, targetValue: indicator.targetValue, direction: indicator.direction, values: raw };
    return { indicator, series: seriesOf(raw), raw, status: indicatorStatus(facts), trend: trendOf(raw) };
  });
  const measures = measuresOf(db, goal.id).map((measure) => ({ measure, status: measureStatus(measure, today) }));
  return {
    goal,
    indicators,
    measures,
    status: goalStatus(
      indicators.map((i) => i.status),
      measures.map((m) => m.status),
    ),
  };
}
