/** Looking at one meeting: it exists and the person may read its forum (a private forum only for its members). */
import type { DbOrTx } from "../../db/connection.js";
import { requireReadable, type Who } from "./access.js";
import { forumById, type ForumRow } from "./forums.js";
import { findMeeting, requireMeeting, type MeetingRow } from "./meetings.js";

export function requireReadableMeeting(who: Who, id: string): { meeting: MeetingRow; forum: ForumRow } {
  return requireReadableFound(who, requireMeeting(who.db, id));
}

/** A meeting already found (say a forum's next one): refused, naming its forum, when the person may not read it. */
export function requireReadableFound(who: Who, meeting: MeetingRow): { meeting: MeetingRow; forum: ForumRow } {
  const forum = forumById(who.db, meeting.forumId);
  if (!forum) throw new Error(`meeting ${meeting.id} has no forum ${meeting.forumId}`);
  requireReadable(who, forum);
  return { meeting, forum };
}

/**
 * The read-only meeting page's use case (GET /meetings/<id>[/<page-key>], no person behind it): a public forum's
 * meeting by its id, any meeting with its own page key; otherwise nothing, so a private meeting and a missing one
 * look the same.
 */
export function findPageMeeting(db: DbOrTx, id: string, key: string | undefined): { meeting: MeetingRow; forum: ForumRow } | undefined {
  const meeting = findMeeting(db, id);
  const forum = meeting ? forumById(db, meeting.forumId) : undefined;
  if (!meeting || !forum) return undefined;
  return (key === undefined ? forum.isPublic : key === meeting.pageKey) ? { meeting, forum } : undefined;
}
