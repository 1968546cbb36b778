/**
 * A forum's reminder policy: defaults per forum kind and cadence, overridden per forum by the agreement file's
 * `reminders:` map (kept as given in `forums.reminders`). Example override:
 * `{ agenda_call: 14, hour_before: false, minutes_due: [3, 7], quiet_hours: "20-07", hour: 9 }`.
 */
import type { ReminderKind } from "./reminder-kinds.js";

export interface ReminderPolicy {
  /** Kinds switched off for the forum. */
  off: ReadonlySet<ReminderKind>;
  agendaCallDays: number;
  /** Working days before the agenda deadline. */
  agendaDeadlineWorkingDays: number;
  hourBeforeMinutes: number;
  minutesDueDays: number[];
  minutesInspectionDays: number[];
  /** Local hour of day-based reminders. */
  hour: number;
  quietStart: number;
  quietEnd: number;
}

export interface ForumShape {
  kind: string;
  cadence: string;
}

/** 21 days' notice for forums that meet at most twice a year (issue 8), 10 for the rest. */
export function defaultPolicy(forum: ForumShape): ReminderPolicy {
  const rare = ["yearly", "half_yearly", "per_term"].includes(forum.cadence) || forum.kind === "hyte_negotiation" || forum.kind === "term_negotiation";
  return {
    off: new Set(),
    agendaCallDays: rare ? 21 : 10,
    agendaDeadlineWorkingDays: 2,
    hourBeforeMinutes: 60,
    minutesDueDays: [3, 7],
    minutesInspectionDays: [2, 5],
    hour: 9,
    quietStart: 20,
    quietEnd: 7,
  };
}

const ALIASES: Record<string, ReminderKind> = {
  invitation: "invitation",
  change: "change",
  changes: "change",
  agendacall: "agenda_call",
  agendadeadline: "agenda_deadline",
  daybefore: "day_before",
  hourbefore: "hour_before",
  minutesdue: "minutes_due",
  minutesinspection: "minutes_inspection",
  inspection: "minutes_inspection",
  dutyatrisk: "duty_at_risk",
  duties: "duty_at_risk",
  measureoverdue: "measure_overdue",
  measures: "measure_overdue",
};

const normal = (key: string) => key.toLowerCase().replace(/[-_\s]/g, "");

function days(value: unknown): number[] | undefined {
  const list = Array.isArray(value) ? value : [value];
  const numbers = list.filter((n): n is number => typeof n === "number" && Number.isFinite(n) && n >= 0 && n <= 366);
  return numbers.length === list.length && numbers.length > 0 ? numbers : undefined;
}

/** Applies the forum's overrides to the defaults; unknown keys and bad values are ignored (the import validates). */
export function policyFor(forum: ForumShape & { reminders?: Record<string, unknown> | null }): ReminderPolicy {
  const policy = defaultPolicy(forum);
  const off = new Set(policy.off);
  for (const [rawKey, value] of Object.entries(forum.reminders ?? {})) {
    const key = normal(rawKey);
    if (key === "hour" && typeof value === "number" && value >= 0 && value < 24) policy.hour = value;
    if (key === "quiethours" && typeof value === "string") {
      const m = /^(\d{1,2})\D+(\d{1,2})$/.exec(value.trim());
      if (m) [policy.quietStart, policy.quietEnd] = [Number(m[1]) % 24, Number(m[2]) % 24];
    }
    const kind = ALIASES[key];
    if (!kind) continue;
    if (value === false) off.add(kind);
    else if (value === true) off.delete(kind);
    const numbers = days(value);
    if (numbers) {
      if (kind === "agenda_call") policy.agendaCallDays = numbers[0]!;
      if (kind === "agenda_deadline") policy.agendaDeadlineWorkingDays = numbers[0]!;
      if (kind === "hour_before") policy.hourBeforeMinutes = numbers[0]!;
      if (kind === "minutes_due") policy.minutesDueDays = numbers;
      if (kind === "minutes_inspection") policy.minutesInspectionDays = numbers;
    }
  }
  return { ...policy, off };
}
