/**
 * Members answer a meeting's invitation in chat (issue 15 point 4): attend, cannot attend, or my deputy attends.
 * One row per meeting and member in `meeting_responses` (a new answer replaces the old); feeds read the same rows
 * for PARTSTAT. Only the forum's members answer, and only before the meeting starts.
 */
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/connection.js";
import { meetingResponses, type ResponseAnswer } from "../../../db/schema/index.js";
import { mayReschedule } from "../../domain/meeting-lifecycle.js";
import { UserError } from "../../errors.js";
import { change } from "../audit.js";
import type { MeetingRow } from "../meetings.js";
import { listMembers, type ForumRow } from "../forums.js";
import type { PersonRow } from "../people.js";
import { actorOf, type UseCase } from "../use-case.js";
import { stageOfMeeting } from "./lifecycle.js";

export type ResponseRow = typeof meetingResponses.$inferSelect;

export const VOTING_ROLES: ReadonlySet<string> = new Set(["chair", "vice_chair", "member"]);

export function votingMemberIds(db: DbOrTx, forum: ForumRow): string[] {
  return listMembers(db, forum.id)
    .filter((m) => VOTING_ROLES.has(m.role))
    .map((m) => m.personId);
}

export function responsesOf(db: DbOrTx, meetingId: string): ResponseRow[] {
  return db.select().from(meetingResponses).where(eq(meetingResponses.meetingId, meetingId)).all();
}

export function answerInvitation(uc: UseCase, meeting: MeetingRow, forum: ForumRow, answer: ResponseAnswer, deputy?: PersonRow): ResponseRow {
  const person = uc.person;
  if (!person || !listMembers(uc.db, forum.id).some((m) => m.personId === person.id)) {
    throw new UserError("record.error.notMember", { code: forum.code });
  }
  if (!mayReschedule(stageOfMeeting(uc.db, meeting, uc.now))) throw new UserError("record.error.answerClosed", { meeting: meeting.id });
  if (deputy && deputy.id === person.id) throw new UserError("record.error.selfDeputy", {});
  const row = { meetingId: meeting.id, personId: person.id, answer, deputyId: answer === "deputy" ? (deputy?.id ?? null) : null, answeredAt: uc.now };
  return change(uc.db, actorOf(uc), uc.now, (tx, audit) => {
    const before = tx
      .select()
      .from(meetingResponses)
      .where(and(eq(meetingResponses.meetingId, meeting.id), eq(meetingResponses.personId, person.id)))
      .get();
    const saved = tx
      .insert(meetingResponses)
      .values(row)
      .onConflictDoUpdate({
        target: [meetingResponses.meetingId, meetingResponses.personId],
        set: { answer: row.answer, deputyId: row.deputyId, answeredAt: row.answeredAt },
      })
      .returning()
      .get();
    audit({ action: "meeting.answer", entity: "meeting", entityId: meeting.id, before, after: saved });
    return saved;
  });
}
