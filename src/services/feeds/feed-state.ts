/**
 * What a feed shows right now, loaded cheaply, with its validator: the ETag is a hash of every input of the
 * rendering (meetings with their SEQUENCE and last change, forums with mailbox and colour, members and their
 * answers, organizers, published agenda versions, language, calendar name, addresses and the output format), so
 * the 304 path never builds the calendar. There is no Last-Modified: a date cannot follow a forum rename or a lost
 * access the way the hash does (issue 19 point 1), and clients revalidate with If-None-Match alone.
 */
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { DateTime } from "luxon";
import type { DbOrTx } from "../../../db/connection.js";
import { meetings } from "../../../db/schema/index.js";
import { isLocale, type Locale } from "../../i18n/locale.js";
import { contactsByIds, type MemberContact, type ResponseRow, responsesByMeeting } from "../calendar-entries.js";
import { type CalendarSettings, calendarSettings } from "../calendar-settings.js";
import { type ForumRow, listMembers } from "../forums.js";
import { listMeetings, type MeetingRow } from "../meetings.js";
import { findPerson, type PersonRow } from "../people.js";
import { findRegion } from "../regions.js";
import { feedForums } from "./feed-forums.js";
import { feedName } from "./feed-name.js";
import type { FeedTokenRow } from "./tokens.js";

/** Raised whenever the rendered text changes for the same data, so no client keeps an old rendering by its ETag. */
const FEED_FORMAT = 3;

/** Past meetings stay in the feed for 12 months (issue 7). */
export const PAST_MONTHS = 12;

export interface FeedState {
  token: FeedTokenRow;
  owner: PersonRow;
  locale: Locale;
  zone: string;
  forums: Map<number, ForumRow>;
  meetings: MeetingRow[];
  /** Meeting id → latest published agenda version. */
  agendaVersions: Map<string, number>;
  /** Conveners, secretaries and named deputies by id. */
  contacts: Map<string, Pick<PersonRow, "id" | "name" | "email">>;
  /** Forum id → members; empty for the region's public calendar, which shows no one. */
  members: Map<number, readonly MemberContact[]>;
  /** Meeting id → answers given in chat. */
  responses: Map<string, ResponseRow[]>;
  settings: CalendarSettings;
  publicUrl: string;
  /** NAME and X-WR-CALNAME. */
  name: string;
  etag: string;
}

export function feedLocale(owner: PersonRow, regionDefault: string, requested?: string): Locale {
  if (isLocale(requested)) return requested;
  if (isLocale(owner.locale)) return owner.locale;
  return isLocale(regionDefault) ? regionDefault : "fi";
}

function latestAgendaVersions(db: DbOrTx, meetingIds: string[]): { versions: Map<string, number> } {
  if (meetingIds.length === 0) return { versions: new Map() };
  // One JSON parameter, as in responsesByMeeting: the same statement for any number of meetings.
  const rows = db.all<{ meetingId: string; version: number }>(
    sql`select meeting_id meetingId, max(version) version from agenda_versions
        where meeting_id in (select value from json_each(${JSON.stringify(meetingIds)})) group by meeting_id`,
  );
  return { versions: new Map(rows.map((r) => [r.meetingId, r.version])) };
}

function forumContactsOf(db: DbOrTx, forums: ForumRow[]): FeedState["contacts"] {
  const ids = new Set(forums.flatMap((f) => [f.convenerId, f.secretaryId]).filter((id): id is string => !!id));
  return contactsByIds(db, [...ids]);
}

/**
 * A meeting in the feed as one line of text that changes whenever its events would: its id, SEQUENCE, last change
 * and status (every change of a meeting goes through updateMeeting, which raises both), its published agenda version
 * (versions are frozen) and, when the feed shows people, every answer with the deputy's name and address.
 */
export interface MeetingVersion {
  id: string;
  forumId: number;
  startsAt: number;
  version: string;
}

/** What answers a conditional request: the feed's scope, its people, its meetings' versions and its ETag. */
export type FeedHead = Omit<FeedState, "meetings" | "agendaVersions" | "responses" | "contacts"> & {
  /** Meetings from this instant on are shown. */
  from: number;
  /** The region's calendar names no one: no members, no answers. */
  showsPeople: boolean;
  /** Conveners and secretaries (deputies come with the answers). */
  forumContacts: FeedState["contacts"];
  /** The feed's meetings in its order (start, then id). */
  versions: MeetingVersion[];
};

/**
 * Every meeting's version line, made by SQLite in one statement: building it from the rows in JavaScript cost more
 * than the rest of a 304 (issue 18 §5: 304 at least 10× faster than the full response).
 */
function meetingVersions(db: DbOrTx, forumIds: number[], from: number, showsPeople: boolean): MeetingVersion[] {
  if (forumIds.length === 0) return [];
  return db.all<MeetingVersion>(
    sql`select m.id, m.forum_id forumId, m.starts_at startsAt, m.sequence || ':' || m.updated_at || ':' || m.status || ':' ||
          coalesce((select max(v.version) from agenda_versions v where v.meeting_id = m.id), 0) ||
          case when ${showsPeople ? 1 : 0} then coalesce((
            select group_concat(r.person_id || '=' || r.answer || '/' || coalesce(r.deputy_id, '') || '@' || r.answered_at || '/' ||
              coalesce(d.name, '') || '/' || coalesce(d.email, ''), ':' order by r.person_id)
            from meeting_responses r left join people d on d.id = r.deputy_id where r.meeting_id = m.id), '') else '' end version
        from meetings m where m.forum_id in (select value from json_each(${JSON.stringify(forumIds)})) and m.starts_at >= ${from}
        order by m.starts_at, m.id`,
  );
}

/** The first instant a feed shows meetings from: PAST_MONTHS back from now, in the region's zone. */
export function feedWindowStart(now: number, zone: string): number {
  return DateTime.fromMillis(now, { zone }).minus({ months: PAST_MONTHS }).toMillis();
}

/** Loads what a conditional request needs of an active token's feed, or undefined when its owner is gone. */
export function loadFeedHead(db: DbOrTx, token: FeedTokenRow, now: number, publicUrl: string, requestedLocale?: string): FeedHead | undefined {
  const owner = findPerson(db, token.ownerId);
  const region = findRegion(db);
  if (!owner || !region) return undefined;
  const locale = feedLocale(owner, region.defaultLocale, requestedLocale);
  const forums = feedForums(db, token, owner);
  const from = feedWindowStart(now, region.zone);
  // The region's calendar is for whoever holds the link: it names no members.
  const showsPeople = token.scope !== "region";
  const members = new Map(showsPeople ? forums.map((f) => [f.id, listMembers(db, f.id)]) : []);
  const forumContacts = forumContactsOf(db, forums);
  const settings = calendarSettings(db, publicUrl);
  const forumMap = new Map(forums.map((f) => [f.id, f]));
  const name = feedName(db, { token, locale, owner, forums: forumMap });
  const people = [...members].map(([id, list]) => [id, list.map((m) => [m.personId, m.role, m.person.name, m.person.email])]);
  const versions = meetingVersions(db, [...forumMap.keys()], from, showsPeople);
  const hash = createHash("sha256").update(
    JSON.stringify([FEED_FORMAT, token.id, locale, name, region.zone, publicUrl, settings, forums, [...forumContacts], people]),
  );
  for (const m of versions) hash.update(`|${m.id}:${m.version}`);
  const etag = `"${hash.digest("base64url").slice(0, 27)}"`;
  return { token, owner, locale, zone: region.zone, forums: forumMap, name, members, settings, publicUrl, etag, from, showsPeople, forumContacts, versions };
}

/**
 * The rest of the feed's state: its meetings (all, or those of `only`) in the head's order, with their agenda
 * versions and answers, and the deputies named.
 */
export function completeFeedState(db: DbOrTx, head: FeedHead, only?: Set<string>): FeedState {
  const { from, showsPeople, forumContacts, versions, ...rest } = head;
  const forumIds = [...head.forums.keys()];
  const found =
    forumIds.length === 0
      ? []
      : only
        ? db
            .select()
            .from(meetings)
            .where(sql`${meetings.id} in (select value from json_each(${JSON.stringify([...only])}))`)
            .all()
        : listMeetings(db, { forumIds, from, includeCancelled: true });
  const byId = new Map(found.map((m) => [m.id, m]));
  const rows = versions.flatMap((v) => (only && !only.has(v.id) ? [] : byId.has(v.id) ? [byId.get(v.id)!] : []));
  const ids = rows.map((m) => m.id);
  const responses = showsPeople ? responsesByMeeting(db, ids) : new Map<string, ResponseRow[]>();
  const deputies = [...responses.values()].flat().flatMap((r) => (r.deputyId && !forumContacts.has(r.deputyId) ? [r.deputyId] : []));
  const contacts = deputies.length ? new Map([...forumContacts, ...contactsByIds(db, [...new Set(deputies)])]) : forumContacts;
  return { ...rest, meetings: rows, agendaVersions: latestAgendaVersions(db, ids).versions, contacts, responses };
}

/** Loads the state of an active token's feed, or undefined when its owner is gone. */
export function loadFeedState(db: DbOrTx, token: FeedTokenRow, now: number, publicUrl: string, requestedLocale?: string): FeedState | undefined {
  const head = loadFeedHead(db, token, now, publicUrl, requestedLocale);
  return head && completeFeedState(db, head);
}
