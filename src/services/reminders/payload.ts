/**
 * The typed outbox payloads (issue 14 §4): one discriminated union by `kind`, validated with zod when a row is
 * read, so a row written by an older or another process cannot reach a renderer half-formed, and a renderer's
 * `switch` over `kind` ends in `assertNever` (a new kind fails the build until it is rendered).
 */
import { z } from "zod";
import type { Reply } from "../../conversation/reply.js";
import { REMINDER_KINDS } from "../../domain/reminder-kinds.js";

/**
 * Messages caused by one change (issue 14 §1): news of a change already made, so they go out even when the meeting
 * was cancelled since, and a meeting change does not cancel them.
 */
export const NOTICE_KINDS = [
  "agenda_published",
  "decision_announced",
  "inspection_request",
  "proposer_notice",
  "late_proposal",
  "channel_disabled",
  "indicator_fetch_failed",
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
/** Notices rendered from the record when they are sent, in the recipient's language; the payload names what. */
const RECORD_NOTICE_KINDS = ["decision_announced", "late_proposal"] as const;
/** Notices whose message is rendered in the change's transaction and stored with them. */
export type MessageNoticeKind = Exclude<NoticeKind, (typeof RECORD_NOTICE_KINDS)[number]>;
const MESSAGE_NOTICE_KINDS = NOTICE_KINDS.filter((k): k is MessageNoticeKind => !(RECORD_NOTICE_KINDS as readonly string[]).includes(k)) as [
  MessageNoticeKind,
  ...MessageNoticeKind[],
];
export const OUTBOX_KINDS = [...REMINDER_KINDS, ...NOTICE_KINDS] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export function isNoticeKind(kind: string): kind is NoticeKind {
  return (NOTICE_KINDS as readonly string[]).includes(kind);
}

const action = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("button"),
    label: z.string(),
    command: z.string(),
    style: z.enum(["primary", "danger"]).optional(),
    settles: z.boolean().optional(),
  }),
  z.object({ kind: z.literal("link"), label: z.string(), url: z.string() }),
]);

const block = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("heading"), text: z.string() }),
  z.object({ kind: z.literal("text"), text: z.string() }),
  z.object({ kind: z.literal("facts"), facts: z.array(z.object({ label: z.string(), value: z.string() })) }),
  z.object({ kind: z.literal("list"), items: z.array(z.string()), ordered: z.boolean().optional() }),
  z.object({ kind: z.literal("actions"), actions: z.array(action) }),
  z.object({ kind: z.literal("image"), url: z.string(), alt: z.string() }),
  z.object({ kind: z.literal("divider") }),
]);

/** A file as JSON: text as is, binary (a DOCX) as base64. */
const storedAttachment = z.object({
  filename: z.string(),
  contentType: z.string(),
  text: z.string().optional(),
  base64: z.string().optional(),
  url: z.string().optional(),
});

export const storedReply = z.object({
  blocks: z.array(block),
  visibility: z.enum(["private", "channel"]),
  summary: z.string().optional(),
  attachments: z.array(storedAttachment).optional(),
});
export type StoredReply = z.infer<typeof storedReply>;

const names = z.record(z.string(), z.string());

const reminderPayloads = [
  z.object({ kind: z.literal("invitation") }),
  z.object({
    kind: z.literal("change"),
    cancelled: z.boolean().optional(),
    reason: z.string().nullish(),
    beforeStartsAt: z.number().optional(),
    beforeEndsAt: z.number().optional(),
    beforePlace: z.string().nullish(),
  }),
  z.object({ kind: z.literal("agenda_call") }),
  z.object({ kind: z.literal("agenda_deadline"), partyId: z.string().optional() }),
  z.object({ kind: z.literal("day_before") }),
  z.object({ kind: z.literal("hour_before") }),
  z.object({ kind: z.literal("minutes_due") }),
  z.object({ kind: z.literal("minutes_inspection") }),
  z.object({ kind: z.literal("quorum_at_risk") }),
  z.object({
    kind: z.literal("duty_at_risk"),
    ruleId: z.string(),
    label: names.nullish(),
    law: z.string().nullish(),
    forum: z.string(),
    dueOn: z.string(),
    periodStartsOn: z.string().optional(),
  }),
  z.object({ kind: z.literal("measure_overdue"), code: z.string(), title: names, dueOn: z.string().nullish(), partyId: z.string().nullish() }),
] as const;

/**
 * Files rendered when the message is sent, not in the change's transaction: a DOCX is built asynchronously, and a
 * synchronous SQLite transaction cannot wait for it. `minutes`: the meeting's minutes as Markdown, HTML and DOCX.
 */
export const SEND_TIME_FILES = ["minutes"] as const;
export type SendTimeFiles = (typeof SEND_TIME_FILES)[number];

/** These notices carry their message, rendered in the recipient's language in the change's transaction. */
const noticePayload = z.object({ kind: z.enum(MESSAGE_NOTICE_KINDS), message: storedReply, attach: z.enum(SEND_TIME_FILES).optional() });

/** A decision recorded (or amended): its blocks are rendered from the record when sent (reminders/render.ts). */
const decisionAnnounced = z.object({ kind: z.literal("decision_announced"), decisionId: z.number().int().positive() });
/** An item proposed after the deadline, to the forum's secretary with accept and reject buttons (agenda/late-notice.ts). */
const lateProposal = z.object({ kind: z.literal("late_proposal"), itemId: z.number().int().positive() });

export const outboxPayload = z.discriminatedUnion("kind", [...reminderPayloads, noticePayload, decisionAnnounced, lateProposal]);
export type OutboxPayload = z.infer<typeof outboxPayload>;
export type NoticePayload = Extract<OutboxPayload, { kind: NoticeKind }>;
export type RecordNoticePayload = z.infer<typeof decisionAnnounced> | z.infer<typeof lateProposal>;

/** Reads a row's kind and JSON payload as one typed value; a clear error names what is wrong. */
export function parsePayload(row: { kind: string; payload: Record<string, unknown> }): { ok: true; payload: OutboxPayload } | { ok: false; error: string } {
  const parsed = outboxPayload.safeParse({ ...row.payload, kind: row.kind });
  if (parsed.success) return { ok: true, payload: parsed.data };
  return {
    ok: false,
    error: `payload of kind ${row.kind} is not valid: ${parsed.error.issues.map((i) => `${i.path.join(".") || "kind"}: ${i.message}`).join("; ")}`,
  };
}

/** A Reply as JSON for the outbox (forms are never sent proactively). */
export function storeReply(message: Reply): StoredReply {
  return {
    blocks: message.blocks,
    visibility: message.visibility,
    summary: message.summary,
    attachments: message.attachments?.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      url: a.url,
      ...(typeof a.content === "string" ? { text: a.content } : { base64: Buffer.from(a.content).toString("base64") }),
    })),
  };
}

export function restoreReply(stored: StoredReply): Reply {
  const attachments = stored.attachments?.map((a) => ({
    filename: a.filename,
    contentType: a.contentType,
    url: a.url,
    content: a.base64 !== undefined ? new Uint8Array(Buffer.from(a.base64, "base64")) : (a.text ?? ""),
  }));
  return { blocks: stored.blocks, visibility: stored.visibility, summary: stored.summary, ...(attachments ? { attachments } : {}) };
}
