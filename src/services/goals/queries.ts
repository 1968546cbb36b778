/** Read access to the agreement's goals, indicators (with values) and measures (with responsible parties). */
import { asc, eq, getTableColumns, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "../../../db/connection.js";
import { prepared } from "../../../db/prepared.js";
import { agreements, goals, indicators, indicatorValues, measureParties, measures } from "../../../db/schema/index.js";
import { UserError } from "../../errors.js";

export type GoalRow = typeof goals.$inferSelect;
export type IndicatorRow = typeof indicators.$inferSelect;
export type IndicatorValueRow = typeof indicatorValues.$inferSelect;
export type MeasureRow = typeof measures.$inferSelect;
export type MeasureWithParties = MeasureRow & { partyIds: string[] };

/**
 * The reads below run on every `goals`, `goal` and report as prepared statements (db/prepared.ts): drizzle otherwise
 * builds each query's SQL anew, which cost the goal list more than SQLite spent running them (issue 18). Lists of ids
 * go in as one JSON array placeholder.
 */
const inIds = (column: SQLiteColumn) => sql`${column} in (select value from json_each(${sql.placeholder("ids")}))`;

const goalsQuery = prepared((db: DbOrTx) =>
  db
    .select(getTableColumns(goals))
    .from(goals)
    .innerJoin(agreements, eq(agreements.id, goals.agreementId))
    .where(eq(agreements.regionId, sql.placeholder("regionId")))
    .orderBy(asc(goals.position), asc(goals.id))
    .prepare(),
);
export function listGoals(db: DbOrTx, regionId: string): GoalRow[] {
  return goalsQuery(db).all({ regionId });
}

const agreementRegionQuery = prepared((db: DbOrTx) =>
  db
    .select({ regionId: agreements.regionId })
    .from(agreements)
    .where(eq(agreements.id, sql.placeholder("id")))
    .prepare(),
);
/** The region whose agreement this is. */
export function regionOfAgreement(db: DbOrTx, agreementId: number): string | undefined {
  return agreementRegionQuery(db).get({ id: agreementId })?.regionId;
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
  return indicatorsOfGoals(db, [goalId]);
}

const indicatorsQuery = prepared((db: DbOrTx) =>
  db.select().from(indicators).where(inIds(indicators.goalId)).orderBy(asc(indicators.position), asc(indicators.id)).prepare(),
);
/** The indicators of several goals, each goal's in its order (position, then id). */
export function indicatorsOfGoals(db: DbOrTx, goalIds: number[]): IndicatorRow[] {
  if (goalIds.length === 0) return [];
  return indicatorsQuery(db).all({ ids: JSON.stringify(goalIds) });
}

/** What a goal's overview reads of an indicator value. */
export type IndicatorValue = Pick<IndicatorValueRow, "indicatorId" | "year" | "partyId" | "value">;

/**
 * The values of several indicators, each indicator's by year (the region's own value first, then by party): only the
 * fields an overview reads.
 */
const valuesQuery = prepared((db: DbOrTx) => {
  const v = indicatorValues;
  return db
    .select({ indicatorId: v.indicatorId, year: v.year, partyId: v.partyId, value: v.value })
    .from(v)
    .where(inIds(v.indicatorId))
    .orderBy(asc(v.indicatorId), asc(v.year), asc(v.partyId))
    .prepare();
});
export function valuesOfIndicators(db: DbOrTx, indicatorIds: number[]): IndicatorValue[] {
  if (indicatorIds.length === 0) return [];
  return valuesQuery(db).all({ ids: JSON.stringify(indicatorIds) });
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

const measuresQuery = prepared((db: DbOrTx) =>
  db.select().from(measures).where(inIds(measures.goalId)).orderBy(asc(measures.position), asc(measures.id)).prepare(),
);
const measurePartiesQuery = prepared((db: DbOrTx) =>
  db.select().from(measureParties).where(inIds(measureParties.measureId)).orderBy(asc(measureParties.measureId), asc(measureParties.partyId)).prepare(),
);
/** The measures of several goals with their responsible parties, each goal's in its order (position, then id). */
export function measuresOfGoals(db: DbOrTx, goalIds: number[]): MeasureWithParties[] {
  if (goalIds.length === 0) return [];
  const rows = measuresQuery(db).all({ ids: JSON.stringify(goalIds) });
  if (rows.length === 0) return [];
  const partyIds = new Map<number, string[]>(rows.map((m) => [m.id, []]));
  for (const link of measurePartiesQuery(db).all({ ids: JSON.stringify(rows.map((m) => m.id)) })) partyIds.get(link.measureId)!.push(link.partyId);
  return rows.map((m) => ({ ...m, partyIds: partyIds.get(m.id)! }));
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
