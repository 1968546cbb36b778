/**
 * The reminders outbox (issue 8): plan rows (insert, or revive a cancelled row with the same key), cancel a meeting's
 * obsolete pending rows, claim due rows in one statement, and mark each row right after its send so a crash repeats
 * at most the one message in flight.
 */
import { and, asc, eq, inArray, isNull, lt, lte, notInArray, or, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../../db/connection.js";
import { prepared } from "../../../db/prepared.js";
import { reminders } from "../../../db/schema/index.js";
import { NOTICE_KINDS } from "./payload.js";
import { wakeOutbox } from "./wake.js";

export type ReminderRow = typeof reminders.$inferSelect;
export type NewReminder = Omit<typeof reminders.$inferInsert, "id" | "state" | "attempts" | "createdAt" | "updatedAt">;

/** Rows due already (an invitation, a notice) wake the running sender, so they go out within a second. */
function wakeIfDue(rows: NewReminder[], now: number): void {
  if (rows.some((r) => r.dueAt <= now)) wakeOutbox();
}

/** Inserts planned rows; a row cancelled earlier under the same key (a meeting moved back) becomes pending again. */
export function planRows(db: DbOrTx, rows: NewReminder[], now: number): void {
  wakeIfDue(rows, now);
  for (let i = 0; i < rows.length; i += 200) {
    db.insert(reminders)
      .values(rows.slice(i, i + 200).map((r) => ({ ...r, state: "pending" as const, attempts: 0, createdAt: now, updatedAt: now })))
      .onConflictDoUpdate({
        target: reminders.key,
        set: {
          state: "pending",
          dueAt: sql`excluded.due_at`,
          expiresAt: sql`excluded.expires_at`,
          payload: sql`excluded.payload`,
          notBefore: null,
          lastError: null,
          updatedAt: now,
        },
        setWhere: eq(reminders.state, "cancelled"),
      })
      .run();
  }
}

/** Inserts rows that do not exist yet and leaves existing ones alone (periodic planning, notices). */
export function planRowsOnce(db: DbOrTx, rows: NewReminder[], now: number): void {
  wakeIfDue(rows, now);
  for (let i = 0; i < rows.length; i += 200) {
    db.insert(reminders)
      .values(rows.slice(i, i + 200).map((r) => ({ ...r, state: "pending" as const, attempts: 0, createdAt: now, updatedAt: now })))
      .onConflictDoNothing()
      .run();
  }
}

/**
 * Cancels the meeting's pending reminders whose key is not in `keep`. Notices (a published agenda, news to a proposer,
 * an inspection request) are the news of changes already made and are never cancelled by a later change of the
 * meeting: publishing raises the meeting's SEQUENCE, which must not drop a late proposal's notice still in the queue.
 */
export function cancelPendingOfMeeting(db: DbOrTx, meetingId: string, keep: string[], reason: string, now: number): number {
  const conditions = [eq(reminders.meetingId, meetingId), eq(reminders.state, "pending"), notInArray(reminders.kind, [...NOTICE_KINDS])];
  if (keep.length > 0) conditions.push(notInArray(reminders.key, keep));
  return db
    .update(reminders)
    .set({ state: "cancelled", lastError: reason, updatedAt: now })
    .where(and(...conditions))
    .run().changes;
}

/** Marks due rows past their expiry as failed ("stale") and returns them for the report; they are never sent. */
export function expireStale(db: DbOrTx, now: number): ReminderRow[] {
  return db
    .update(reminders)
    .set({ state: "failed", lastError: "stale: fell due while the bot was down, past its grace window", updatedAt: now })
    .where(and(eq(reminders.state, "pending"), lte(reminders.dueAt, now), lte(reminders.expiresAt, now)))
    .returning()
    .all();
}

/** Rows left in "sending" by a crashed process go back to pending (they may have been sent: at most one repeat). */
export function recoverSending(db: DbOrTx, now: number, olderThan = Number.MAX_SAFE_INTEGER): number {
  return db
    .update(reminders)
    .set({ state: "pending", updatedAt: now })
    .where(and(eq(reminders.state, "sending"), lt(reminders.claimedAt, olderThan)))
    .run().changes;
}

/**
 * Claims up to `limit` due rows (pending → sending) in one statement, oldest first. The claim counts no attempt
 * (issue 16 §3): a crash between claim and send must not age rows that were never tried.
 */
export function claimDue(db: DbOrTx, now: number, limit: number): ReminderRow[] {
  const due = db
    .select({ id: reminders.id })
    .from(reminders)
    // A literal 'pending' (not a bound parameter) lets SQLite use the partial index of pending rows.
    .where(and(sql`${reminders.state} = 'pending'`, lte(reminders.dueAt, now), or(isNull(reminders.notBefore), lte(reminders.notBefore, now))))
    .orderBy(asc(reminders.dueAt), asc(reminders.id))
    .limit(limit);
  return db
    .update(reminders)
    .set({ state: "sending", claimedAt: now, updatedAt: now })
    .where(and(inArray(reminders.id, due), eq(reminders.state, "pending")))
    .returning()
    .all()
    .sort((a, b) => a.dueAt - b.dueAt || a.id - b.id);
}

/**
 * The per-row marks run once per message, so they use prepared statements on the raw connection (drizzle's query
 * building costs more than the write itself). They take the Db, not a transaction handle.
 */
const marks = prepared((db: Db) => ({
  sent: db.$client.prepare("UPDATE reminders SET state = 'sent', attempts = attempts + 1, sent_at = ?, last_error = NULL, updated_at = ? WHERE id = ?"),
  finished: db.$client.prepare("UPDATE reminders SET state = ?, last_error = ?, updated_at = ? WHERE id = ?"),
  failedAfterSend: db.$client.prepare(
    "UPDATE reminders SET state = 'failed', attempts = attempts + 1, failures = failures + 1, last_error = ?, updated_at = ? WHERE id = ?",
  ),
}));

/** Sent: the one send made is counted. */
export function markSent(db: Db, id: number, now: number): void {
  marks(db).sent.run(now, now, id);
}

/** Failed for good; `attempted` when a send was made (a terminal answer), false when decided without sending. */
export function markFailed(db: Db, id: number, error: string, now: number, attempted = false): void {
  if (attempted) marks(db).failedAfterSend.run(error, now, id);
  else marks(db).finished.run("failed", error, now, id);
}

/** Not needed any more (the party proposed, minutes recorded, muted): cancelled with the reason. */
export function markSkipped(db: Db, id: number, reason: string, now: number): void {
  marks(db).finished.run("cancelled", reason, now, id);
}

/** A send made and answered "wait" (429) while the row stays claimed: one attempt, no failure. */
export function countAttempt(db: DbOrTx, id: number, error: string, now: number): void {
  db.update(reminders)
    .set({ attempts: sql`${reminders.attempts} + 1`, lastError: error, updatedAt: now })
    .where(eq(reminders.id, id))
    .run();
}

/**
 * What happened to a row that goes back to pending: `untried` (no send made: budget, a neighbour's rate limit),
 * `rate_limited` (sent, the platform said wait: an attempt, not a failure) or `failed` (sent, a temporary error).
 */
export type ReleaseOutcome = "untried" | "rate_limited" | "failed";

/** Back to pending, to be tried at `notBefore`, counting only sends that were made. */
export function release(db: DbOrTx, id: number, notBefore: number, error: string | null, outcome: ReleaseOutcome, now: number): void {
  db.update(reminders)
    .set({
      state: "pending",
      notBefore,
      lastError: error,
      updatedAt: now,
      ...(outcome === "untried" ? {} : { attempts: sql`${reminders.attempts} + 1` }),
      ...(outcome === "failed" ? { failures: sql`${reminders.failures} + 1` } : {}),
    })
    .where(eq(reminders.id, id))
    .run();
}

/** True when the outbox holds an invitation or change notice of this meeting still to post in this channel. */
export function channelNoticePending(db: DbOrTx, meetingId: string, platform: string, channelRef: string): boolean {
  const row = db
    .select({ id: reminders.id })
    .from(reminders)
    .where(
      and(
        eq(reminders.meetingId, meetingId),
        inArray(reminders.kind, ["invitation", "change"]),
        eq(reminders.state, "pending"),
        eq(reminders.targetKind, "channel"),
        eq(reminders.targetPlatform, platform),
        eq(reminders.targetRef, channelRef),
      ),
    )
    .get();
  return row !== undefined;
}
