/**
 * A feed's state as the plain data src/calendar renders: every meeting in scope with its forum, organizer,
 * attendees and their answers, agenda deadline and (when published) agenda, with one-hour refresh hints. With an
 * event cache, a meeting whose events were rendered before with the same inputs is not built or rendered again.
 */
import { createHash } from "node:crypto";
import type { DbOrTx } from "../../../db/connection.js";
import type { CalendarEntry, FeedData } from "../../calendar/calendar-data.js";
import { forumName } from "../../calendar/calendar-text.js";
import { assembleFeed, renderFeed, renderFeedEvents } from "../../calendar/render-feed.js";
import { t } from "../../i18n/catalog.js";
import { agendaSummaryOf } from "../agenda/agenda-summary.js";
import { attendeesOf, convenerOf, organizerOf } from "../calendar-entries.js";
import { agendaDeadlineOf } from "../agenda-deadline.js";
import type { MeetingRow } from "../meetings.js";
import type { FeedEventCache } from "./event-cache.js";
import { completeFeedState, type FeedHead, type FeedState } from "./feed-state.js";

export const FEED_TTL_SECONDS = 3600;

/** The calendar's own properties: name, description, colour, zone, language, refresh hint, addresses. */
function feedHeader(state: Pick<FeedState, "token" | "forums" | "name" | "locale" | "zone" | "publicUrl" | "settings">): Omit<FeedData, "entries"> {
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
  };
}

function feedEntry(db: DbOrTx, state: FeedState, meeting: MeetingRow): CalendarEntry {
  const contact = (id: string) => state.contacts.get(id);
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
}

export function feedData(db: DbOrTx, state: FeedState): FeedData {
  return { ...feedHeader(state), entries: state.meetings.map((meeting) => feedEntry(db, state, meeting)) };
}

/**
 * What a meeting's events show besides the meeting's own version line (src/services/feeds/feed-state.ts), per forum:
 * the language, the addresses and calendar settings, the conveners and secretaries, the forum and its members.
 */
function forumKeys(head: FeedHead): Map<number, string> {
  const shared = JSON.stringify([head.locale, head.publicUrl, head.settings, [...head.forumContacts]]);
  const keys = new Map<number, string>();
  for (const [id, forum] of head.forums) {
    const members = (head.members.get(id) ?? []).map((m) => [m.personId, m.role, m.person.name, m.person.email]);
    keys.set(
      id,
      createHash("sha256")
        .update(shared)
        .update(JSON.stringify([forum, members]))
        .digest("base64url"),
    );
  }
  return keys;
}

export function buildFeed(db: DbOrTx, state: FeedState): string {
  return renderFeed(feedData(db, state));
}

/**
 * The feed of `head`, each meeting's events taken from the cache when rendered before with the same inputs; only the
 * meetings missing there are loaded and rendered (and kept). The text is buildFeed's.
 */
export function buildCachedFeed(db: DbOrTx, head: FeedHead, cache: FeedEventCache): string {
  const header = feedHeader(head);
  const forums = forumKeys(head);
  const keys = head.versions.map((v) => `${forums.get(v.forumId)}|${v.id}:${v.version}`);
  const events = keys.map((key) => cache.get(key));
  const missing = new Set(head.versions.flatMap((v, i) => (events[i] ? [] : [v.id])));
  if (missing.size > 0) {
    const state = completeFeedState(db, head, missing);
    const rows = new Map(state.meetings.map((m) => [m.id, m]));
    head.versions.forEach((v, i) => {
      const meeting = rows.get(v.id);
      if (events[i] || !meeting) return;
      const rendered = renderFeedEvents(feedEntry(db, state, meeting), header, state.locale);
      cache.set(keys[i]!, rendered);
      events[i] = rendered;
    });
  }
  // A meeting deleted since the head was read has no events: it is left out, as a fresh read would.
  return assembleFeed(
    header,
    events.filter((e) => e !== undefined),
    head.versions[0]?.startsAt,
  );
}
