/**
 * Periodic planning, run by the reminders job every quarter hour: kinds whose rows cannot be planned at a meeting
 * change (minutes inspection, overdue measures, duties at risk), and the upcoming meetings again so members and
 * channels added since get their rows. Inserts only rows that do not exist, so it is safe to run any number of times.
 */
import { and, gte, inArray, lt } from "drizzle-orm";
import type { Db } from "../../../db/connection.js";
import { meetings } from "../../../db/schema/index.js";
import type { Logger } from "../../log.js";
import { findRegion } from "../regions.js";
import { listForums } from "../forums.js";
import { planRowsOnce, type NewReminder } from "./outbox.js";
import { plannedDutyReminders } from "./plan-duties.js";
import { plannedInspectionReminders } from "./plan-inspection.js";
import { plannedOverdueMeasures } from "./plan-measures.js";
import { plannedRowsOfMeeting } from "./plan-meeting.js";

const DAY = 24 * 3_600_000;
/** Meetings this far ahead (and minutes-due this far back) are re-planned. */
const HORIZON_MS = 120 * DAY;

/** The region's upcoming meetings only: a database that also holds other regions (issue 18) plans none of theirs. */
function upcomingMeetingRows(db: Db, regionId: string, now: number): NewReminder[] {
  const forums = new Map(listForums(db, regionId).map((f) => [f.id, f]));
  if (forums.size === 0) return [];
  const rows = db
    .select()
    .from(meetings)
    .where(
      and(
        inArray(meetings.forumId, [...forums.keys()]),
        gte(meetings.startsAt, now - 10 * DAY),
        lt(meetings.startsAt, now + HORIZON_MS),
        inArray(meetings.status, ["scheduled", "held"]),
      ),
    )
    .all();
  // Only the future: a channel bound today does not get last week's reminders.
  return rows.flatMap((meeting) => {
    const forum = forums.get(meeting.forumId);
    return forum ? plannedRowsOfMeeting(db, meeting, forum, now).filter((r) => r.dueAt > now) : [];
  });
}

function periodicSteps(db: Db, now: number): [string, () => NewReminder[]][] {
  const region = findRegion(db);
  if (!region) return [];
  return [
    ["meetings", () => upcomingMeetingRows(db, region.id, now)],
    ["minutes_inspection", () => plannedInspectionReminders(db, now)],
    ["measure_overdue", () => plannedOverdueMeasures(db, region, now)],
    ["duty_at_risk", () => plannedDutyReminders(db, region, now)],
  ];
}

function runStep(db: Db, now: number, [name, plan]: [string, () => NewReminder[]], log?: Logger): void {
  try {
    const rows = plan();
    db.transaction((tx) => planRowsOnce(tx, rows, now));
  } catch (error) {
    log?.error({ err: error, step: name }, "planning reminders failed");
  }
}

export function planPeriodicReminders(db: Db, now: number, log?: Logger): void {
  for (const step of periodicSteps(db, now)) runStep(db, now, step, log);
}

/**
 * The same planning one step per turn of the event loop, so requests and Slack acks that arrive meanwhile are
 * answered between the steps instead of after all of them (a national region's first planning takes ~150 ms).
 */
export async function planPeriodicRemindersInSlices(db: Db, now: number, log?: Logger): Promise<void> {
  for (const step of periodicSteps(db, now)) {
    await new Promise((resolve) => setImmediate(resolve));
    runStep(db, now, step, log);
  }
}
