/**
 * What the outbox will send and when (`reminders upcoming`), grouped per message (one line for all recipients of
 * one reminder), and for admins what failed or went stale in the last 30 days.
 */
import { and, asc, desc, eq, gte, inArray, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/connection.js";
import { reminders } from "../../../db/schema/index.js";
import { requireReadableForum, visibleForums, type ForumRow } from "../forums.js";
import type { UseCase } from "../use-case.js";
import type { ReminderRow } from "./outbox.js";

export interface UpcomingLine {
  dueAt: number;
  kind: string;
  subject: string;
  count: number;
}

export interface UpcomingFilter {
  /** Only these forums (undefined: every forum). */
  forumIds?: number[];
  /** Also rows addressed to this person outside those forums (their measures, inspections). */
  personId?: string;
  /** Admins see everything. */
  all?: boolean;
  limit?: number;
}

function scope(filter: UpcomingFilter) {
  if (filter.all && !filter.forumIds) return undefined;
  const parts = [
    filter.forumIds && filter.forumIds.length > 0 ? inArray(reminders.forumId, filter.forumIds) : undefined,
    filter.personId && !filter.all ? eq(reminders.personId, filter.personId) : undefined,
  ].filter((p) => p !== undefined);
  return parts.length > 0 ? or(...parts) : sql`0`;
}

/** A readable subject: the meeting id, the measure's code, the duty's forum. */
export function subjectLabel(row: Pick<ReminderRow, "subject" | "payload">): string {
  const [what, id] = row.subject.split(":");
  if (what === "meeting") return id ?? row.subject;
  if (what === "measure") return String(row.payload.code ?? row.subject);
  if (what === "duty") return `${row.payload.forum ?? ""} ${row.payload.law ?? row.payload.ruleId ?? ""}`.trim();
  return row.subject;
}

export function upcomingReminders(db: DbOrTx, filter: UpcomingFilter): UpcomingLine[] {
  const rows = db
    .select({
      dueAt: reminders.dueAt,
      kind: reminders.kind,
      subject: reminders.subject,
      payload: sql<string>`min(${reminders.payload})`,
      count: sql<number>`count(*)`,
    })
    .from(reminders)
    .where(and(eq(reminders.state, "pending"), scope(filter)))
    .groupBy(reminders.subject, reminders.kind, reminders.dueAt)
    .orderBy(asc(reminders.dueAt))
    .limit(filter.limit ?? 25)
    .all();
  return rows.map((r) => ({
    dueAt: r.dueAt,
    kind: r.kind,
    count: r.count,
    subject: subjectLabel({ subject: r.subject, payload: JSON.parse(r.payload ?? "{}") }),
  }));
}

export function recentFailures(db: DbOrTx, now: number, filter: UpcomingFilter): ReminderRow[] {
  return db
    .select()
    .from(reminders)
    .where(and(eq(reminders.state, "failed"), gte(reminders.updatedAt, now - 30 * 24 * 3_600_000), scope(filter)))
    .orderBy(desc(reminders.dueAt))
    .limit(filter.limit ?? 25)
    .all();
}

export interface Upcoming {
  forum: ForumRow | undefined;
  lines: UpcomingLine[];
  /** What failed or went stale in the last 30 days, in the same scope: for admins only, empty for everyone else. */
  failures: ReminderRow[];
}

/**
 * The `reminders upcoming [FORUM]` use case: one forum's coming reminders (refused naming it when private to the
 * person), or without one, everything for an admin and for others the forums they may read plus their own rows.
 * Admins also get the recent failures (their targets and errors are for the coordinator, issue 16 point 3).
 */
export function upcomingFor(uc: UseCase, regionId: string, forumCode?: string): Upcoming {
  const forum = forumCode ? requireReadableForum(uc, regionId, forumCode) : undefined;
  const filter: UpcomingFilter = forum
    ? { forumIds: [forum.id] }
    : uc.isAdmin
      ? { all: true }
      : { forumIds: visibleForums(uc, regionId).map((f) => f.id), personId: uc.person?.id };
  const failures = uc.isAdmin ? recentFailures(uc.db, uc.now, forum ? { forumIds: [forum.id] } : { all: true }) : [];
  return { forum, lines: upcomingReminders(uc.db, filter), failures };
}
