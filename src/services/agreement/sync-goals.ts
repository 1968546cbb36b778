/**
 * Import, part 2: the agreement, its goals, indicators and measures. Goals are matched by code, indicators and
 * measures by their code anywhere in the agreement, so ids and everything hanging off them (indicator values,
 * decisions linked to goals) survive a re-import, even when an indicator moves to another goal.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../../db/connection.js";
import { agreements, goals, indicatorObservations, indicators, measureParties, measures } from "../../../db/schema/index.js";
import type { Audit } from "../audit.js";
import type { AgreementFile } from "./file-schema.js";
import { auditSync } from "./sync-audit.js";

type GoalFile = AgreementFile["agreement"]["goals"][number];

function syncIndicators(tx: Tx, goalId: number, goal: GoalFile, existing: Map<string, typeof indicators.$inferSelect>, audit: Audit): void {
  goal.indicators.forEach((x, position) => {
    const current = existing.get(x.code);
    const values = {
      goalId,
      name: x.name,
      unit: x.unit,
      baselineValue: x.baseline.value,
      baselineYear: x.baseline.year,
      targetValue: x.target.value,
      targetYear: x.target.year,
      direction: x.direction,
      source: x.source,
      sotkanetId: x.sotkanet ?? null,
      sotkanetGender: x.gender ?? "total",
      position,
    };
    if (current) tx.update(indicators).set(values).where(eq(indicators.id, current.id)).run();
    else
      tx.insert(indicators)
        .values({ code: x.code, ...values })
        .run();
    // Values fetched from another Sotkanet series are not this indicator's any more (issue 20).
    if (current && (current.sotkanetId !== values.sotkanetId || current.sotkanetGender !== values.sotkanetGender))
      tx.delete(indicatorObservations)
        .where(and(eq(indicatorObservations.indicatorId, current.id), eq(indicatorObservations.source, "sotkanet")))
        .run();
    auditSync(audit, { entity: "indicator", entityId: x.code }, current, values);
  });
}

function syncMeasures(tx: Tx, goalId: number, goal: GoalFile, existing: Map<string, typeof measures.$inferSelect>, audit: Audit): void {
  goal.measures.forEach((m, position) => {
    const current = existing.get(m.code);
    const values = { goalId, title: m.title, resources: m.resources ?? null, dueOn: m.due ?? null, status: m.status, position };
    let id: number;
    if (current) {
      tx.update(measures).set(values).where(eq(measures.id, current.id)).run();
      id = current.id;
    } else
      id = tx
        .insert(measures)
        .values({ code: m.code, ...values })
        .returning({ id: measures.id })
        .get().id;
    const before = current
      ? tx
          .select()
          .from(measureParties)
          .where(eq(measureParties.measureId, id))
          .all()
          .map((r) => r.partyId)
      : undefined;
    // The join table keeps no order: compare as sets (export lists them in the order of `parties`).
    const sameParties = before !== undefined && JSON.stringify([...before].sort()) === JSON.stringify([...m.responsible].sort());
    if (!sameParties) {
      tx.delete(measureParties).where(eq(measureParties.measureId, id)).run();
      tx.insert(measureParties)
        .values(m.responsible.map((partyId) => ({ measureId: id, partyId })))
        .run();
    }
    auditSync(audit, { entity: "measure", entityId: m.code }, current && { ...current, responsible: sameParties ? m.responsible : before }, {
      ...values,
      responsible: m.responsible,
    });
  });
}

export function syncAgreement(tx: Tx, file: AgreementFile, audit: Audit): void {
  const a = file.agreement;
  const regionId = file.region.id;
  const values = {
    title: a.title,
    termStartsOn: a.term.start,
    termEndsOn: a.term.end ?? null,
    status: a.status,
    approvedOn: a.approved ?? null,
    principles: a.principles,
  };
  const current = tx.select().from(agreements).where(eq(agreements.regionId, regionId)).get();
  let agreementId: number;
  if (current) {
    tx.update(agreements).set(values).where(eq(agreements.id, current.id)).run();
    agreementId = current.id;
  } else
    agreementId = tx
      .insert(agreements)
      .values({ regionId, ...values })
      .returning({ id: agreements.id })
      .get().id;
  auditSync(audit, { entity: "agreement", entityId: regionId }, current, values);

  const oldGoals = tx.select().from(goals).where(eq(goals.agreementId, agreementId)).all();
  const goalIds = oldGoals.map((g) => g.id);
  const oldIndicators = new Map((goalIds.length ? tx.select().from(indicators).where(inArray(indicators.goalId, goalIds)).all() : []).map((r) => [r.code, r]));
  const oldMeasures = new Map((goalIds.length ? tx.select().from(measures).where(inArray(measures.goalId, goalIds)).all() : []).map((r) => [r.code, r]));

  a.goals.forEach((g, position) => {
    const row = oldGoals.find((o) => o.code === g.code);
    const next = { area: g.area, title: g.title, description: g.description ?? null, position };
    let goalId: number;
    if (row) {
      tx.update(goals).set(next).where(eq(goals.id, row.id)).run();
      goalId = row.id;
    } else
      goalId = tx
        .insert(goals)
        .values({ agreementId, code: g.code, ...next })
        .returning({ id: goals.id })
        .get().id;
    auditSync(audit, { entity: "goal", entityId: g.code }, row, next);
    syncIndicators(tx, goalId, g, oldIndicators, audit);
    syncMeasures(tx, goalId, g, oldMeasures, audit);
  });

  const keepIndicators = new Set(a.goals.flatMap((g) => g.indicators.map((x) => x.code)));
  for (const [code, row] of oldIndicators) {
    if (keepIndicators.has(code)) continue;
    tx.delete(indicators).where(eq(indicators.id, row.id)).run();
    auditSync(audit, { entity: "indicator", entityId: code }, row, undefined);
  }
  const keepMeasures = new Set(a.goals.flatMap((g) => g.measures.map((x) => x.code)));
  for (const [code, row] of oldMeasures) {
    if (keepMeasures.has(code)) continue;
    tx.delete(measures).where(eq(measures.id, row.id)).run();
    auditSync(audit, { entity: "measure", entityId: code }, row, undefined);
  }
  for (const row of oldGoals.filter((o) => !a.goals.some((g) => g.code === o.code))) {
    tx.delete(goals).where(eq(goals.id, row.id)).run();
    auditSync(audit, { entity: "goal", entityId: row.code }, row, undefined);
  }
}
