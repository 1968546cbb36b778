/** Forum aggregate: forums, their members with roles, and the chat channels bound to them. */
import { sqliteTable, text, integer, uniqueIndex, primaryKey, index } from "drizzle-orm/sqlite-core";
import { regions, people, parties, type LocalizedText } from "./region.js";

export const FORUM_KINDS = [
  "chairs_forum",
  "board_chairs_forum",
  "top_management_forum",
  "hyte_negotiation",
  "term_negotiation",
  "advisory_board",
  "bilateral",
  "committee_forum",
  "political_forum",
  "network",
  "other",
] as const;
export type ForumKind = (typeof FORUM_KINDS)[number];

export const CADENCES = ["per_term", "yearly", "half_yearly", "quarterly", "monthly", "as_needed"] as const;
export type Cadence = (typeof CADENCES)[number];

export const MEMBER_ROLES = ["chair", "vice_chair", "member", "deputy", "expert", "presenter"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const forums = sqliteTable(
  "forums",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    regionId: text()
      .notNull()
      .references(() => regions.id, { onDelete: "cascade" }),
    code: text().notNull(),
    kind: text({ enum: FORUM_KINDS }).notNull(),
    names: text({ mode: "json" }).$type<LocalizedText>().notNull(),
    legalBasis: text(),
    cadence: text({ enum: CADENCES }).notNull(),
    isPublic: integer({ mode: "boolean" }).notNull().default(true),
    followsUpAgreement: integer({ mode: "boolean" }).notNull().default(false),
    conveningPartyId: text().references(() => parties.id, { onDelete: "set null" }),
    convenerId: text().references(() => people.id, { onDelete: "set null" }),
    secretaryId: text().references(() => people.id, { onDelete: "set null" }),
    /** Days before a meeting that agenda proposals close. */
    agendaDeadlineDays: integer().notNull().default(10),
    /** The forum's shared mailbox: ORGANIZER of its invites and feeds (RFC 5546), replies go there. */
    mailbox: text(),
    /** Colour of the forum's events in calendars (RFC 7986 COLOR): a CSS3 colour name or #rrggbb. */
    color: text(),
    /** Default place of meetings (e.g. an online link or a rotating venue note). */
    defaultPlace: text(),
    /** Default meeting length in minutes. */
    defaultDurationMinutes: integer().notNull().default(120),
    /** Members (deputies counting for their principal) that must be present for a quorum; null: more than half. */
    quorum: integer(),
    /** Reminder policy overrides from the agreement file, kept as given. */
    reminders: text({ mode: "json" }).$type<Record<string, unknown>>().notNull().default({}),
    position: integer().notNull().default(0),
  },
  (t) => [uniqueIndex("forums_region_code").on(t.regionId, t.code)],
);

export const forumMembers = sqliteTable(
  "forum_members",
  {
    forumId: integer()
      .notNull()
      .references(() => forums.id, { onDelete: "cascade" }),
    personId: text()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    role: text({ enum: MEMBER_ROLES }).notNull().default("member"),
    /** The party this member represents in the forum (defaults to the person's own party). */
    partyId: text().references(() => parties.id, { onDelete: "set null" }),
    position: integer().notNull().default(0),
  },
  // The primary key serves "members of a forum"; the index serves "forums of a person" (calendar, whoami, feeds).
  (t) => [primaryKey({ columns: [t.forumId, t.personId] }), index("forum_members_person").on(t.personId)],
);

export const channelBindings = sqliteTable(
  "channel_bindings",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    forumId: integer()
      .notNull()
      .references(() => forums.id, { onDelete: "cascade" }),
    platform: text().notNull(),
    channelRef: text().notNull(),
    /** Set when the platform said this channel can no longer be reached (archived, bot removed). */
    disabledAt: integer(),
    disabledReason: text(),
    fromFile: integer({ mode: "boolean" }).notNull().default(false),
  },
  (t) => [uniqueIndex("channel_bindings_platform_channel").on(t.platform, t.channelRef), index("channel_bindings_forum").on(t.forumId)],
);
