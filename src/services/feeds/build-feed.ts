/**
 * A feed's state as the plain data src/calendar renders: every meeting in scope with its forum, organizer,
 * attendees and their answers, agenda deadline and (when published) agenda, with one-hour refresh hints.
 */
import type { DbOrTx } from "../../../db/connection.js";
import type { CalendarEntry, FeedData } from "../../calendar/calendar-data.js";
import { forumName } from "../../calendar/calendar-text.js";
import { renderFeed } from "../../calendar/render-feed.js";
import { t } from "../../i18n/catalog.js";
import { agendaSummaryOf } from "../agenda/agenda-summary.js";
import { attendeesOf, convenerOf, organizerOf } from "../calendar-entries.js";
import { agendaDeadlineOf } from "../agenda-deadline.js";
import type { FeedState } from "./feed-state.js";

export const FEED_TTL_SECONDS = 3600;

export function feedData(db: DbOrTx, state: FeedState): FeedData {
  const contact = (id: string) => state.contacts.get(id);
  const entries = state.meetings.map((meeting): CalendarEntry => {
    const forum = state.forums.get(meeting.forumId)!;
    const { attendees, answeredAt } = attendeesOf(state.members.get(forum.id) ?? [], state.responses.get(meeting.id) ?? [], contact);
    return {
      meeting,
      forum,
      organizer: organizerOf(forum, forumName(forum, state.locale), convenerOf(forum, contact), state.settings),
      attendees,
      ...(answeredAt !== undefined ? { answeredAt } : {}),
      agendaDeadline: agendaDeadlineOf(meeting, forum),
      // Only meetings with a published version cost a query.
      agendaSummary: state.agendaVersions.has(meeting.id) ? agendaSummaryOf(db, meeting.id, state.locale) : undefined,
    };
  });
  const single = state.token.scope === "forum" && state.forums.size === 1 ? [...state.forums.values()][0] : undefined;
  return {
    name: state.name,
    description: t(state.locale, "feeds.caldesc", { name: state.name }),
    color: single?.color ?? null,
    zone: state.zone,
    locale: state.locale,
    ttl: FEED_TTL_SECONDS,
    publicUrl: state.publicUrl,
    uidDomain: state.settings.uidDomain,
    entries,
  };
}

export function buildFeed(db: DbOrTx, state: FeedState): string {
  return renderFeed(feedData(db, state));
}
