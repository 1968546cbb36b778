/**
 * Duties at risk (issue 8): the region's admins hear when a statutory or agreed duty of the current period has
 * nothing scheduled by its warning date — 1 September for a calendar year (the HYTE negotiation, 612/2021 §7),
 * six months into a council term (the §14 negotiation, 611/2021 §14), and proportionally for shorter periods —
 * then monthly until something is scheduled.
 */
import { DateTime } from "luxon";
import type { DbOrTx } from "../../../db/connection.js";
import type { Duty } from "../../domain/duties.js";
import type { Period, PeriodKind } from "../../domain/periods.js";
import { isFinnishDayOff } from "../../domain/reminder-days-off.js";
import { GRACE_MS } from "../../domain/reminder-kinds.js";
import { defaultPolicy } from "../../domain/reminder-policy.js";
import { timingRules } from "../../domain/reminder-plan.js";
import { dayReminder } from "../../domain/reminder-timing.js";
import { dutiesFor } from "../duties.js";
import { listPeople } from "../people.js";
import type { RegionRow } from "../regions.js";
import type { NewReminder } from "./outbox.js";

const WARN_AFTER: Record<PeriodKind, { months: number } | { fixed: string }> = {
  year: { fixed: "09-01" },
  term: { months: 6 },
  half_year: { months: 3 },
  quarter: { months: 1 },
  month: { months: 0 },
};

/** The local date from which an unscheduled duty of the period is reported. */
export function warningDateOf(period: Period): string {
  const rule = WARN_AFTER[period.kind];
  if ("fixed" in rule) return `${period.startsOn.slice(0, 4)}-${rule.fixed}`;
  return DateTime.fromISO(period.startsOn, { zone: "UTC" }).plus({ months: rule.months }).toISODate()!;
}

const OPEN: ReadonlySet<string> = new Set(["at_risk", "due_soon", "open"]);

export function isDutyOpen(duty: Duty): boolean {
  return OPEN.has(duty.status);
}

export function dutySubject(duty: Pick<Duty, "rule" | "forum" | "period">): string {
  return `duty:${duty.rule.id}:${duty.forum.id}:${duty.period.startsOn}`;
}

export function plannedDutyReminders(db: DbOrTx, region: RegionRow, now: number): NewReminder[] {
  const zone = region.zone;
  const today = DateTime.fromMillis(now, { zone }).startOf("day");
  const todayIso = today.toISODate()!;
  const admins = listPeople(db, region.id).filter((p) => p.roles.includes("admin"));
  if (admins.length === 0) return [];
  const rules = timingRules(zone, defaultPolicy({ kind: "other", cadence: "as_needed" }), isFinnishDayOff);
  const rows: NewReminder[] = [];
  for (const duty of dutiesFor(db, region.id, { from: todayIso, to: todayIso }, now)) {
    if (!isDutyOpen(duty) || duty.period.endsOn < todayIso) continue;
    const warnOn = DateTime.fromISO(warningDateOf(duty.period), { zone });
    if (warnOn > today) continue;
    const months = Math.floor(today.diff(warnOn, "months").months);
    const dueAt = dayReminder(warnOn.plus({ months }), rules);
    for (const admin of admins) {
      rows.push({
        key: `${dutySubject(duty)}:duty_at_risk:m${months}:p:${admin.id}`,
        kind: "duty_at_risk",
        subject: dutySubject(duty),
        meetingId: null,
        forumId: duty.forum.id,
        targetKind: "person",
        targetPlatform: null,
        targetRef: admin.id,
        personId: admin.id,
        dueAt,
        expiresAt: dueAt + GRACE_MS.duty_at_risk,
        payload: {
          ruleId: duty.rule.id,
          label: duty.rule.label ?? null,
          law: duty.rule.law ?? null,
          forum: duty.forum.code,
          dueOn: duty.period.endsOn,
          periodStartsOn: duty.period.startsOn,
        },
      });
    }
  }
  return rows;
}

/** Send-time check: is the duty still open (nothing held or scheduled in its period)? */
export function isDutyStillOpen(db: DbOrTx, regionId: string, subject: string, payload: Record<string, unknown>, now: number): boolean {
  const from = String(payload.periodStartsOn ?? "");
  const to = String(payload.dueOn ?? "");
  if (!from || !to) return false;
  const duty = dutiesFor(db, regionId, { from, to }, now).find((d) => dutySubject(d) === subject);
  return duty ? isDutyOpen(duty) : false;
}
