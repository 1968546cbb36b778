/** Looking at one meeting: it exists and the person may read its forum (a private forum only for its members). */
import { requireReadable, type Who } from "./access.js";
import { forumById, type ForumRow } from "./forums.js";
import { requireMeeting, type MeetingRow } from "./meetings.js";

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
