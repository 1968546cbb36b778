/**
 * Notices: the messages a change causes (published agenda, decision announcement, inspection request, news to a
 * proposer, the secretary's notice of a disabled channel), written as outbox rows in the change's transaction
 * (issue 14 §1). Each row's key is the notice's key plus its recipient, so the same change written twice (a
 * retried request) queues each message once. Most messages are rendered now, in the recipient's language; a decision
 * announcement and a late proposal name their record and are rendered when sent (payload.ts).
 */
import type { Db, DbOrTx } from "../../../db/connection.js";
import type { Reply } from "../../conversation/reply.js";
import { planRowsOnce, type NewReminder } from "./outbox.js";
import { outboxPayload, storeReply, type MessageNoticeKind, type NoticeKind, type RecordNoticePayload, type SendTimeFiles } from "./payload.js";
import { recipientKey, type Recipient } from "./recipients.js";

/** How long a notice that could not go out (platform down) is still worth sending. */
const NOTICE_GRACE_MS = 7 * 24 * 3_600_000;

export interface Notice {
  kind: NoticeKind;
  /** What and which occurrence, e.g. `agenda:JYF-2027-2:v3`; the recipient is appended. */
  key: string;
  /** The thing it is about: `meeting:<id>`, `decision:<id>`, `forum:<code>`. */
  subject: string;
  meetingId?: string | null;
  forumId?: number | null;
  now: number;
  /** Files to render and attach when each message is sent (the minutes for an inspection request). */
  attach?: SendTimeFiles;
}

/** A notice that carries its rendered message. */
export type MessageNotice = Notice & { kind: MessageNoticeKind };

export interface Addressed {
  to: Recipient;
  message: Reply;
}

/** Queues one row per recipient (existing keys are left alone) and wakes the running sender; returns rows written. */
export function queueNotice(db: DbOrTx, notice: MessageNotice, addressed: Addressed[]): number {
  return queueRows(
    db,
    notice,
    addressed.map(({ to, message }) => ({ to, payload: { message: storeReply(message), ...(notice.attach ? { attach: notice.attach } : {}) } })),
  );
}

/**
 * Queues a notice whose message is rendered from the record when it is sent, in each recipient's language (a decision
 * announcement: `{ decisionId }`, a late proposal: `{ itemId }`); the payload is checked against its kind's schema before anything is written.
 */
export function queueRecordNotice<K extends RecordNoticePayload["kind"]>(
  db: DbOrTx,
  notice: Notice & { kind: K },
  to: Recipient[],
  payload: Omit<Extract<RecordNoticePayload, { kind: K }>, "kind">,
): number {
  const checked = outboxPayload.parse({ ...payload, kind: notice.kind });
  const { kind: _, ...stored } = checked;
  return queueRows(
    db,
    notice,
    to.map((recipient) => ({ to: recipient, payload: stored })),
  );
}

function queueRows(db: DbOrTx, notice: Notice, addressed: { to: Recipient; payload: Record<string, unknown> }[]): number {
  const rows: NewReminder[] = addressed.map(({ to, payload }) => ({
    key: `${notice.key}:${recipientKey(to)}`,
    kind: notice.kind,
    subject: notice.subject,
    meetingId: notice.meetingId ?? null,
    forumId: notice.forumId ?? null,
    targetKind: to.targetKind,
    targetPlatform: to.targetPlatform,
    targetRef: to.targetRef,
    personId: to.personId,
    dueAt: notice.now,
    expiresAt: notice.now + NOTICE_GRACE_MS,
    payload,
  }));
  if (rows.length === 0) return 0;
  planRowsOnce(db, rows, notice.now); // due now: wakes the running sender (wake.ts)
  return rows.length;
}

/**
 * Runs a change and the queueing of the messages it causes as one transaction: a use case's own transaction nests
 * inside as a savepoint (better-sqlite3), so either both are written or neither (issue 14 §1).
 */
export function withMessages<T>(db: Db, change: () => T): T {
  return db.transaction(() => change());
}
