/**
 * Fetching the agreement's Sotkanet-tied indicators (issue 20 point 2): for every party with a statistics code and
 * for the whole country, the years from just before the baseline to now. Each indicator is stored in its own
 * transaction, all of its values or none, so a failure keeps the last good values; a failure of one indicator does
 * not stop the others. Used by `indicator fetch` and by the scheduled job.
 */
import { DateTime } from "luxon";
import type { Db } from "../../../db/connection.js";
import { change } from "../audit.js";
import { storeObservations, type StoreCounts } from "../goals/observations.js";
import { indicatorsOf, listGoals, measuresOf, type GoalRow, type IndicatorRow } from "../goals/queries.js";
import { listParties } from "../parties.js";
import { planAreas } from "./areas.js";
import { SotkanetError, type SotkanetClient, type SotkanetFailure } from "./client.js";

/** Years fetched before the baseline year, so the trend has a start. */
const YEARS_BEFORE_BASELINE = 2;

export type TiedIndicator = IndicatorRow & { goal: GoalRow; sotkanetId: number };

export type IndicatorFetch =
  | ({ code: string; sotkanetId: number; ok: true; years: number[] } & StoreCounts)
  | { code: string; sotkanetId: number; ok: false; failure: SotkanetFailure; detail: string };

export type FetchReport =
  | { ok: true; at: number; indicators: IndicatorFetch[]; unknownRegions: { partyId: string; code: string }[] }
  /** The region list itself could not be read: nothing was fetched. */
  | { ok: false; at: number; failure: SotkanetFailure; detail: string };

/** The region's indicators that name a Sotkanet id, optionally of one goal or one indicator only. */
export function tiedIndicators(db: Db, regionId: string, only?: { goalId?: number; indicatorId?: number }): TiedIndicator[] {
  return listGoals(db, regionId)
    .filter((g) => only?.goalId === undefined || g.id === only.goalId)
    .flatMap((goal) => indicatorsOf(db, goal.id).map((i) => ({ ...i, goal })))
    .filter((i): i is TiedIndicator => i.sotkanetId !== null && (only?.indicatorId === undefined || i.id === only.indicatorId));
}

/** Parties responsible for any measure of the indicator's goal: their people may fetch it. */
export function responsibleParties(db: Db, indicator: TiedIndicator): string[] {
  return [...new Set(measuresOf(db, indicator.goal.id).flatMap((m) => m.partyIds))];
}

export interface FetchOptions {
  db: Db;
  client: SotkanetClient;
  regionId: string;
  indicators: TiedIndicator[];
  /** Person id, or "system" for the scheduled job. */
  actor: string;
  now: number;
  zone: string;
}

export async function fetchFromSotkanet(options: FetchOptions): Promise<FetchReport> {
  const { db, client, now } = options;
  let regions: Awaited<ReturnType<SotkanetClient["regions"]>>;
  try {
    regions = await client.regions();
  } catch (error) {
    if (error instanceof SotkanetError) return { ok: false, at: now, failure: error.code, detail: error.message };
    throw error;
  }
  const plan = planAreas(listParties(db, options.regionId), regions);
  const bySotkanetId = new Map(plan.areas.map((a) => [a.sotkanetId, a]));
  const currentYear = DateTime.fromMillis(now, { zone: options.zone }).year;
  const results: IndicatorFetch[] = [];
  for (const indicator of options.indicators) {
    const base = { code: indicator.code, sotkanetId: indicator.sotkanetId };
    try {
      const meta = await client.indicator(indicator.sotkanetId);
      const first = Math.max(indicator.baselineYear - YEARS_BEFORE_BASELINE, meta.range?.start ?? 0);
      const last = Math.min(currentYear, meta.range?.end ?? currentYear);
      const years = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
      const rows = years.length === 0 ? [] : await client.data(indicator.sotkanetId, years, indicator.sotkanetGender);
      const wanted = rows.filter((r) => bySotkanetId.has(r.region) && r.gender === indicator.sotkanetGender && years.includes(r.year));
      const observations = wanted.map((r) => {
        const area = bySotkanetId.get(r.region)!;
        return { area: area.area, partyId: area.partyId, year: r.year, gender: r.gender, value: r.value };
      });
      const counts = change(db, options.actor, now, (tx, audit) => {
        const stored = storeObservations(tx, indicator.id, observations, "sotkanet", now, options.actor);
        audit({
          action: "indicator.fetch",
          entity: "indicator",
          entityId: indicator.code,
          before: stored.before.length > 0 ? stored.before : null,
          after: { source: "sotkanet", sotkanetId: indicator.sotkanetId, added: stored.added, changed: stored.changed, unchanged: stored.unchanged },
        });
        return stored;
      });
      results.push({
        ...base,
        ok: true,
        years: [...new Set(wanted.map((r) => r.year))].sort((a, b) => a - b),
        added: counts.added,
        changed: counts.changed,
        unchanged: counts.unchanged,
      });
    } catch (error) {
      if (!(error instanceof SotkanetError)) throw error;
      results.push({ ...base, ok: false, failure: error.code, detail: error.message });
    }
  }
  return { ok: true, at: now, indicators: results, unknownRegions: plan.unknown };
}
