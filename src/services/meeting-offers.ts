/**
 * What the `meeting` view offers the person, while the meeting is still ahead (not started, not cancelled): the
 * invitation's answers to the forum's voting members, and cancelling to whoever manages the forum's meetings.
 */
import type { ForumRow } from "./forums.js";
import type { MeetingRow } from "./meetings.js";
import { meetingHasStarted } from "./record/lifecycle.js";
import { votingMemberIds } from "./record/responses.js";
import { mayManageMeetings } from "./scheduling.js";
import type { UseCase } from "./use-case.js";

export interface MeetingOffers {
  /** Attend, absent and deputy buttons. */
  answer: boolean;
  /** The cancel button. */
  cancel: boolean;
}

export function meetingOffers(uc: UseCase, meeting: MeetingRow, forum: ForumRow): MeetingOffers {
  const ahead = meeting.status !== "cancelled" && !meetingHasStarted(meeting, uc.now);
  const person = uc.person;
  return {
    answer: ahead && person !== undefined && votingMemberIds(uc.db, forum).includes(person.id),
    cancel: ahead && mayManageMeetings(uc, forum),
  };
}
