/**
 * The kinds of reminder (issue 8), the words people use for them, and how long after its due time each one is still
 * worth sending after downtime (the catch-up grace window); older ones are reported, not sent.
 */
export const REMINDER_KINDS = [
  "invitation",
  "change",
  "agenda_call",
  "agenda_deadline",
  "day_before",
  "hour_before",
  "minutes_due",
  "minutes_inspection",
  "quorum_at_risk",
  "duty_at_risk",
  "measure_overdue",
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Catch-up grace per kind; meeting reminders also expire at the meeting's start (see reminder-plan.ts). */
export const GRACE_MS: Record<ReminderKind, number> = {
  invitation: 7 * DAY,
  change: 7 * DAY,
  agenda_call: 3 * DAY,
  agenda_deadline: DAY,
  day_before: 12 * HOUR,
  hour_before: HOUR,
  minutes_due: 2 * DAY,
  minutes_inspection: 2 * DAY,
  quorum_at_risk: DAY,
  duty_at_risk: 7 * DAY,
  measure_overdue: 3 * DAY,
};

/** Kinds about the whole forum: posted to its channels; the others go to one person by direct message. */
export const FORUM_WIDE_KINDS: ReadonlySet<ReminderKind> = new Set(["invitation", "change", "agenda_call", "day_before", "hour_before"]);

export function isReminderKind(value: string): value is ReminderKind {
  return (REMINDER_KINDS as readonly string[]).includes(value);
}

/** Reads a kind as typed in chat: `agenda-call`, `agenda_call`, `AgendaCall`. */
export function parseReminderKind(word: string): ReminderKind | undefined {
  const normal = word.trim().toLowerCase().replace(/-/g, "_");
  if (isReminderKind(normal)) return normal;
  return REMINDER_KINDS.find((k) => k.replace(/_/g, "") === normal.replace(/_/g, ""));
}
