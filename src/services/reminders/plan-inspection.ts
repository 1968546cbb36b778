/**
 * Minutes inspection (issue 8): inspectors who have not approved hear it when the minutes are sent for inspection
 * and again after the policy's days (default 2 and 5), counted from the moment they were sent (minutes.finishedAt).
 */
import { and, eq, gte, isNotNull, sql } from "drizzle-orm";
import { DateTime } from "luxon";
import type { DbOrTx } from "../../../db/connection.js";
import { meetings, minutes } from "../../../db/schema/index.js";
import { isFinnishDayOff } from "../../domain/reminder-days-off.js";
import { GRACE_MS } from "../../domain/reminder-kinds.js";
import { policyFor } from "../../domain/reminder-policy.js";
import { timingRules } from "../../domain/reminder-plan.js";
import { dayReminder, notQuiet } from "../../domain/reminder-timing.js";
import { minutesState } from "../minutes/status.js";
import { forumById } from "../forums.js";
import type { NewReminder } from "./outbox.js";

export function plannedInspectionReminders(db: DbOrTx, now: number): NewReminder[] {
  const since = now - 90 * 24 * 3_600_000;
  const rows: NewReminder[] = [];
  const inInspection = db
    .select({ meeting: meetings, finishedAt: minutes.finishedAt })
    .from(minutes)
    .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
    // The state as a literal, so SQLite can use the partial index of minutes under inspection (migration 0010).
    .where(and(sql`${minutes.state} = 'inspection'`, isNotNull(minutes.finishedAt), gte(minutes.finishedAt, since)))
    .all();
  for (const { meeting, finishedAt } of inInspection) {
    const forum = forumById(db, meeting.forumId);
    if (!forum) continue;
    const policy = policyFor(forum);
    if (policy.off.has("minutes_inspection")) continue;
    const rules = timingRules(meeting.zone, policy, isFinnishDayOff);
    const sentDay = DateTime.fromMillis(finishedAt!, { zone: meeting.zone }).startOf("day");
    const dues = [
      { offset: "0d", dueAt: notQuiet(finishedAt!, rules) },
      ...policy.minutesInspectionDays.map((n) => ({ offset: `+${n}d`, dueAt: Math.max(dayReminder(sentDay.plus({ days: n }), rules), finishedAt! + 1) })),
    ];
    for (const personId of minutesState(db, meeting.id).pendingInspectors) {
      for (const due of dues) {
        rows.push({
          key: `meeting:${meeting.id}@${finishedAt}:minutes_inspection:${due.offset}:p:${personId}`,
          kind: "minutes_inspection",
          subject: `meeting:${meeting.id}`,
          meetingId: meeting.id,
          forumId: forum.id,
          targetKind: "person",
          targetPlatform: null,
          targetRef: personId,
          personId,
          dueAt: due.dueAt,
          expiresAt: due.dueAt + GRACE_MS.minutes_inspection,
          payload: {},
        });
      }
    }
  }
  return rows.filter((r) => r.expiresAt > now);
}
