/**
 * An import may drop a forum, and its meetings and agendas go with it; but recorded decisions and minutes are the
 * forum's official record, so a file that drops a forum holding them is refused (a renamed forum code looks just
 * like that). Put the forum back in the file to keep it.
 */
import { and, count, eq, notInArray } from "drizzle-orm";
import type { Db } from "../../../db/connection.js";
import { decisions, forums, meetings, minutes } from "../../../db/schema/index.js";
import type { AgreementFile } from "./file-schema.js";

export interface DroppedRecords {
  code: string;
  decisions: number;
  minutes: number;
}

/** The forums this file would delete that hold decisions or minutes, with how many of each. */
export function droppedForumsWithRecords(db: Db, file: AgreementFile): DroppedRecords[] {
  const codes = file.forums.map((f) => f.code);
  const dropped = db.select().from(forums).where(and(eq(forums.regionId, file.region.id), notInArray(forums.code, codes))).all();
  return dropped
    .map((forum) => ({
      code: forum.code,
      decisions: db.select({ n: count() }).from(decisions).where(eq(decisions.forumId, forum.id)).get()!.n,
      minutes: db.select({ n: count() }).from(minutes).innerJoin(meetings, eq(meetings.id, minutes.meetingId)).where(eq(meetings.forumId, forum.id)).get()!.n,
    }))
    .filter((records) => records.decisions > 0 || records.minutes > 0);
}
