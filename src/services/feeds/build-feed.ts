/**
 * Renders a feed's state as iCalendar text: every meeting (cancelled ones as STATUS:CANCELLED) and its agenda
 * deadline as a short event, with one-hour refresh hints (REFRESH-INTERVAL, X-PUBLISHED-TTL).
 */
import type { DbOrTx } from "../../../db/connection.js";
import { agendaSummaryOf } from "../../calendar/agenda-summary.js";
import { addEvent, calendarToString, newCalendar } from "../../calendar/calendar-string.js";
import { deadlineEvent, meetingEvent } from "../../calendar/meeting-event.js";
import { agendaDeadlineOf } from "../meetings.js";
import { organizerOfForum, type FeedState } from "./feed-state.js";

export const FEED_TTL_SECONDS = 3600;

export function buildFeed(db: DbOrTx, state: FeedState, publicUrl: string): string {
  const styled = newCalendar({ name: state.name, zone: state.zone, ttl: FEED_TTL_SECONDS });
  for (const meeting of state.meetings) {
    const forum = state.forums.get(meeting.forumId)!;
    const input = {
      meeting,
      forum,
      organizer: organizerOfForum(state, forum),
      locale: state.locale,
      publicUrl,
      agendaDeadline: agendaDeadlineOf(meeting, forum),
      // Only meetings with a published version cost a query.
      agendaSummary: state.agendaVersions.has(meeting.id) ? agendaSummaryOf(db, meeting.id, state.locale) : undefined,
    };
    addEvent(styled, meetingEvent(input));
    addEvent(styled, deadlineEvent(input));
  }
  return calendarToString(styled);
}
