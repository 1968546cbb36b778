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
  /** A CSS3 colour name (RFC 7986 COLOR), from the agreement file. */
  color?: string | null;
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

/**
 * ORGANIZER (RFC 5546 §3.2): the forum's mailbox or a configured address; `sentBy` is the convener who acts for
 * it. `takesReplies` is false for a no-reply address, so no attendee is asked to answer by e-mail.
 */
export interface CalendarOrganizer extends CalendarPerson {
  sentBy?: string;
  takesReplies: boolean;
}

/** A member's answer given in chat (attend, cannot attend, my deputy attends); none yet is "none". */
export type CalendarAnswer = "none" | "attend" | "decline" | "delegated";

export interface CalendarAttendee extends CalendarPerson {
  /** iTIP ROLE of the member in the forum (a deputy is optional until a principal delegates to them). */
  role: "chair" | "required" | "optional";
  answer: CalendarAnswer;
  /** E-mail of the deputy a principal delegated to (DELEGATED-TO) … */
  delegatedTo?: string;
  /** … and, on the deputy, of the principal (DELEGATED-FROM). */
  delegatedFrom?: string;
}

/** One meeting with everything its events show. */
export interface CalendarEntry {
  meeting: CalendarMeeting;
  forum: CalendarForum;
  organizer: CalendarOrganizer;
  /** The forum's members; empty where a feed must not show who they are. */
  attendees: CalendarAttendee[];
  /** When the latest answer was given (UTC ms): an answer changes the event without raising SEQUENCE. */
  answeredAt?: number;
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
  /** Calendar name (NAME and X-WR-CALNAME). */
  name: string;
  /** Calendar description (DESCRIPTION and X-WR-CALDESC). */
  description: string;
  /** Calendar colour (COLOR), when the feed is one forum's and it has one. */
  color?: string | null;
  zone: string;
  locale: Locale;
  /** Refresh hint in seconds (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  ttl: number;
  entries: CalendarEntry[];
}

export type InviteMethod = "REQUEST" | "CANCEL";

/** A single invite carries no calendar name or X-WR-* properties (MS-OXCICAL 2.1.3.1.1.20.11). */
export interface InviteData extends CalendarSite {
  method: InviteMethod;
  locale: Locale;
  /** DTSTAMP: when the invite is sent. */
  stamp: number;
  entry: CalendarEntry;
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
