/**
 * Quorum of a stored meeting: from the recorded attendance in the minutes, or (before the meeting) what the
 * members' answers promise. The rule is the forum's (`quorum` in the agreement file), by default more than half.
 */
import type { DbOrTx } from "../../../db/connection.js";
import type { Attendee } from "../../../db/schema/index.js";
import { expectedSeats, isQuorumAtRisk, neededFor, quorumOf, type Answer, type Quorum } from "../../domain/quorum.js";
import { findMeeting, type MeetingRow } from "../meetings.js";
import { forumById, type ForumRow } from "../forums.js";
import { responsesOf, votingMemberIds } from "./responses.js";

export function quorumOfAttendance(db: DbOrTx, forum: ForumRow, attendees: readonly Attendee[]): Quorum {
  return quorumOf({ votingIds: votingMemberIds(db, forum), present: attendees, rule: forum.quorum });
}

export function answersOf(db: DbOrTx, meetingId: string): Map<string, Answer> {
  return new Map(responsesOf(db, meetingId).map((r) => [r.personId, r.answer]));
}

/** Counts for the meeting view; undefined when the forum has no voting members. */
export function answersSummary(
  db: DbOrTx,
  meeting: MeetingRow,
  forum: ForumRow,
): { attend: number; decline: number; none: number; needed: number; members: number } | undefined {
  const voting = votingMemberIds(db, forum);
  if (voting.length === 0) return undefined;
  const seats = expectedSeats(voting, answersOf(db, meeting.id));
  return { attend: seats.confirmed, decline: seats.declined, none: seats.unanswered, needed: neededFor(voting.length, forum.quorum), members: voting.length };
}

/** Whether the members' confirmed answers fall short of the quorum (the three-working-days warning is sent then). */
export function isMeetingQuorumAtRisk(db: DbOrTx, meetingId: string): boolean {
  const meeting = findMeeting(db, meetingId);
  const forum = meeting ? forumById(db, meeting.forumId) : undefined;
  if (!meeting || !forum || meeting.status === "cancelled") return false;
  const voting = votingMemberIds(db, forum);
  return voting.length > 0 && isQuorumAtRisk(voting, answersOf(db, meeting.id), forum.quorum);
}
