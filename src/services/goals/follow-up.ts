/**
 * Recording follow-up: a measure done or its progress, and an indicator's value for a year (region-wide or one
 * party's). Only people of the responsible parties (the measure's parties; for an indicator, the parties responsible
 * for any measure of its goal) and admins may record.
 */
import { and, eq, isNull } from "drizzle-orm";
import { DateTime } from "luxon";
import { indicatorValues, measures } from "../../../db/schema/index.js";
import { UserError } from "../../errors.js";
import { localized } from "../../i18n/locale.js";
import { isFarFromSeries, isPercentUnit } from "../../domain/indicator-checks.js";
import { change } from "../audit.js";
import { formatValue } from "./format-value.js";
import type { Warning } from "../meeting-warnings.js";
import { nameList, partyNames } from "../names.js";
import type { PartyRow } from "../parties.js";
import { requireFits } from "../text-limits.js";
import { actorOf, type UseCase } from "../use-case.js";
import { measuresOf, type IndicatorRow, type MeasureWithParties } from "./queries.js";

/** Admins, and people of one of the parties; anyone else is refused naming the parties. */
function requireResponsible(uc: UseCase, partyIds: string[]): void {
  if (uc.isAdmin) return;
  const partyId = uc.person?.partyId;
  if (partyId && partyIds.includes(partyId)) return;
  const names = nameList(partyNames(uc.db, uc.locale), partyIds, uc.t("goals.noParties"), uc.locale);
  throw new UserError("goals.notResponsible", { parties: names });
}

/** The `measure` use case: marks a measure done or notes its progress, for the people of its parties and admins. */
export function recordMeasure(uc: UseCase, measure: MeasureWithParties, update: { done: boolean; note?: string }): void {
  const { db, now, zone } = uc;
  requireResponsible(uc, measure.partyIds);
  requireFits(uc.locale, "note", update.note);
  const set = update.done
    ? { status: "done" as const, doneOn: DateTime.fromMillis(now, { zone }).toISODate()!, ...(update.note ? { progressNote: update.note } : {}) }
    : { status: "in_progress" as const, progressNote: update.note ?? null };
  change(db, actorOf(uc), now, (tx, audit) => {
    tx.update(measures).set(set).where(eq(measures.id, measure.id)).run();
    audit({
      action: update.done ? "measure.done" : "measure.progress",
      entity: "measure",
      entityId: measure.code,
      before: { status: measure.status, progressNote: measure.progressNote },
      after: set,
    });
  });
}

export type IndicatorResult = { kind: "done" } | { kind: "confirm"; warnings: Warning[] };

/**
 * The `indicator` use case: stores an indicator's value for a year (region-wide, or one party's: a person's own party
 * only, unless an admin). Refused: a year after the current one, a percentage outside 0–100; a value far from the
 * series is stored only when confirmed (issue 15 point 8).
 */
export function recordIndicatorValue(
  uc: UseCase,
  indicator: IndicatorRow,
  input: { year: number; value: number; party?: PartyRow; confirmed?: boolean },
): IndicatorResult {
  const { db, now, zone } = uc;
  const responsible = [...new Set(measuresOf(db, indicator.goalId).flatMap((m) => m.partyIds))];
  requireResponsible(uc, responsible);
  if (!uc.isAdmin && input.party && uc.person?.partyId !== input.party.id)
    throw new UserError("goals.notResponsible", { parties: localized(input.party.names, uc.locale) });
  const partyId = input.party?.id ?? null;
  const currentYear = DateTime.fromMillis(now, { zone }).year;
  if (input.year > currentYear) throw new UserError("record.indicator.futureYear", { year: input.year, current: currentYear });
  if (isPercentUnit(indicator.unit) && (input.value < 0 || input.value > 100))
    throw new UserError("record.indicator.percentRange", { value: formatValue(input.value, uc.locale) });
  const series = [
    indicator.baselineValue,
    ...db
      .select({ year: indicatorValues.year, value: indicatorValues.value })
      .from(indicatorValues)
      .where(and(eq(indicatorValues.indicatorId, indicator.id), partyId ? eq(indicatorValues.partyId, partyId) : isNull(indicatorValues.partyId)))
      .all()
      .filter((v) => v.year !== input.year)
      .map((v) => v.value),
  ];
  if (!input.confirmed && isFarFromSeries(input.value, series)) {
    return {
      kind: "confirm",
      warnings: [
        {
          key: "record.indicator.far",
          params: {
            value: formatValue(input.value, uc.locale),
            low: formatValue(Math.min(...series), uc.locale),
            high: formatValue(Math.max(...series), uc.locale),
          },
        },
      ],
    };
  }
  const recordedBy = uc.person?.id ?? null;
  change(db, actorOf(uc), now, (tx, audit) => {
    const existing = tx
      .select()
      .from(indicatorValues)
      .where(
        and(
          eq(indicatorValues.indicatorId, indicator.id),
          eq(indicatorValues.year, input.year),
          partyId ? eq(indicatorValues.partyId, partyId) : isNull(indicatorValues.partyId),
        ),
      )
      .get();
    if (existing) tx.update(indicatorValues).set({ value: input.value, recordedAt: now, recordedBy }).where(eq(indicatorValues.id, existing.id)).run();
    else tx.insert(indicatorValues).values({ indicatorId: indicator.id, year: input.year, partyId, value: input.value, recordedAt: now, recordedBy }).run();
    audit({
      action: "indicator.value",
      entity: "indicator",
      entityId: indicator.code,
      before: existing ?? null,
      after: { year: input.year, partyId, value: input.value },
    });
  });
  return { kind: "done" };
}
