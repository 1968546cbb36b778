/**
 * What a feed shows right now, loaded cheaply, with its validator: the ETag is a hash of every input of the
 * rendering (meetings with their SEQUENCE and last change, forums with mailbox and colour, members and their
 * answers, organizers, published agenda versions, language, calendar name, addresses and the output format), so
 * the 304 path never builds the calendar. There is no Last-Modified: a date cannot follow a forum rename or a lost
 * access the way the hash does (issue 19 point 1), and clients revalidate with If-None-Match alone.
 */
import { createHash } from "node:crypto";
import { inArray, max } from "drizzle-orm";
import { DateTime } from "luxon";
import type { DbOrTx } from "../../../db/connection.js";
import { agendaVersions } from "../../../db/schema/index.js";
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
const FEED_FORMAT = 2;

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
  members: Map<number, MemberContact[]>;
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
  const rows = db
    .select({ meetingId: agendaVersions.meetingId, version: max(agendaVersions.version) })
    .from(agendaVersions)
    .where(inArray(agendaVersions.meetingId, meetingIds))
    .groupBy(agendaVersions.meetingId)
    .all();
  return { versions: new Map(rows.map((r) => [r.meetingId, r.version ?? 0])) };
}

function contactsOf(db: DbOrTx, forums: ForumRow[], responses: Map<string, ResponseRow[]>): FeedState["contacts"] {
  const ids = new Set(forums.flatMap((f) => [f.convenerId, f.secretaryId]).filter((id): id is string => !!id));
  for (const rows of responses.values()) for (const r of rows) if (r.deputyId) ids.add(r.deputyId);
  return contactsByIds(db, [...ids]);
}

/** Loads the state of an active token's feed, or undefined when its owner is gone. */
export function loadFeedState(db: DbOrTx, token: FeedTokenRow, now: number, publicUrl: string, requestedLocale?: string): FeedState | undefined {
  const owner = findPerson(db, token.ownerId);
  const region = findRegion(db);
  if (!owner || !region) return undefined;
  const locale = feedLocale(owner, region.defaultLocale, requestedLocale);
  const forums = feedForums(db, token, owner);
  const from = DateTime.fromMillis(now, { zone: region.zone }).minus({ months: PAST_MONTHS }).toMillis();
  const rows = forums.length === 0 ? [] : listMeetings(db, { forumIds: forums.map((f) => f.id), from, includeCancelled: true });
  const ids = rows.map((m) => m.id);
  const agenda = latestAgendaVersions(db, ids);
  // The region's calendar is for whoever holds the link: it names no members.
  const showsPeople = token.scope !== "region";
  const members = new Map(showsPeople ? forums.map((f) => [f.id, listMembers(db, f.id)]) : []);
  const responses = showsPeople ? responsesByMeeting(db, ids) : new Map<string, ResponseRow[]>();
  const contacts = contactsOf(db, forums, responses);
  const settings = calendarSettings(db, publicUrl);
  const forumMap = new Map(forums.map((f) => [f.id, f]));
  const name = feedName(db, { token, locale, owner, forums: forumMap });
  const hash = createHash("sha256");
  const people = [...members].map(([id, list]) => [id, list.map((m) => [m.personId, m.role, m.person.name, m.person.email])]);
  hash.update(JSON.stringify([FEED_FORMAT, token.id, locale, name, region.zone, publicUrl, settings, forums, [...contacts], people]));
  for (const m of rows) {
    hash.update(`|${m.id}:${m.sequence}:${m.updatedAt}:${m.status}:${agenda.versions.get(m.id) ?? 0}`);
    for (const r of responses.get(m.id) ?? []) hash.update(`:${r.personId}=${r.answer}/${r.deputyId ?? ""}@${r.answeredAt}`);
  }
  return {
    token,
    owner,
    locale,
    zone: region.zone,
    forums: forumMap,
    name,
    meetings: rows,
    agendaVersions: agenda.versions,
    contacts,
    members,
    responses,
    settings,
    publicUrl,
    etag: `"${hash.digest("base64url").slice(0, 27)}"`,
  };
}
