/** Meetings of forums. Instants are UTC epoch milliseconds plus the region's IANA zone. */
import { sqliteTable, text, integer, uniqueIndex, index } from "drizzle-orm/sqlite-core";
import { forums } from "./forum.js";

export const MEETING_STATUSES = ["tentative", "scheduled", "held", "cancelled"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const meetings = sqliteTable(
  "meetings",
  {
    /** Readable id: forum code, year, running number (JOHTO-2027-2). */
    id: text().primaryKey(),
    forumId: integer()
      .notNull()
      .references(() => forums.id, { onDelete: "cascade" }),
    year: integer().notNull(),
    number: integer().notNull(),
    startsAt: integer().notNull(),
    endsAt: integer().notNull(),
    zone: text().notNull(),
    place: text(),
    onlineUrl: text(),
    status: text({ enum: MEETING_STATUSES }).notNull().default("scheduled"),
    cancelReason: text(),
    /** iCalendar SEQUENCE: grows with every change people can see. */
    sequence: integer().notNull().default(0),
    /** Override of the forum's agenda deadline (UTC ms); null means derived from the forum. */
    agendaDeadlineAt: integer(),
    /** Unguessable key for the read-only meeting page of private forums. */
    pageKey: text().notNull(),
    /** Separate unguessable key for the minutes and extract downloads (drafts): never shown on the meeting page. */
    minutesKey: text().notNull(),
    createdAt: integer().notNull(),
    updatedAt: integer().notNull(),
  },
  // forum + start: "these forums' meetings in this range" reads only those forums' rows; with the start index alone
  // it read every region's meetings in the range (issue 18).
  (t) => [
    uniqueIndex("meetings_forum_year_number").on(t.forumId, t.year, t.number),
    index("meetings_starts_at").on(t.startsAt),
    index("meetings_forum_starts_at").on(t.forumId, t.startsAt),
  ],
);
