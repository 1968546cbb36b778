/** Read access to the agreement's goals, indicators (with values) and measures (with responsible parties). */
import { asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/connection.js";
import { prepared } from "../../../db/prepared.js";
import { agreements, goals, indicators, indicatorValues, measureParties, measures } from "../../../db/schema/index.js";
import { UserError } from "../../errors.js";

export type GoalRow = typeof goals.$inferSelect;
export type IndicatorRow = typeof indicators.$inferSelect;
export type IndicatorValueRow = typeof indicatorValues.$inferSelect;
export type MeasureRow = typeof measures.$inferSelect;
export type MeasureWithParties = MeasureRow & { partyIds: string[] };

export function listGoals(db: DbOrTx, regionId: string): GoalRow[] {
  return db
    .select({ goal: goals })
    .from(goals)
    .innerJoin(agreements, eq(agreements.id, goals.agreementId))
    .where(eq(agreements.regionId, regionId))
    .orderBy(asc(goals.position), asc(goals.id))
    .all()
    .map((r) => r.goal);
}

/** Accepts "T3", "t3" and "#T3". */
export function findGoal(db: DbOrTx, regionId: string, code: string): GoalRow | undefined {
  const wanted = code.replace(/^#/, "").toUpperCase();
  return listGoals(db, regionId).find((g) => g.code.toUpperCase() === wanted);
}

export function requireGoal(db: DbOrTx, regionId: string, code: string): GoalRow {
  const goal = findGoal(db, regionId, code);
  if (!goal) throw new UserError("goals.unknownGoal", { code });
  return goal;
}

export function indicatorsOf(db: DbOrTx, goalId: number): IndicatorRow[] {
  return db.select().from(indicators).where(eq(indicators.goalId, goalId)).orderBy(asc(indicators.position), asc(indicators.id)).all();
}

/** The indicators of several goals, each goal's in its order (position, then id). */
export function indicatorsOfGoals(db: DbOrTx, goalIds: number[]): IndicatorRow[] {
  if (goalIds.length === 0) return [];
  return db.select().from(indicators).where(inArray(indicators.goalId, goalIds)).orderBy(asc(indicators.position), asc(indicators.id)).all();
}

/** What a goal's overview reads of an indicator value. */
export type IndicatorValue = Pick<IndicatorValueRow, "indicatorId" | "year" | "partyId" | "value">;

/**
 * The values of several indicators, each indicator's by year (the region's own value first, then by party): only the
 * fields an overview reads, as arrays, since a goal list reads every year of every indicator (issue 18).
 */
export function valuesOfIndicators(db: DbOrTx, indicatorIds: number[]): IndicatorValue[] {
  if (indicatorIds.length === 0) return [];
  return db
    .values<[number, number, string | null, number]>(
      sql`select v.indicator_id, v.year, v.party_id, v.value from indicator_values v
          where v.indicator_id in (select j.value from json_each(${JSON.stringify(indicatorIds)}) j) order by v.indicator_id, v.year, v.party_id`,
    )
    .map(([indicatorId, year, partyId, value]) => ({ indicatorId, year, partyId, value }));
}

/**
 * The years an indicator's status and trend are judged on: the latest (its status) and the one before (its trend,
 * the last step of the series). See progress.ts.
 */
export const STATUS_YEARS = 2;

/** No year of the agreement's history is as early. */
const NO_YEAR = -1_000_000;

const latestValuesQuery = prepared((db: DbOrTx) => {
  const v = indicatorValues;
  const upTo = sql.placeholder("upTo");
  // Per indicator the earliest of its latest STATUS_YEARS years, then its values from that year on: two short reads
  // of the (indicator, year) index, whatever the number of years.
  const since = sql`coalesce((select distinct w.year from indicator_values w where w.indicator_id = j.value and w.year <= ${upTo}
    order by w.year desc limit 1 offset ${STATUS_YEARS - 1}), ${NO_YEAR})`;
  return db
    .select({ indicatorId: v.indicatorId, year: v.year, partyId: v.partyId, value: v.value })
    .from(sql`json_each(${sql.placeholder("ids")}) j`)
    .innerJoin(v, sql`${v.indicatorId} = j.value and ${v.year} <= ${upTo} and ${v.year} >= ${since}`)
    .orderBy(asc(v.indicatorId), asc(v.year), asc(v.partyId))
    .prepare();
});

/**
 * As `valuesOfIndicators`, but of each indicator only the values of its latest STATUS_YEARS years up to `upToYear`
 * (every party's value of those years): what its status and trend need, however many years it has (issue 18).
 */
export function latestValuesOfIndicators(db: DbOrTx, indicatorIds: number[], upToYear = -NO_YEAR): IndicatorValue[] {
  if (indicatorIds.length === 0) return [];
  return latestValuesQuery(db).all({ ids: JSON.stringify(indicatorIds), upTo: upToYear });
}

export function measuresOf(db: DbOrTx, goalId: number): MeasureWithParties[] {
  return measuresOfGoals(db, [goalId]);
}

/** The measures of several goals with their responsible parties, each goal's in its order (position, then id). */
export function measuresOfGoals(db: DbOrTx, goalIds: number[]): MeasureWithParties[] {
  if (goalIds.length === 0) return [];
  const rows = db.select().from(measures).where(inArray(measures.goalId, goalIds)).orderBy(asc(measures.position), asc(measures.id)).all();
  if (rows.length === 0) return [];
  const links = db
    .select()
    .from(measureParties)
    .where(
      inArray(
        measureParties.measureId,
        rows.map((m) => m.id),
      ),
    )
    .all();
  return rows.map((m) => ({ ...m, partyIds: links.filter((l) => l.measureId === m.id).map((l) => l.partyId) }));
}

/** A measure by its code ("T3.1"), searched across the region's goals. */
export function findMeasure(db: DbOrTx, regionId: string, code: string): (MeasureWithParties & { goal: GoalRow }) | undefined {
  const wanted = code.toUpperCase();
  for (const goal of listGoals(db, regionId)) {
    const found = measuresOf(db, goal.id).find((m) => m.code.toUpperCase() === wanted);
    if (found) return { ...found, goal };
  }
  return undefined;
}

/** An indicator by its code, searched across the region's goals. */
export function findIndicator(db: DbOrTx, regionId: string, code: string): (IndicatorRow & { goal: GoalRow }) | undefined {
  const wanted = code.toUpperCase();
  for (const goal of listGoals(db, regionId)) {
    const found = indicatorsOf(db, goal.id).find((i) => i.code.toUpperCase() === wanted);
    if (found) return { ...found, goal };
  }
  return undefined;
}
