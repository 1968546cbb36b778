/**
 * The plain data a calendar is rendered from. Services build it (src/services/feeds, src/services/invite.ts);
 * everything in src/calendar is a pure function of it and never reads the store, so feeds, invites and the
 * meeting page can be tested, cached and benched without a database.
 */
import type { MessageKey } from "../i18n/catalog.js";
import type { Locale } from "../i18n/locale.js";

/** Forum kinds as the catalogs name them (`forumKind.<kind>`), so a kind without a text fails the build. */
export type CalendarForumKind = MessageKey extends infer K ? (K extends `forumKind.${infer Kind}` ? Kind : never) : never;

export interface CalendarNames {
  fi: string;
  sv?: string;
  en?: string;
}

export interface CalendarForum {
  code: string;
  kind: CalendarForumKind;
  names: CalendarNames;
  isPublic: boolean;
  defaultPlace: string | null;
}

export type CalendarMeetingStatus = "tentative" | "scheduled" | "held" | "cancelled";

export interface CalendarMeeting {
  /** Readable id (JOHTO-2027-2); the UID's local part. */
  id: string;
  status: CalendarMeetingStatus;
  startsAt: number;
  endsAt: number;
  /** IANA zone the meeting's wall-clock times are written in. */
  zone: string;
  place: string | null;
  onlineUrl: string | null;
  cancelReason: string | null;
  /** iCalendar SEQUENCE: raised by every change of time, place or status (RFC 5546 §2.1.4). */
  sequence: number;
  /** Unguessable key in the page and invite addresses of private forums. */
  pageKey: string;
  createdAt: number;
  updatedAt: number;
}

export interface CalendarPerson {
  name: string;
  email: string;
}

/** One meeting with everything its events show. */
export interface CalendarEntry {
  meeting: CalendarMeeting;
  forum: CalendarForum;
  /** ORGANIZER; omitted when nobody with an e-mail address convenes the forum. */
  organizer?: CalendarPerson;
  /** UTC ms of the agenda deadline. */
  agendaDeadline: number;
  /** The published agenda as short text ("1. Opening\n2. …"), when there is one. */
  agendaSummary?: string;
}

/** Where our server answers and which domain UIDs carry. */
export interface CalendarSite {
  publicUrl: string;
  /** Domain part of every UID (`JOHTO-2027-2@<uidDomain>`). */
  uidDomain: string;
}

export interface FeedData extends CalendarSite {
  /** Calendar name (X-WR-CALNAME). */
  name: string;
  zone: string;
  locale: Locale;
  /** Refresh hint in seconds (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  ttl: number;
  entries: CalendarEntry[];
}

export type InviteMethod = "REQUEST" | "CANCEL";

export interface CalendarAttendee extends CalendarPerson {
  /** iTIP ROLE of the member in the forum. */
  role: "chair" | "required" | "optional";
}

export interface InviteData extends CalendarSite {
  method: InviteMethod;
  locale: Locale;
  /** DTSTAMP: when the invite is sent. */
  stamp: number;
  entry: CalendarEntry;
  attendees: CalendarAttendee[];
  /** Calendar name (the forum's name). */
  name: string;
}

/** An item of the published agenda on the meeting page. */
export interface PageAgendaItem {
  number: number;
  title: string;
}

/** A final decision on the meeting page. */
export interface PageDecision {
  section: string;
  title: string;
  text: string;
}
