/**
 * The person's own coming meetings, for the home view and the `agenda` overview. Both list only forums the person
 * takes part in (a private forum's meetings therefore only for its members), never the whole region, except that
 * the overview shows an admin every forum.
 */
import { forumsOfPerson, listForums, type ForumRow } from "./forums.js";
import { listMeetings, type MeetingRow } from "./meetings.js";
import type { UseCase } from "./use-case.js";

export interface UpcomingMeeting {
  meeting: MeetingRow;
  forum: ForumRow;
}

/** The home view's use case: the coming meetings (not cancelled) of the forums the person is a member of, within `withinMs`. */
export function upcomingInMemberForums(uc: UseCase, withinMs: number): UpcomingMeeting[] {
  if (!uc.person) return [];
  return upcomingIn(uc, forumsOfPerson(uc.db, uc.person.id), uc.now + withinMs);
}

/**
 * The `agenda` overview's use case: the next meetings (the next `limit`, when given) of the forums the person is a
 * member, secretary or convener of; an admin's are every forum of the region.
 */
export function upcomingInOwnForums(uc: UseCase, regionId: string, limit?: number): UpcomingMeeting[] {
  const all = listForums(uc.db, regionId);
  const personId = uc.person?.id;
  const member = new Set(personId ? forumsOfPerson(uc.db, personId).map((f) => f.id) : []);
  const own = uc.isAdmin ? all : all.filter((f) => member.has(f.id) || (personId !== undefined && (f.secretaryId === personId || f.convenerId === personId)));
  return upcomingIn(uc, own, undefined).slice(0, limit);
}

function upcomingIn(uc: UseCase, forums: readonly ForumRow[], to: number | undefined): UpcomingMeeting[] {
  if (forums.length === 0) return [];
  const byId = new Map(forums.map((f) => [f.id, f]));
  const meetings = listMeetings(uc.db, { forumIds: [...byId.keys()], from: uc.now, ...(to === undefined ? {} : { to }) });
  return meetings.map((meeting) => ({ meeting, forum: byId.get(meeting.forumId)! }));
}
