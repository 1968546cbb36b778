/**
 * Indicator values from outside — THL Sotkanet or an imported CSV file — kept apart from values typed by hand
 * (issue 20 point 2): a fetch never overwrites what a person typed; the goal view shows both and which counts.
 * Storing is idempotent: the same answer stored twice changes nothing but the time it was last confirmed.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../../db/connection.js";
import { indicatorObservations } from "../../../db/schema/index.js";

export type ObservationRow = typeof indicatorObservations.$inferSelect;
export type ObservationSource = ObservationRow["source"];

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

/** The observations of several indicators, each indicator's by year, then area. */
export function observationsOfIndicators(db: DbOrTx, indicatorIds: number[]): ObservationRow[] {
  if (indicatorIds.length === 0) return [];
  return db
    .select()
    .from(indicatorObservations)
    .where(inArray(indicatorObservations.indicatorId, indicatorIds))
    .orderBy(asc(indicatorObservations.year), asc(indicatorObservations.area))
    .all();
}
