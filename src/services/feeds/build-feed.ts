/**
 * A feed's state as the plain data src/calendar renders: every meeting in scope with its forum, organizer, agenda
 * deadline and (when published) agenda, with one-hour refresh hints.
 */
import type { DbOrTx } from "../../../db/connection.js";
import type { FeedData } from "../../calendar/calendar-data.js";
import { renderFeed } from "../../calendar/render-feed.js";
import { hostOf } from "../../calendar/urls.js";
import { agendaSummaryOf } from "../agenda/agenda-summary.js";
import { agendaDeadlineOf } from "../agenda-deadline.js";
import { type FeedState, organizerOfForum } from "./feed-state.js";

export const FEED_TTL_SECONDS = 3600;

export function feedData(db: DbOrTx, state: FeedState, publicUrl: string): FeedData {
  const entries = state.meetings.map((meeting) => {
    const forum = state.forums.get(meeting.forumId)!;
    const organizer = organizerOfForum(state, forum);
    return {
      meeting,
      forum,
      organizer: organizer?.email ? { name: organizer.name, email: organizer.email } : undefined,
      agendaDeadline: agendaDeadlineOf(meeting, forum),
      // Only meetings with a published version cost a query.
      agendaSummary: state.agendaVersions.has(meeting.id) ? agendaSummaryOf(db, meeting.id, state.locale) : undefined,
    };
  });
  return { name: state.name, zone: state.zone, locale: state.locale, ttl: FEED_TTL_SECONDS, publicUrl, uidDomain: hostOf(publicUrl), entries };
}

export function buildFeed(db: DbOrTx, state: FeedState, publicUrl: string): string {
  return renderFeed(feedData(db, state, publicUrl));
}
