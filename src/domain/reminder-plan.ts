/**
 * The instants of a meeting's reminders under a policy (issue 8 "Kinds"): agenda call N days before, agenda deadline
 * nudge N working days before the deadline, the working day before at the policy's hour, an hour before, minutes due
 * 3 and 7 days after. Each has an expiry after which it is stale: never after the thing it announces.
 */
import { DateTime } from "luxon";
import { GRACE_MS, type ReminderKind } from "./reminder-kinds.js";
import type { ReminderPolicy } from "./reminder-policy.js";
import { dayReminder, instantReminder, notQuiet, previousWorkingDay, workingDaysBefore, atHour, type IsDayOff, type TimingRules } from "./reminder-timing.js";

export interface PlannedTime {
  kind: ReminderKind;
  /** Which of the kind's reminders: `21d`, `2wd`, `60m`, `+3d`, or a notice's sequence `s4`. */
  offset: string;
  dueAt: number;
  expiresAt: number;
}

export interface MeetingTimes {
  startsAt: number;
  endsAt: number;
  zone: string;
  agendaDeadlineAt: number;
}

export function timingRules(zone: string, policy: ReminderPolicy, isDayOff: IsDayOff): TimingRules {
  return { zone, hour: policy.hour, quietStart: policy.quietStart, quietEnd: policy.quietEnd, isDayOff };
}

function timed(kind: ReminderKind, offset: string, dueAt: number, limit: number): PlannedTime {
  return { kind, offset, dueAt, expiresAt: Math.min(dueAt + GRACE_MS[kind], limit) };
}

/** Timed reminders of a meeting that are still useful at `now` (a late-scheduled meeting skips the past ones). */
export function planMeetingTimes(meeting: MeetingTimes, policy: ReminderPolicy, isDayOff: IsDayOff, now: number): PlannedTime[] {
  const rules = timingRules(meeting.zone, policy, isDayOff);
  const day = DateTime.fromMillis(meeting.startsAt, { zone: meeting.zone }).startOf("day");
  const deadlineDay = DateTime.fromMillis(meeting.agendaDeadlineAt, { zone: meeting.zone }).startOf("day");
  const on = (kind: ReminderKind) => !policy.off.has(kind);
  const plan: PlannedTime[] = [];
  if (on("agenda_call")) {
    const due = dayReminder(day.minus({ days: policy.agendaCallDays }), rules);
    // A meeting scheduled after its call date still gets the call at once, as long as proposals are open.
    const dueAt = due < now ? notQuiet(now, rules) : due;
    plan.push(timed("agenda_call", `${policy.agendaCallDays}d`, dueAt, meeting.agendaDeadlineAt));
  }
  if (on("agenda_deadline")) {
    const due = atHour(workingDaysBefore(deadlineDay, policy.agendaDeadlineWorkingDays, isDayOff), policy.hour).toMillis();
    plan.push(timed("agenda_deadline", `${policy.agendaDeadlineWorkingDays}wd`, Math.min(due, meeting.agendaDeadlineAt), meeting.agendaDeadlineAt));
  }
  if (on("day_before")) {
    plan.push(timed("day_before", "1wd", atHour(previousWorkingDay(day, isDayOff), policy.hour).toMillis(), meeting.startsAt));
  }
  if (on("hour_before")) {
    const due = instantReminder(meeting.startsAt - policy.hourBeforeMinutes * 60_000, meeting.startsAt, rules);
    plan.push(timed("hour_before", `${policy.hourBeforeMinutes}m`, due, meeting.startsAt));
  }
  if (on("quorum_at_risk")) {
    // Three working days before, the secretary hears whether the members' answers reach a quorum (issue 15 point 4).
    plan.push(timed("quorum_at_risk", "3wd", atHour(workingDaysBefore(day, 3, isDayOff), policy.hour).toMillis(), meeting.startsAt));
  }
  if (on("minutes_due")) {
    for (const n of policy.minutesDueDays) {
      let due = dayReminder(day.plus({ days: n }), rules);
      if (due <= meeting.endsAt) due = atHour(day.plus({ days: n }), policy.hour).toMillis();
      plan.push(timed("minutes_due", `+${n}d`, due, Number.MAX_SAFE_INTEGER));
    }
  }
  return plan.filter((p) => p.expiresAt > now && p.dueAt < p.expiresAt);
}

/** An immediate notice (invitation, change, cancellation): now, or when quiet hours end. */
export function planNotice(kind: "invitation" | "change", offset: string, now: number, limit: number, rules: TimingRules): PlannedTime {
  return timed(kind, offset, notQuiet(now, rules), limit);
}
