/**
 * Reminders aggregate: the outbox (one row per message to one target, the single source of truth of what will be,
 * was, or could not be sent), each person's reminder settings, and targets the platform called unusable.
 */
import { sql } from "drizzle-orm";
import { sqliteTable, text, integer, index } from "drizzle-orm/sqlite-core";
import { forums } from "./forum.js";
import { meetings } from "./meeting.js";
import { people } from "./region.js";

export const REMINDER_STATES = ["pending", "sending", "sent", "failed", "cancelled"] as const;
export type ReminderState = (typeof REMINDER_STATES)[number];

export const reminders = sqliteTable(
  "reminders",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** What + which occurrence + offset + target, e.g. `meeting:JOHTO-2027-2@1791…:agenda_call:21d:person:jasen`. */
    key: text().notNull().unique(),
    kind: text().notNull(),
    /** The thing reminded about: `meeting:<id>`, `measure:<id>`, `duty:<id>`. */
    subject: text().notNull(),
    meetingId: text().references(() => meetings.id, { onDelete: "cascade" }),
    forumId: integer().references(() => forums.id, { onDelete: "cascade" }),
    /** A channel (platform + channel ref) or a person (ref = person id, platform chosen at send time). */
    targetKind: text({ enum: ["channel", "person"] }).notNull(),
    targetPlatform: text(),
    targetRef: text().notNull(),
    personId: text().references(() => people.id, { onDelete: "cascade" }),
    /** UTC ms: when it should go out. */
    dueAt: integer().notNull(),
    /** UTC ms: after this it is stale (reported, never sent). */
    expiresAt: integer().notNull(),
    /** UTC ms: a retry waits until then (429 Retry-After, back-off). */
    notBefore: integer(),
    state: text({ enum: REMINDER_STATES }).notNull().default("pending"),
    /** Sends actually made (issue 16 §3): not counted at claim or crash recovery, so 0 means "never tried". */
    attempts: integer().notNull().default(0),
    /** Sends that failed with a temporary error (not a rate limit); the row fails for good after a few. */
    failures: integer().notNull().default(0),
    lastError: text(),
    claimedAt: integer(),
    sentAt: integer(),
    /** Extra facts for rendering (e.g. the meeting's start before a move). */
    payload: text({ mode: "json" }).$type<Record<string, unknown>>().notNull().default({}),
    createdAt: integer().notNull(),
    updatedAt: integer().notNull(),
  },
  // A partial index of the pending rows only: marking a claimed row sent touches no index (issue 8 bench: the
  // per-row mark is the tick's main cost). The meeting index leaves out the state for the same reason.
  (t) => [index("reminders_pending_due").on(t.dueAt).where(sql`${t.state} = 'pending'`), index("reminders_meeting").on(t.meetingId)],
);

/** A person's reminder settings; no row means the defaults (nothing muted, forum notices via the channel). */
export const reminderSettings = sqliteTable("reminder_settings", {
  personId: text()
    .primaryKey()
    .references(() => people.id, { onDelete: "cascade" }),
  mutedKinds: text({ mode: "json" }).$type<string[]>().notNull().default([]),
  /** "channel": forum-wide notices through the forum's channel when it has one; "dm": always by direct message. */
  delivery: text({ enum: ["channel", "dm"] })
    .notNull()
    .default("channel"),
  updatedAt: integer().notNull(),
});

/** Direct-message targets a platform called terminal (user deactivated, bot blocked); channels use channel_bindings. */
export const reminderTargets = sqliteTable("reminder_targets", {
  /** `platform:person:<external id>`. */
  targetKey: text().primaryKey(),
  disabledAt: integer().notNull(),
  reason: text(),
});
