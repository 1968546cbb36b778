/** Builders for the agreement's goals, indicators (with yearly values) and measures, for decisions/goals tests. */
import type { Db } from "../../db/connection.js";
import { agreements, goals, indicatorValues, indicators, measureParties, measures } from "../../db/schema/index.js";

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];

export function buildAgreement(db: Db, overrides: Partial<Insert<typeof agreements>> = {}) {
  return db
    .insert(agreements)
    .values({ regionId: "test", title: { fi: "Yhteistyösopimus", sv: "Samarbetsavtal" }, termStartsOn: "2025-06-01", status: "in_force", ...overrides })
    .returning()
    .get();
}

export function buildGoal(db: Db, agreementId: number, overrides: Partial<Insert<typeof goals>> & { code: string }) {
  return db
    .insert(goals)
    .values({ agreementId, area: "Hyvinvointi", title: { fi: `Tavoite ${overrides.code}`, sv: `Mål ${overrides.code}` }, ...overrides })
    .returning()
    .get();
}

export function buildIndicator(db: Db, goalId: number, overrides: Partial<Insert<typeof indicators>> & { code: string }) {
  return db
    .insert(indicators)
    .values({
      goalId,
      name: { fi: `Mittari ${overrides.code}`, sv: `Mätare ${overrides.code}` },
      unit: "%",
      baselineValue: 10,
      baselineYear: 2024,
      targetValue: 20,
      targetYear: 2028,
      direction: "higher",
      source: "Sotkanet",
      ...overrides,
    })
    .returning()
    .get();
}

export function buildIndicatorValue(db: Db, indicatorId: number, year: number, value: number, partyId: string | null = null) {
  return db.insert(indicatorValues).values({ indicatorId, year, value, partyId, recordedAt: 0 }).returning().get();
}

export function buildMeasure(db: Db, goalId: number, overrides: Partial<Insert<typeof measures>> & { code: string }, partyIds: string[] = []) {
  const row = db
    .insert(measures)
    .values({ goalId, title: { fi: `Toimenpide ${overrides.code}`, sv: `Åtgärd ${overrides.code}` }, ...overrides })
    .returning()
    .get();
  for (const partyId of partyIds) db.insert(measureParties).values({ measureId: row.id, partyId }).run();
  return row;
}

/** Two goals (T3 with indicator and two measures, T5 with one measure) for the buildWorld region. */
export function buildGoals(db: Db) {
  const agreement = buildAgreement(db);
  const t3 = buildGoal(db, agreement.id, { code: "T3", area: "Sivistys ja sote", position: 0 });
  const t5 = buildGoal(db, agreement.id, { code: "T5", area: "Työllisyys", position: 1 });
  const ind = buildIndicator(db, t3.id, { code: "T3-M1", name: { fi: "Koulukuraattorin tavoitettavuus", sv: "Skolkuratorns nåbarhet" } });
  const m1 = buildMeasure(db, t3.id, { code: "T3.1", dueOn: "2027-06-30" }, ["kaupunki"]);
  const m2 = buildMeasure(db, t3.id, { code: "T3.2", dueOn: "2028-12-31" }, ["hva"]);
  const m3 = buildMeasure(db, t5.id, { code: "T5.1", dueOn: "2026-12-31" }, ["kylä"]);
  return { agreement, t3, t5, ind, m1, m2, m3 };
}
