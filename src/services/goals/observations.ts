/**
 * Indicator values from outside — THL Sotkanet or an imported CSV file — kept apart from values typed by hand
 * (issue 20 point 2): a fetch never overwrites what a person typed; the goal view shows both and which counts.
 * Storing is idempotent: the same answer stored twice changes nothing but the time it was last confirmed.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../../db/connection.js";
import { prepared } from "../../../db/prepared.js";
import { indicatorObservations, indicators } from "../../../db/schema/index.js";
import { STATUS_YEARS } from "./queries.js";

export type ObservationRow = typeof indicatorObservations.$inferSelect;
export type ObservationSource = ObservationRow["source"];

/** What an indicator's overview reads of an observation. */
export type CountableObservation = Pick<ObservationRow, "indicatorId" | "area" | "year" | "gender" | "value" | "source" | "fetchedAt">;

/** The whole region (no party) and the whole country (the reference) as observation areas. */
export const REGION_AREA = "region";
export const COUNTRY_AREA = "country";

export interface NewObservation {
  /** A party id, REGION_AREA or COUNTRY_AREA. */
  area: string;
  partyId: string | null;
  year: number;
  gender: string;
  value: number;
}

export interface StoreCounts {
  added: number;
  changed: number;
  unchanged: number;
}

/** Upserts one indicator's observations of one source; returns what changed (inside the caller's transaction). */
export function storeObservations(
  tx: Tx,
  indicatorId: number,
  rows: NewObservation[],
  source: ObservationSource,
  at: number,
  by: string,
): StoreCounts & { before: { area: string; year: number; value: number }[] } {
  const existing = tx
    .select()
    .from(indicatorObservations)
    .where(and(eq(indicatorObservations.indicatorId, indicatorId), eq(indicatorObservations.source, source)))
    .all();
  const keyOf = (r: { area: string; year: number; gender: string }) => `${r.area}|${r.year}|${r.gender}`;
  const byKey = new Map(existing.map((r) => [keyOf(r), r]));
  const counts: StoreCounts = { added: 0, changed: 0, unchanged: 0 };
  const before: { area: string; year: number; value: number }[] = [];
  for (const row of rows) {
    const current = byKey.get(keyOf(row));
    if (!current) {
      tx.insert(indicatorObservations)
        .values({ indicatorId, ...row, source, fetchedAt: at, fetchedBy: by })
        .run();
      counts.added++;
    } else if (current.value !== row.value) {
      before.push({ area: current.area, year: current.year, value: current.value });
      tx.update(indicatorObservations).set({ value: row.value, fetchedAt: at, fetchedBy: by }).where(eq(indicatorObservations.id, current.id)).run();
      counts.changed++;
    } else {
      tx.update(indicatorObservations).set({ fetchedAt: at, fetchedBy: by }).where(eq(indicatorObservations.id, current.id)).run();
      counts.unchanged++;
    }
  }
  return { ...counts, before };
}

const observationsQuery = prepared((db: DbOrTx) => {
  const o = indicatorObservations;
  return db
    .select({ indicatorId: o.indicatorId, area: o.area, year: o.year, gender: o.gender, value: o.value, source: o.source, fetchedAt: o.fetchedAt })
    .from(sql`json_each(${sql.placeholder("ids")}) j`)
    .innerJoin(indicators, sql`${indicators.id} = j.value`)
    .innerJoin(o, sql`${o.indicatorId} = ${indicators.id} and ${o.gender} = ${indicators.sotkanetGender}`)
    .orderBy(asc(o.year), asc(o.area))
    .prepare();
});
/**
 * The observations of several indicators, each indicator's by year, then area: of its gender only (the one its
 * Sotkanet values are fetched for), the only ones an overview shows.
 */
export function observationsOfIndicators(db: DbOrTx, indicatorIds: number[]): CountableObservation[] {
  if (indicatorIds.length === 0) return [];
  return observationsQuery(db).all({ ids: JSON.stringify(indicatorIds) });
}

/** No year of the agreement's history is as early. */
const NO_YEAR = -1_000_000;

const latestObservationsQuery = prepared((db: DbOrTx) => {
  const o = indicatorObservations;
  const upTo = sql.placeholder("upTo");
  // Per indicator the earliest of its latest STATUS_YEARS years with a value the region's status can count (any area
  // but the country, the indicator's gender), then its observations from that year on: both walk the (indicator,
  // gender, year) index, so they read those years only. DISTINCT keeps SQLite from flattening `cut` into the join,
  // where the year would be searched again for every observation (https://sqlite.org/optoverview.html#flattening, 4).
  const cut = sql`(select distinct i.id, i.sotkanet_gender as gender, coalesce(
      (select distinct p.year from indicator_observations p where p.indicator_id = i.id and p.area <> ${COUNTRY_AREA} and p.gender = i.sotkanet_gender
       and p.year <= ${upTo} order by p.year desc limit 1 offset ${STATUS_YEARS - 1}), ${NO_YEAR}) as since
    from json_each(${sql.placeholder("ids")}) j join indicators i on i.id = j.value) cut`;
  return db
    .select({ indicatorId: o.indicatorId, area: o.area, year: o.year, gender: o.gender, value: o.value, source: o.source, fetchedAt: o.fetchedAt })
    .from(cut)
    .innerJoin(
      o,
      sql`${o.indicatorId} = cut.id and ${o.area} <> ${COUNTRY_AREA} and ${o.gender} = cut.gender and ${o.year} <= ${upTo} and ${o.year} >= cut.since`,
    )
    .orderBy(asc(o.year), asc(o.area))
    .prepare();
});

/**
 * As `observationsOfIndicators`, but only what an indicator's status and trend can count (issue 18): no country
 * values, only the indicator's gender, and only its latest STATUS_YEARS years of those up to `upToYear`.
 */
export function latestObservationsOfIndicators(db: DbOrTx, indicatorIds: number[], upToYear = -NO_YEAR): CountableObservation[] {
  if (indicatorIds.length === 0) return [];
  return latestObservationsQuery(db).all({ ids: JSON.stringify(indicatorIds), upTo: upToYear });
}
