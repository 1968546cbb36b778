/**
 * The `calendar` use case: the meetings of a time span in the forums the person may read, for one of three scopes
 * (one forum, the forums the person takes part in, every readable forum). A private forum is refused, or left out
 * of a list, unless the person is its member or an admin (DESIGN "Who may do what").
 *
 * @example readableCalendar(uc, "kp", { forum: johto }, { from: uc.now, to: uc.now + YEAR_MS }).meetings
 */
import { requireReadable } from "./access.js";
import { meetingListingBetween, type MeetingListing } from "./calendar-query.js";
import { forumsOfParticipant, visibleForums, type ForumRow } from "./forums.js";
import type { UseCase } from "./use-case.js";

/** One forum; the person's own forums (falling back to every readable forum when they take part in none); or all. */
export type CalendarScope = { forum: ForumRow } | "mine" | "readable";

export interface CalendarView {
  /** The scope that was shown: "mine" falls back to "readable" when the person takes part in no forum. */
  shown: "forum" | "mine" | "readable";
  forums: Map<number, ForumRow>;
  /** The span's meetings (not cancelled), earliest first. */
  meetings: MeetingListing[];
}

export interface Span {
  /** UTC ms, inclusive. */
  from: number;
  /** UTC ms, exclusive. */
  to: number;
}

export function readableCalendar(uc: UseCase, regionId: string, scope: CalendarScope, span: Span): CalendarView {
  const { shown, forums } = forumsOf(uc, regionId, scope);
  const byId = new Map(forums.map((f) => [f.id, f]));
  return { shown, forums: byId, meetings: meetingListingBetween(uc.db, { forumIds: [...byId.keys()], ...span, zone: uc.zone }) };
}

function forumsOf(uc: UseCase, regionId: string, scope: CalendarScope): { shown: CalendarView["shown"]; forums: readonly ForumRow[] } {
  if (typeof scope === "object") {
    requireReadable(uc, scope.forum);
    return { shown: "forum", forums: [scope.forum] };
  }
  if (scope === "mine" && uc.person) {
    // A participant (member, convener, secretary) may read the forum even when it is private.
    const mine = forumsOfParticipant(uc.db, regionId, uc.person.id);
    if (mine.length > 0) return { shown: "mine", forums: mine };
  }
  return { shown: "readable", forums: visibleForums(uc, regionId) };
}
