/**
 * The meeting a decision typed in a forum's channel without a meeting id belongs to: the forum's latest
 * non-cancelled meeting that starts on or before today (local date), i.e. today's meeting or the one just held.
 */
import { and, desc, eq, lt, ne } from "drizzle-orm";
import { DateTime } from "luxon";
import type { DbOrTx } from "../../../db/connection.js";
import { meetings } from "../../../db/schema/index.js";
import type { MeetingRow } from "../meetings.js";

export function currentMeetingOf(db: DbOrTx, forumId: number, now: number, zone: string): MeetingRow | undefined {
  const endOfToday = DateTime.fromMillis(now, { zone }).startOf("day").plus({ days: 1 }).toMillis();
  return db
    .select()
    .from(meetings)
    .where(and(eq(meetings.forumId, forumId), lt(meetings.startsAt, endOfToday), ne(meetings.status, "cancelled")))
    .orderBy(desc(meetings.startsAt))
    .limit(1)
    .get();
}
