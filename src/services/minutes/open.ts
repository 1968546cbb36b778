/**
 * The minutes row of a meeting, created on first use with the forum's members as attendees (chair and secretary
 * from the forum's roles), so `minutes <MEETING>` shows something useful straight after the meeting.
 */
import { eq } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../../db/connection.js";
import { minutes, type Attendee, type AttendeeRole } from "../../../db/schema/index.js";
import type { MeetingRow } from "../meetings.js";
import { responsesOf } from "../record/responses.js";
import { findPerson } from "../people.js";
import { listMembers, type ForumRow } from "../forums.js";

export type MinutesRow = typeof minutes.$inferSelect;

const ROLE_OF_MEMBER: Record<string, AttendeeRole> = {
  chair: "chair",
  vice_chair: "member",
  member: "member",
  deputy: "deputy",
  expert: "expert",
  presenter: "expert",
};

export function findMinutes(db: DbOrTx, meetingId: string): MinutesRow | undefined {
  return db.select().from(minutes).where(eq(minutes.meetingId, meetingId)).get();
}

/**
 * The default attendance: the forum's members (chair, secretary, members, experts), pre-filled from their answers
 * to the invitation (issue 15 point 4): who cannot attend is left out, and a deputy takes the seat of the member
 * who sent them, counting for that member in the quorum.
 */
export function defaultAttendees(db: DbOrTx, forum: ForumRow, meetingId?: string): Attendee[] {
  const answers = new Map(meetingId ? responsesOf(db, meetingId).map((r) => [r.personId, r]) : []);
  const attendees: Attendee[] = [];
  for (const m of listMembers(db, forum.id)) {
    const partyId = m.partyId ?? m.person.partyId;
    const party = partyId ? { partyId } : {};
    const answer = answers.get(m.personId);
    if (answer?.answer === "decline") continue;
    if (answer?.answer === "deputy") {
      const deputy = answer.deputyId ? findPerson(db, answer.deputyId) : undefined;
      attendees.push({ ...(deputy ? { personId: deputy.id } : {}), name: deputy?.name ?? "", role: "deputy", ...party, forPersonId: m.personId });
      continue;
    }
    attendees.push({
      personId: m.personId,
      name: m.person.name,
      role: m.personId === forum.secretaryId ? "secretary" : (ROLE_OF_MEMBER[m.role] ?? "member"),
      ...party,
    });
  }
  const secretary = forum.secretaryId ? findPerson(db, forum.secretaryId) : undefined;
  if (secretary && !attendees.some((a) => a.personId === secretary.id)) {
    attendees.push({ personId: secretary.id, name: secretary.name, role: "secretary", ...(secretary.partyId ? { partyId: secretary.partyId } : {}) });
  }
  return attendees;
}

export function ensureMinutes(tx: Tx, meeting: MeetingRow, forum: ForumRow, now: number): MinutesRow {
  const existing = findMinutes(tx, meeting.id);
  if (existing) return existing;
  const attendees = defaultAttendees(tx, forum, meeting.id);
  return tx
    .insert(minutes)
    .values({
      meetingId: meeting.id,
      chairId: attendees.find((a) => a.role === "chair")?.personId ?? null,
      secretaryId: attendees.find((a) => a.role === "secretary")?.personId ?? null,
      attendees,
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
}
