/**
 * Decision aggregate: decisions (§) of forums tied to the agreement's goals, each party's diary numbers,
 * follow-up measures, and the minutes (pöytäkirja) of a meeting with their inspectors.
 * A decision's § is unique per forum and numbering year (calendar year, or the term's first year when configured).
 */
import { sql } from "drizzle-orm";
import { sqliteTable, text, integer, uniqueIndex, index, primaryKey, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { people, parties } from "./region.js";
import { forums } from "./forum.js";
import { meetings } from "./meeting.js";
import { goals } from "./agreement.js";
import { agendaItems } from "./agenda.js";

export const DECISION_STATUSES = ["draft", "final"] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const decisions = sqliteTable(
  "decisions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    forumId: integer()
      .notNull()
      .references(() => forums.id, { onDelete: "cascade" }),
    meetingId: text()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    /** The § number, running per forum and numbering year. */
    section: integer().notNull(),
    /** The numbering year of the § (calendar year of the meeting, or the term's first year). */
    sectionYear: integer().notNull(),
    /** Agenda item this decision answers (agenda_items.id); null for "other matters". */
    agendaItemId: integer().references(() => agendaItems.id, { onDelete: "set null" }),
    /** The agenda item number as shown in the agenda (e.g. "4"); null for "other matters". */
    itemNumber: text(),
    title: text().notNull(),
    /** Päätösesitys. */
    proposal: text(),
    /** Päätös, may contain numbered points ("1. …\n2. …"). */
    decisionText: text().notNull(),
    status: text({ enum: DECISION_STATUSES }).notNull().default("draft"),
    /** Earlier processing of the same matter, typically in another forum. */
    earlierDecisionId: integer().references((): AnySQLiteColumn => decisions.id, { onDelete: "set null" }),
    /** Set when this decision corrects an approved (final) one. */
    amendmentOfId: integer().references((): AnySQLiteColumn => decisions.id, { onDelete: "set null" }),
    createdBy: text().notNull(),
    createdAt: integer().notNull(),
    updatedAt: integer().notNull(),
    finalizedAt: integer(),
  },
  (t) => [uniqueIndex("decisions_forum_year_section").on(t.forumId, t.sectionYear, t.section), index("decisions_meeting").on(t.meetingId)],
);

export const decisionGoals = sqliteTable(
  "decision_goals",
  {
    decisionId: integer()
      .notNull()
      .references(() => decisions.id, { onDelete: "cascade" }),
    goalId: integer()
      .notNull()
      .references(() => goals.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.decisionId, t.goalId] }), index("decision_goals_goal").on(t.goalId)],
);

/** Who prepared the matter (valmistelija): a known person or a free-text name. */
export const decisionPreparers = sqliteTable(
  "decision_preparers",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    decisionId: integer()
      .notNull()
      .references(() => decisions.id, { onDelete: "cascade" }),
    personId: text().references(() => people.id, { onDelete: "set null" }),
    name: text().notNull(),
    position: integer().notNull().default(0),
  },
  // Every decision shown reads its preparers: without the index each one scanned the table (issue 18).
  (t) => [index("decision_preparers_decision").on(t.decisionId, t.position)],
);

/** Each party's own diary number for the decision; free text since formats differ (e.g. 1559/00.02.13/2023). */
export const decisionDiaryNumbers = sqliteTable(
  "decision_diary_numbers",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    decisionId: integer()
      .notNull()
      .references(() => decisions.id, { onDelete: "cascade" }),
    partyId: text()
      .notNull()
      .references(() => parties.id, { onDelete: "cascade" }),
    number: text().notNull(),
  },
  (t) => [uniqueIndex("decision_diary_numbers_party").on(t.decisionId, t.partyId)],
);

/** Follow-up measures a decision sets (what, who, contact, by when). */
export const decisionMeasures = sqliteTable(
  "decision_measures",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    decisionId: integer()
      .notNull()
      .references(() => decisions.id, { onDelete: "cascade" }),
    what: text().notNull(),
    partyId: text().references(() => parties.id, { onDelete: "set null" }),
    contactPersonId: text().references(() => people.id, { onDelete: "set null" }),
    /** Free-text contact when the person is not in the register. */
    contact: text(),
    /** Local date (yyyy-MM-dd). */
    dueOn: text(),
    position: integer().notNull().default(0),
  },
  (t) => [index("decision_measures_decision").on(t.decisionId, t.position)],
);

export const MINUTES_STATES = ["draft", "inspection", "approved"] as const;
export type MinutesState = (typeof MINUTES_STATES)[number];

export const ATTENDEE_ROLES = ["chair", "secretary", "member", "deputy", "expert", "other"] as const;
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];
/** `forPersonId`: the member whose seat a deputy (varajäsen) takes; the deputy counts for them in the quorum. */
export type Attendee = { personId?: string; name: string; role: AttendeeRole; partyId?: string; forPersonId?: string };

export const minutes = sqliteTable(
  "minutes",
  {
    meetingId: text()
      .primaryKey()
      .references(() => meetings.id, { onDelete: "cascade" }),
    state: text({ enum: MINUTES_STATES }).notNull().default("draft"),
    chairId: text().references(() => people.id, { onDelete: "set null" }),
    secretaryId: text().references(() => people.id, { onDelete: "set null" }),
    attendees: text({ mode: "json" }).$type<Attendee[]>().notNull().default([]),
    /** Legality and quorum note (laillisuus ja päätösvaltaisuus). */
    legalityNote: text(),
    /** When the secretary recorded (or confirmed) the attendance; until then the minutes say it is not recorded. */
    attendanceRecordedAt: integer(),
    /** The meeting's actual opening and closing times (UTC ms), when they differ from the planned span. */
    openedAt: integer(),
    closedAt: integer(),
    /** Local date (yyyy-MM-dd) the minutes are publicly on view (nähtävänä), when the forum publishes them. */
    publicNoticeOn: text(),
    /** When the minutes were sent for inspection (UTC ms). */
    finishedAt: integer(),
    approvedAt: integer(),
    createdAt: integer().notNull(),
    updatedAt: integer().notNull(),
  },
  // Minutes under inspection, by when they were sent: the periodic planner's question, without reading every
  // meeting's minutes of ten years (issue 18).
  (t) => [index("minutes_inspection_finished").on(t.finishedAt).where(sql`${t.state} = 'inspection'`)],
);

export const minutesInspectors = sqliteTable(
  "minutes_inspectors",
  {
    meetingId: text()
      .notNull()
      .references(() => minutes.meetingId, { onDelete: "cascade" }),
    personId: text()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    approvedAt: integer(),
    position: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.personId] })],
);
