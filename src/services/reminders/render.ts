/**
 * Renders one outbox row as a Reply in the recipient's language: what, when, where and what to do, with buttons
 * (propose an item, get the .ics, open the meeting) so nobody has to open an attachment to know when and where.
 */
import type { Db } from "../../../db/connection.js";
import { inviteAttachment } from "../invite.js";
import type { Action, Block, Reply } from "../../conversation/reply.js";
import { assertNever, reply } from "../../conversation/reply.js";
import { t, translator, type MessageKey, type Params } from "../../i18n/catalog.js";
import type { CommandForms } from "../../i18n/command-forms.js";
import { formatDate, formatDateTime, formatSpan, formatTime, formatLocalDate } from "../../i18n/format.js";
import { localized, type Locale } from "../../i18n/locale.js";
import type { MeetingRow } from "../meetings.js";
import type { ForumRow } from "../forums.js";
import { meetingReaders } from "../chat-accounts.js";
import { answersSummary } from "../record/quorum.js";
import { itemById } from "../agenda/items.js";
import { lateProposalMessage } from "../agenda/late-notice.js";
import { announcementMessage } from "../decisions/present.js";
import { decisionById } from "../decisions/queries.js";
import type { ReminderRow } from "./outbox.js";
import { restoreReply, type OutboxPayload } from "./payload.js";

export interface RenderInput {
  db: Db;
  row: ReminderRow;
  /** The row's payload, validated (payload.ts). */
  payload: OutboxPayload;
  locale: Locale;
  zone: string;
  now: number;
  publicUrl: string;
  meeting?: MeetingRow;
  forum?: ForumRow;
  agendaDeadlineAt?: number;
  /** The recipient's party name (agenda deadline nudge). */
  partyName?: string;
  /** How the recipient types a command where the message goes (i18n/command-forms.ts); bare words when absent. */
  forms?: CommandForms;
}

type Tr = (key: MessageKey, params?: Params) => string;
type Of<K extends OutboxPayload["kind"]> = Extract<OutboxPayload, { kind: K }>;

function meetingParams(input: RenderInput): Params {
  const { meeting, forum, locale, zone } = input;
  if (!meeting || !forum) return {};
  return {
    id: meeting.id,
    forum: localized(forum.names, locale),
    when: formatSpan(meeting.startsAt, meeting.endsAt, locale, zone),
    time: formatTime(meeting.startsAt, locale, zone),
    date: formatDate(meeting.startsAt, locale, zone),
    deadline: input.agendaDeadlineAt !== undefined ? formatDateTime(input.agendaDeadlineAt, locale, zone) : "—",
  };
}

function meetingFacts(input: RenderInput, tr: (key: MessageKey, params?: Params) => string, withDeadline: boolean): Block {
  const p = meetingParams(input);
  const where = [input.meeting?.place, input.meeting?.onlineUrl].filter(Boolean).join(" · ") || tr("reminders.noPlace");
  const facts = [
    { label: tr("reminders.when"), value: String(p.when) },
    { label: tr("reminders.where"), value: where },
  ];
  if (withDeadline) facts.push({ label: tr("reminders.deadline"), value: String(p.deadline) });
  return { kind: "facts", facts };
}

function buttons(
  input: RenderInput,
  tr: (key: MessageKey) => string,
  which: ("propose" | "ics" | "meeting" | "agenda" | "minutes" | "approve" | "attend" | "absent")[],
): Block {
  const id = input.meeting?.id ?? "";
  const table: Record<(typeof which)[number], Action> = {
    propose: { kind: "button", label: tr("reminders.button.propose"), command: `agenda add ${id}`, style: "primary" },
    ics: { kind: "button", label: tr("reminders.button.ics"), command: `invite ${id}` },
    meeting: { kind: "button", label: tr("reminders.button.meeting"), command: `meeting ${id}` },
    agenda: { kind: "button", label: tr("reminders.button.agenda"), command: `agenda ${id}` },
    minutes: { kind: "button", label: tr("reminders.button.minutes"), command: `minutes ${id}` },
    approve: { kind: "button", label: tr("reminders.button.approve"), command: `minutes approve ${id}`, style: "primary", settles: true },
    // Members answer the invitation where they read it (issue 15 point 4); the answer pre-fills the attendance.
    attend: { kind: "button", label: tr("record.answer.buttonAttend"), command: `attend ${id}`, settles: true },
    absent: { kind: "button", label: tr("record.answer.buttonAbsent"), command: `absent ${id}`, settles: true },
  };
  return { kind: "actions", actions: which.map((w) => table[w]) };
}

/**
 * Posted in a forum's channel, the invitation's answer buttons are each member's own: every voting member (and whoever
 * manages the meetings) sees the meeting as they should, with their answer buttons (src/conversation/reply.ts PerReader).
 */
function invitationReaders(input: RenderInput): Pick<Reply, "perReader"> {
  const { meeting, forum, db } = input;
  if (!meeting || !forum) return {};
  return { perReader: meetingReaders(db, meeting.id, forum) };
}

const RENDERERS = {
  invitation(input: RenderInput, tr: Tr) {
    const p = meetingParams(input);
    const invite = input.meeting
      ? inviteAttachment(input.db, input.meeting, "REQUEST", { publicUrl: input.publicUrl, locale: input.locale, now: input.now })
      : undefined;
    return reply(
      [
        { kind: "heading", text: tr("reminders.invitation.title", p) },
        { kind: "text", text: tr("reminders.invitation.text", p) },
        meetingFacts(input, tr, true),
        buttons(input, tr, ["attend", "absent", "propose", "ics", "meeting"]),
      ],
      { visibility: "channel", attachments: invite ? [invite] : undefined, ...invitationReaders(input) },
    );
  },
  change(input: RenderInput, payload: Of<"change">, tr: Tr) {
    const p = meetingParams(input);
    if (payload.cancelled) {
      const invite = input.meeting
        ? inviteAttachment(input.db, input.meeting, "CANCEL", { publicUrl: input.publicUrl, locale: input.locale, now: input.now })
        : undefined;
      const blocks: Block[] = [
        { kind: "heading", text: tr("reminders.cancelled.title", p) },
        { kind: "text", text: tr("reminders.cancelled.text", p) },
      ];
      if (typeof payload.reason === "string" && payload.reason)
        blocks.push({ kind: "text", text: tr("reminders.cancelled.reason", { reason: payload.reason }) });
      return reply(blocks, { visibility: "channel", attachments: invite ? [invite] : undefined });
    }
    const moved = payload.beforeStartsAt !== undefined && payload.beforeStartsAt !== input.meeting?.startsAt;
    const before = moved ? formatSpan(payload.beforeStartsAt!, payload.beforeEndsAt ?? payload.beforeStartsAt!, input.locale, input.zone) : "";
    const invite = input.meeting
      ? inviteAttachment(input.db, input.meeting, "REQUEST", { publicUrl: input.publicUrl, locale: input.locale, now: input.now })
      : undefined;
    return reply(
      [
        { kind: "heading", text: tr("reminders.changed.title", p) },
        { kind: "text", text: moved ? tr("reminders.changed.moved", { ...p, before }) : tr("reminders.changed.place", p) },
        meetingFacts(input, tr, false),
        buttons(input, tr, ["ics", "meeting"]),
      ],
      { visibility: "channel", attachments: invite ? [invite] : undefined },
    );
  },
  agenda_call: (input: RenderInput, tr: Tr) =>
    reply([
      { kind: "heading", text: tr("reminders.agendaCall.title", meetingParams(input)) },
      { kind: "text", text: tr("reminders.agendaCall.text", meetingParams(input)) },
      meetingFacts(input, tr, true),
      buttons(input, tr, ["propose", "agenda", "ics"]),
    ]),
  agenda_deadline: (input: RenderInput, tr: Tr) =>
    reply([
      { kind: "heading", text: tr("reminders.agendaDeadline.title", meetingParams(input)) },
      { kind: "text", text: tr("reminders.agendaDeadline.text", { ...meetingParams(input), party: input.partyName ?? "—" }) },
      meetingFacts(input, tr, true),
      buttons(input, tr, ["propose", "agenda"]),
    ]),
  day_before: (input: RenderInput, tr: Tr) =>
    reply([
      { kind: "heading", text: tr("reminders.dayBefore.title", meetingParams(input)) },
      { kind: "text", text: tr("reminders.dayBefore.text", meetingParams(input)) },
      meetingFacts(input, tr, false),
      buttons(input, tr, ["agenda", "ics", "meeting"]),
    ]),
  hour_before: (input: RenderInput, tr: Tr) =>
    reply([
      { kind: "heading", text: tr("reminders.hourBefore.title", meetingParams(input)) },
      { kind: "text", text: tr("reminders.hourBefore.text", meetingParams(input)) },
      meetingFacts(input, tr, false),
      buttons(input, tr, ["agenda", "meeting"]),
    ]),
  minutes_due: (input: RenderInput, tr: Tr) =>
    reply([
      { kind: "heading", text: tr("reminders.minutesDue.title", meetingParams(input)) },
      { kind: "text", text: tr("reminders.minutesDue.text", meetingParams(input)) },
      buttons(input, tr, ["minutes", "meeting"]),
    ]),
  minutes_inspection: (input: RenderInput, tr: Tr) =>
    reply([
      { kind: "heading", text: tr("reminders.inspection.title", meetingParams(input)) },
      { kind: "text", text: tr("reminders.inspection.text", meetingParams(input)) },
      buttons(input, tr, ["minutes", "approve"]),
    ]),
  quorum_at_risk(input: RenderInput, tr: Tr) {
    const counts = input.meeting && input.forum ? answersSummary(input.db, input.meeting, input.forum) : undefined;
    const params = { ...meetingParams(input), ...(counts ?? { attend: 0, decline: 0, none: 0, needed: 0, members: 0 }) };
    return reply([
      { kind: "heading", text: tr("record.reminder.quorumTitle", params) },
      { kind: "text", text: tr("record.reminder.quorumText", params) },
      meetingFacts(input, tr, false),
      buttons(input, tr, ["meeting"]),
    ]);
  },
  measure_overdue(input: RenderInput, p: Of<"measure_overdue">, tr: Tr) {
    const title = localized(p.title as { fi: string }, input.locale);
    const params = { code: p.code ?? "", title, date: p.dueOn ? formatLocalDate(p.dueOn, input.locale) : "—", party: input.partyName ?? "—" };
    return reply([
      { kind: "heading", text: tr("reminders.measure.title", params) },
      { kind: "text", text: tr("reminders.measure.text", params) },
      {
        kind: "actions",
        actions: [{ kind: "button", label: tr("reminders.button.measureDone"), command: `measure ${params.code} done`, style: "primary", settles: true }],
      },
    ]);
  },
  duty_at_risk(input: RenderInput, p: Of<"duty_at_risk">, tr: Tr) {
    const rule = p.label ? localized(p.label as { fi: string }, input.locale) : tr(`calendar.duty.${p.ruleId}` as MessageKey);
    const forumName = input.forum ? localized(input.forum.names, input.locale) : p.forum;
    const duty = `${rule} (${forumName})`;
    const params = { duty, date: p.dueOn ? formatLocalDate(p.dueOn, input.locale) : "—", forum: p.forum ?? "<FORUM>" };
    return reply([
      { kind: "heading", text: tr("reminders.duty.title", params) },
      { kind: "text", text: tr("reminders.duty.text", params) },
      { kind: "actions", actions: [{ kind: "button", label: tr("reminders.button.duties"), command: "duties" }] },
    ]);
  },
};

/** Renders by the payload's kind; the switch is exhaustive, so a new kind fails the build until it is rendered. */
export function renderReminder(input: RenderInput): Reply {
  const typed = input.forms ? (translator(input.locale, input.forms) as Tr) : undefined;
  const tr: Tr = typed ?? ((key, params) => t(input.locale, key, params));
  const { payload } = input;
  switch (payload.kind) {
    case "invitation":
      return RENDERERS.invitation(input, tr);
    case "change":
      return RENDERERS.change(input, payload, tr);
    case "agenda_call":
    case "agenda_deadline":
    case "day_before":
    case "hour_before":
    case "minutes_due":
    case "minutes_inspection":
    case "quorum_at_risk":
      return RENDERERS[payload.kind](input, tr);
    case "measure_overdue":
      return RENDERERS.measure_overdue(input, payload, tr);
    case "duty_at_risk":
      return RENDERERS.duty_at_risk(input, payload, tr);
    case "decision_announced": {
      const decision = decisionById(input.db, payload.decisionId);
      if (!decision) throw new Error(`decision ${payload.decisionId} not found`); // prepare.ts skips such a row first
      return announcementMessage(input.db, decision, input.locale);
    }
    case "late_proposal": {
      const item = itemById(input.db, payload.itemId);
      if (!item) throw new Error(`agenda item ${payload.itemId} not found`); // prepare.ts skips such a row first
      return lateProposalMessage(tr, item);
    }
    case "agenda_published":
    case "inspection_request":
    case "proposer_notice":
    case "channel_disabled":
    case "indicator_fetch_failed":
      return restoreReply(payload.message);
    default:
      return assertNever(payload);
  }
}
