/**
 * Agenda aggregate: items proposed for a meeting (esityslistan asiat) and the published, frozen versions of the
 * numbered agenda. An item moved to another meeting keeps its row (and id); `movedFromMeetingId` records where it
 * came from, the audit log keeps the rest of its history.
 */
import { sqliteTable, text, integer, uniqueIndex, index, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { people, parties } from "./region.js";
import { meetings } from "./meeting.js";

export const AGENDA_ITEM_STATES = ["proposed", "accepted", "rejected", "withdrawn", "late"] as const;
/** `late` = proposed after the agenda deadline, waiting for the secretary's acceptance. */
export type AgendaItemState = (typeof AGENDA_ITEM_STATES)[number];

export const STANDING_ITEM_KEYS = ["opening", "quorum", "inspectors", "closing"] as const;
export type StandingItemKey = (typeof STANDING_ITEM_KEYS)[number];

export const AGENDA_TITLE_MAX = 200;
export const AGENDA_DESCRIPTION_MAX = 4000;

export const agendaItems = sqliteTable(
  "agenda_items",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    meetingId: text()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    /** Running number within the meeting, given at proposal time (what people type: `agenda accept X 3`). */
    number: integer().notNull(),
    title: text().notNull(),
    description: text(),
    /** Decision proposal (päätösehdotus) shown in the published agenda. */
    proposal: text(),
    proposerId: text().references(() => people.id, { onDelete: "set null" }),
    /** The party on whose behalf the item is proposed. */
    partyId: text().references(() => parties.id, { onDelete: "set null" }),
    /** Related agreement goal codes, e.g. ["T3"]. */
    goalCodes: text({ mode: "json" }).$type<string[]>().notNull().default([]),
    /** Preparer (valmistelija), a name as written. */
    preparer: text(),
    attachments: text({ mode: "json" }).$type<string[]>().notNull().default([]),
    estimatedMinutes: integer(),
    state: text({ enum: AGENDA_ITEM_STATES }).notNull().default("proposed"),
    rejectReason: text(),
    /** Order on the agenda (ascending). */
    position: integer().notNull().default(0),
    /** Standing item (opening, quorum, inspectors, closing); its title is rendered in the reader's language. */
    standing: integer({ mode: "boolean" }).notNull().default(false),
    standingKey: text({ enum: STANDING_ITEM_KEYS }),
    mergedIntoId: integer().references((): AnySQLiteColumn => agendaItems.id, { onDelete: "set null" }),
    movedFromMeetingId: text().references(() => meetings.id, { onDelete: "set null" }),
    createdAt: integer().notNull(),
    updatedAt: integer().notNull(),
  },
  (t) => [uniqueIndex("agenda_items_meeting_number").on(t.meetingId, t.number), index("agenda_items_proposer").on(t.proposerId)],
);

/** One frozen item of a published agenda version. */
export interface FrozenAgendaItem {
  number: number;
  itemId: number;
  title: string;
  description?: string;
  proposal?: string;
  preparer?: string;
  partyId?: string;
  goalCodes?: string[];
  attachments?: string[];
  estimatedMinutes?: number;
  standingKey?: StandingItemKey;
}

export interface FrozenAgenda {
  items: FrozenAgendaItem[];
}

/** What changed against the previous version (empty for the first). */
export interface AgendaChangeSummary {
  added: string[];
  removed: string[];
  changed: string[];
  reordered: boolean;
}

export const agendaVersions = sqliteTable(
  "agenda_versions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    meetingId: text()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    publishedAt: integer().notNull(),
    publishedBy: text().references(() => people.id, { onDelete: "set null" }),
    content: text({ mode: "json" }).$type<FrozenAgenda>().notNull(),
    changeSummary: text({ mode: "json" }).$type<AgendaChangeSummary>(),
  },
  (t) => [uniqueIndex("agenda_versions_meeting_version").on(t.meetingId, t.version)],
);
