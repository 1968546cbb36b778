/** `agenda add|edit|withdraw`: a member proposes an item (by text or form), edits or withdraws their own. */
import { textReply, type Reply } from "../../conversation/reply.js";
import { formatDateTime } from "../../i18n/format.js";
import { agendaDeadlineOf } from "../../services/agenda-deadline.js";
import { requireItem } from "../../services/agenda/items.js";
import { editItem, proposeItem, withdrawItem, type ProposalInput } from "../../services/agenda/propose.js";
import { mayShapeAgenda } from "../../services/agenda/shape.js";
import type { ForumRow } from "../../services/forums.js";
import type { MeetingRow } from "../../services/meetings.js";
import type { Args } from "../command.js";
import type { Context } from "../context.js";
import { changedReply } from "./after-change.js";
import { addForm } from "./form-shapes.js";
import { resolveTarget } from "./target.js";
import { splitItemText } from "./text.js";

/** Proposes and answers; the use case also tells the secretary of a late item, with accept and reject buttons. */
export async function proposeAndAnswer(ctx: Context, meeting: MeetingRow, forum: ForumRow, input: ProposalInput): Promise<Reply> {
  const item = proposeItem(ctx, meeting, forum, input);
  const lines = [ctx.t("agenda.done.added", { number: item.number, meeting: meeting.id, title: item.title })];
  if (item.state === "late") {
    const deadline = formatDateTime(agendaDeadlineOf(meeting, forum), ctx.locale, meeting.zone);
    lines.push(ctx.t("agenda.done.addedLate", { deadline }));
  }
  return changedReply(ctx, meeting.id, lines, mayShapeAgenda(ctx, forum));
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
