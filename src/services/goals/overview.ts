/** A goal with everything the goal view and the yearly report show, statuses derived by progress.ts. */
import { eq } from "drizzle-orm";
import { DateTime } from "luxon";
import type { DbOrTx } from "../../../db/connection.js";
import { agreements } from "../../../db/schema/index.js";
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
import { listParties } from "../parties.js";
import { areaLines, regionValues, type AreaLine, type AreaValue } from "./area-values.js";
import { COUNTRY_AREA, observationsOf, REGION_AREA } from "./observations.js";
import { indicatorsOf, measuresOf, valuesOf, type GoalRow, type IndicatorRow, type MeasureWithParties } from "./queries.js";

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
  const today = DateTime.fromMillis(asOf, { zone }).toISODate()!;
  const regionId = db.select({ regionId: agreements.regionId }).from(agreements).where(eq(agreements.id, goal.agreementId)).get()?.regionId;
  const parties = regionId ? listParties(db, regionId) : [];
  const order = parties.map((p) => p.id);
  const county = parties.find((p) => p.kind === "wellbeing_county")?.id;
  const inRange = (year: number) => upToYear === undefined || year <= upToYear;
  const indicators = indicatorsOf(db, goal.id).map((indicator) => {
    const observations = observationsOf(db, indicator.id).filter((o) => inRange(o.year) && o.gender === indicator.sotkanetGender);
    const values: AreaValue[] = [
      ...valuesOf(db, indicator.id)
        .filter((v) => inRange(v.year))
        .map((v) => ({ area: v.partyId ?? REGION_AREA, year: v.year, value: v.value, source: "manual" as const })),
      ...observations.map((o) => ({ area: o.area, year: o.year, value: o.value, source: o.source })),
    ];
    const raw = regionValues(values, county);
    const facts = { baselineValue: indicator.baselineValue, targetValue: indicator.targetValue, direction: indicator.direction, values: raw };
    const lines = areaLines(values, facts, order);
    const fetched = observations.filter((o) => o.source === "sotkanet").map((o) => o.fetchedAt);
    return {
      indicator,
      series: seriesOf(raw),
      raw,
      status: indicatorStatus(facts),
      trend: trendOf(raw),
      areas: lines.filter((l) => l.area !== COUNTRY_AREA && l.area !== REGION_AREA),
      country: lines.find((l) => l.area === COUNTRY_AREA),
      fetchedAt: fetched.length > 0 ? Math.max(...fetched) : undefined,
    };
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
