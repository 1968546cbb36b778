/**
 * Meetings: lookup, listing and the readable id (forum code, year, running number: JOHTO-2027-2).
 * Changes go through `insertMeeting` / `updateMeeting` inside `change(...)`, which raise SEQUENCE and emit the
 * meeting event in the same transaction.
 */
import { randomBytes } from "node:crypto";
import { and, asc, eq, gte, inArray, lt, max, ne, sql } from "drizzle-orm";
import { DateTime } from "luxon";
import { formatMeetingId } from "../domain/meeting-id.js";
import type { DbOrTx, Tx } from "../../db/connection.js";
import { meetings } from "../../db/schema/index.js";
import { UserError } from "../errors.js";
import { emitMeetingChange, type MeetingChange } from "./meeting-events.js";
import type { ForumRow } from "./forums.js";

export type MeetingRow = typeof meetings.$inferSelect;

export function findMeeting(db: DbOrTx, id: string): MeetingRow | undefined {
  return db.select().from(meetings).where(eq(meetings.id, id.toUpperCase())).get();
}

export function requireMeeting(db: DbOrTx, id: string): MeetingRow {
  const meeting = findMeeting(db, id);
  if (!meeting) throw new UserError("error.unknownMeeting", { id });
  return meeting;
}

export interface MeetingFilter {
  forumIds?: number[];
  /** UTC ms, inclusive. */
  from?: number;
  /** UTC ms, exclusive. */
  to?: number;
  includeCancelled?: boolean;
}

export function listMeetings(db: DbOrTx, filter: MeetingFilter = {}): MeetingRow[] {
  const conditions = [
    filter.forumIds ? inArray(meetings.forumId, filter.forumIds) : undefined,
    filter.from !== undefined ? gte(meetings.startsAt, filter.from) : undefined,
    filter.to !== undefined ? lt(meetings.startsAt, filter.to) : undefined,
    filter.includeCancelled ? undefined : ne(meetings.status, "cancelled"),
  ].filter((c) => c !== undefined);
  return db
    .select()
    .from(meetings)
    .where(and(...conditions))
    .orderBy(asc(meetings.startsAt))
    .all();
}

export function nextMeetingNumber(db: DbOrTx, forumId: number, year: number): number {
  const row = db
    .select({ n: max(meetings.number) })
    .from(meetings)
    .where(and(eq(meetings.forumId, forumId), eq(meetings.year, year)))
    .get();
  return (row?.n ?? 0) + 1;
}

export function newPageKey(): string {
  return randomBytes(16).toString("base64url");
}

export interface NewMeeting {
  forum: ForumRow;
  startsAt: number;
  endsAt: number;
  zone: string;
  place?: string | null;
  onlineUrl?: string | null;
  status?: MeetingRow["status"];
}

/** Inserts a meeting with the next running number of its forum and year (local year of the start). */
export function insertMeeting(tx: Tx, input: NewMeeting, actor: string, now: number, kind: "scheduled" | "recorded" = "scheduled"): MeetingRow {
  const year = DateTime.fromMillis(input.startsAt, { zone: input.zone }).year;
  const number = nextMeetingNumber(tx, input.forum.id, year);
  const meeting = tx
    .insert(meetings)
    .values({
      id: formatMeetingId({ forum: input.forum.code, year, number }),
      forumId: input.forum.id,
      year,
      number,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      zone: input.zone,
      place: input.place ?? null,
      onlineUrl: input.onlineUrl ?? null,
      status: input.status ?? "scheduled",
      pageKey: newPageKey(),
      minutesKey: newPageKey(),
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
  emitMeetingChange(tx, { kind, meeting, actor, now });
  return meeting;
}

/** Applies a visible change: SEQUENCE grows, `updatedAt` moves, listeners see before and after. */
export function updateMeeting(
  tx: Tx,
  before: MeetingRow,
  patch: Partial<Pick<MeetingRow, "startsAt" | "endsAt" | "place" | "onlineUrl" | "status" | "cancelReason" | "agendaDeadlineAt">>,
  kind: MeetingChange["kind"],
  actor: string,
  now: number,
): MeetingRow {
  const meeting = tx
    .update(meetings)
    // Incremented in SQL, not from `before`: two writers (the bot and the CLI) never give the same SEQUENCE.
    .set({ ...patch, sequence: sql`${meetings.sequence} + 1`, updatedAt: now })
    .where(eq(meetings.id, before.id))
    .returning()
    .get();
  emitMeetingChange(tx, { kind, meeting, before, actor, now });
  return meeting;
}
