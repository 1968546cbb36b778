/** `agenda add|edit|withdraw`: a member proposes an item (by text or form), edits or withdraws their own. */
import { reply, textReply, type Reply } from "../../conversation/reply.js";
import { formatDateTime } from "../../i18n/format.js";
import { agendaDeadlineOf } from "../../services/agenda-deadline.js";
import { queuePersonNotice } from "../../services/broadcast.js";
import { withMessages } from "../../services/reminders/notices.js";
import { requireItem, type AgendaItemRow } from "../../services/agenda/items.js";
import { editItem, proposeItem, withdrawItem, type ProposalInput } from "../../services/agenda/propose.js";
import { mayShapeAgenda } from "../../services/agenda/shape.js";
import { findPerson } from "../../services/people.js";
import type { ForumRow } from "../../services/forums.js";
import { t as translate } from "../../i18n/catalog.js";
import { isLocale } from "../../i18n/locale.js";
import type { MeetingRow } from "../../services/meetings.js";
import type { Args } from "../command.js";
import type { Context } from "../context.js";
import { changedReply } from "./after-change.js";
import { acceptRejectButtons } from "./buttons.js";
import { addForm } from "./form-shapes.js";
import { resolveTarget } from "./target.js";
import { splitItemText } from "./text.js";

/** Proposes and answers; a late item also reaches the secretary with accept and reject buttons. */
export async function proposeAndAnswer(ctx: Context, meeting: MeetingRow, forum: ForumRow, input: ProposalInput): Promise<Reply> {
  // The proposal and, when late, the secretary's notice: one transaction.
  const item = withMessages(ctx.db, () => {
    const proposed = proposeItem(ctx, meeting, forum, input);
    if (proposed.state === "late") tellSecretaryOfLate(ctx, meeting, forum, proposed);
    return proposed;
  });
  const lines = [ctx.t("agenda.done.added", { number: item.number, meeting: meeting.id, title: item.title })];
  if (item.state === "late") {
    const deadline = formatDateTime(agendaDeadlineOf(meeting, forum), ctx.locale, meeting.zone);
    lines.push(ctx.t("agenda.done.addedLate", { deadline }));
  }
  return changedReply(ctx, meeting.id, lines, mayShapeAgenda(ctx, forum));
}

function tellSecretaryOfLate(ctx: Context, meeting: MeetingRow, forum: ForumRow, item: AgendaItemRow): void {
  const secretary = forum.secretaryId ? findPerson(ctx.db, forum.secretaryId) : undefined;
  if (!secretary || secretary.id === ctx.person?.id) return;
  const locale = isLocale(secretary.locale) ? secretary.locale : isLocale(ctx.region.defaultLocale) ? ctx.region.defaultLocale : "fi";
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(locale, key, params);
  queuePersonNotice(
    ctx.db,
    { kind: "late_proposal", key: `late:${meeting.id}:${item.id}`, subject: `meeting:${meeting.id}`, meetingId: meeting.id, forumId: forum.id, now: ctx.now },
    secretary.id,
    reply([
      { kind: "text", text: t("agenda.done.added", { number: item.number, meeting: meeting.id, title: item.title }) },
      { kind: "text", text: t("agenda.state.late") },
      { kind: "actions", actions: acceptRejectButtons(t, meeting.id, item.number) },
    ]),
  );
}

export async function addSub(ctx: Context, args: Args): Promise<Reply> {
  const { meeting, forum, used } = resolveTarget(ctx, args.words, "agenda.usage.add");
  const text = args.rest(used);
  if (!text) return addForm(ctx, meeting, forum);
  const parsed = splitItemText(text);
  return proposeAndAnswer(ctx, meeting, forum, parsed);
}

export function editSub(ctx: Context, args: Args): Reply {
  const { meeting, forum, used } = resolveTarget(ctx, args.words, "agenda.usage.edit");
  const item = requireItem(ctx.db, meeting.id, args.words[used]);
  const parsed = splitItemText(args.rest(used + 1));
  const after = editItem(ctx, meeting, forum, item, parsed);
  return changedReply(
    ctx,
    meeting.id,
    [ctx.t("agenda.done.edited", { number: after.number, meeting: meeting.id, title: after.title })],
    mayShapeAgenda(ctx, forum),
  );
}

export function withdrawSub(ctx: Context, args: Args): Reply {
  const { meeting, forum, used } = resolveTarget(ctx, args.words, "agenda.usage.withdraw");
  const item = requireItem(ctx.db, meeting.id, args.words[used]);
  const after = withdrawItem(ctx, meeting, item);
  if (!mayShapeAgenda(ctx, forum)) return textReply(ctx.t("agenda.done.withdrawn", { number: after.number, meeting: meeting.id, title: after.title }));
  return changedReply(ctx, meeting.id, [ctx.t("agenda.done.withdrawn", { number: after.number, meeting: meeting.id, title: after.title })], true);
}
