/**
 * Where a meeting's minutes stand: recorded (approved by every inspector, decisions final) or not, and which
 * inspectors have still to approve. Used by reminders and by the minutes commands.
 */
import { and, asc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../../db/connection.js";
import { minutes, minutesInspectors } from "../../../db/schema/index.js";

export interface MinutesStatus {
  /** True once the minutes are approved (all inspectors approved). */
  recorded: boolean;
  /** Person ids of inspectors who have not approved yet (empty before inspectors are named). */
  pendingInspectors: string[];
}

export function minutesState(db: DbOrTx, meetingId: string): MinutesStatus {
  const id = meetingId.toUpperCase();
  const row = db.select({ state: minutes.state }).from(minutes).where(eq(minutes.meetingId, id)).get();
  const pending = db
    .select({ personId: minutesInspectors.personId })
    .from(minutesInspectors)
    .where(and(eq(minutesInspectors.meetingId, id), isNull(minutesInspectors.approvedAt)))
    .orderBy(asc(minutesInspectors.position))
    .all()
    .map((r) => r.personId);
  return { recorded: row?.state === "approved", pendingInspectors: pending };
}
