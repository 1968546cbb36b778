/**
 * What a feed shows right now, loaded cheaply, with the validators derived from it: the ETag is a hash of every
 * input of the rendering (meetings with their SEQUENCE and last change, forums, organizers, published agenda
 * versions, language), so the 304 path never builds the calendar.
 */
import { createHash } from "node:crypto";
import { inArray, max } from "drizzle-orm";
import { DateTime } from "luxon";
import type { DbOrTx } from "../../../db/connection.js";
import { agendaVersions } from "../../../db/schema/index.js";
import { isLocale, type Locale } from "../../i18n/locale.js";
import { listMeetings, type MeetingRow } from "../meetings.js";
import { findPerson, type PersonRow } from "../people.js";
import { findRegion } from "../regions.js";
import type { ForumRow } from "../forums.js";
import { feedForums } from "./feed-forums.js";
import { feedName } from "./feed-name.js";
import type { FeedTokenRow } from "./tokens.js";

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
  organizers: Map<string, Pick<PersonRow, "name" | "email">>;
  /** X-WR-CALNAME. */
  name: string;
  etag: string;
  lastModified: number;
}

export function feedLocale(owner: PersonRow, regionDefault: string, requested?: string): Locale {
  if (isLocale(requested)) return requested;
  if (isLocale(owner.locale)) return owner.locale;
  return isLocale(regionDefault) ? regionDefault : "fi";
}

function latestAgendaVersions(db: DbOrTx, meetingIds: string[]): { versions: Map<string, number>; publishedAt: number } {
  if (meetingIds.length === 0) return { versions: new Map(), publishedAt: 0 };
  const rows = db
    .select({ meetingId: agendaVersions.meetingId, version: max(agendaVersions.version), publishedAt: max(agendaVersions.publishedAt) })
    .from(agendaVersions)
    .where(inArray(agendaVersions.meetingId, meetingIds))
    .groupBy(agendaVersions.meetingId)
    .all();
  return {
    versions: new Map(rows.map((r) => [r.meetingId, r.version ?? 0])),
    publishedAt: Math.max(0, ...rows.map((r) => r.publishedAt ?? 0)),
  };
}

function organizersOf(db: DbOrTx, forums: ForumRow[]): Map<string, Pick<PersonRow, "name" | "email">> {
  const result = new Map<string, Pick<PersonRow, "name" | "email">>();
  for (const id of new Set(forums.flatMap((f) => [f.convenerId, f.secretaryId]).filter((id): id is string => !!id))) {
    const person = findPerson(db, id);
    if (person) result.set(id, { name: person.name, email: person.email });
  }
  return result;
}

/** The organizer of a forum's meetings: the convener, else the secretary, when they have an e-mail address. */
export function organizerOfForum(state: Pick<FeedState, "organizers">, forum: ForumRow): Pick<PersonRow, "name" | "email"> | undefined {
  const ids = [forum.convenerId, forum.secretaryId].filter((id): id is string => !!id);
  return ids.map((id) => state.organizers.get(id)).find((p) => p?.email);
}

/** Loads the state of an active token's feed, or undefined when its owner is gone. */
export function loadFeedState(db: DbOrTx, token: FeedTokenRow, now: number, requestedLocale?: string): FeedState | undefined {
  const owner = findPerson(db, token.ownerId);
  const region = findRegion(db);
  if (!owner || !region) return undefined;
  const locale = feedLocale(owner, region.defaultLocale, requestedLocale);
  const forums = feedForums(db, token, owner);
  const from = DateTime.fromMillis(now, { zone: region.zone }).minus({ months: PAST_MONTHS }).toMillis();
  const rows = forums.length === 0 ? [] : listMeetings(db, { forumIds: forums.map((f) => f.id), from, includeCancelled: true });
  const agenda = latestAgendaVersions(
    db,
    rows.map((m) => m.id),
  );
  const organizers = organizersOf(db, forums);
  const forumMap = new Map(forums.map((f) => [f.id, f]));
  const name = feedName(db, { token, locale, owner, forums: forumMap });
  const hash = createHash("sha256");
  hash.update(JSON.stringify([token.id, locale, name, region.zone, forums, [...organizers]]));
  for (const m of rows) hash.update(`|${m.id}:${m.sequence}:${m.updatedAt}:${m.status}:${agenda.versions.get(m.id) ?? 0}`);
  const lastModified = rows.reduce((latest, m) => Math.max(latest, m.updatedAt), Math.max(token.createdAt, agenda.publishedAt));
  return {
    token,
    owner,
    locale,
    zone: region.zone,
    forums: forumMap,
    name,
    meetings: rows,
    agendaVersions: agenda.versions,
    organizers,
    etag: `"${hash.digest("base64url").slice(0, 27)}"`,
    lastModified,
  };
}
