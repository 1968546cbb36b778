/**
 * Members' answers to a meeting's invitation, given in chat (issue 15 point 4, issue 19 point 3): attend, cannot
 * attend, or my deputy (varajäsen) attends. They pre-fill the attendance of the minutes and become each attendee's
 * PARTSTAT in feeds and re-sent invites. One row per meeting and member; a new answer replaces the old one.
 */
import { sqliteTable, text, integer, primaryKey } from "drizzle-orm/sqlite-core";
import { meetings } from "./meeting.js";
import { people } from "./region.js";

export const RESPONSE_ANSWERS = ["attend", "decline", "deputy"] as const;
export type ResponseAnswer = (typeof RESPONSE_ANSWERS)[number];

export const meetingResponses = sqliteTable(
  "meeting_responses",
  {
    meetingId: text()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    /** The member who answered (for "deputy": the principal whose seat the deputy takes). */
    personId: text()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    answer: text({ enum: RESPONSE_ANSWERS }).notNull(),
    /** With "deputy": who attends instead, when known. */
    deputyId: text().references(() => people.id, { onDelete: "set null" }),
    answeredAt: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.personId] })],
);
