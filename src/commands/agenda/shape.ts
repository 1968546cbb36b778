/** `agenda accept|reject|order|merge|standing|move|proposal`: the secretary, convener or admin shapes the agenda. */
import type { Reply } from "../../conversation/reply.js";
import { requireItem, type AgendaItemRow } from "../../services/agenda/items.js";
import { moveItem } from "../../services/agenda/move.js";
import {
  acceptItem,
  addStandingItems,
  checkRejectable,
  mergeItems,
  orderItems,
  rejectItem,
  requireMayShapeAgenda,
  setProposal,
} from "../../services/agenda/shape.js";
import { requireMeeting, type MeetingRow } from "../../services/meetings.js";
import type { ForumRow } from "../../services/forums.js";
import { UserError } from "../../errors.js";
import { formatList } from "../../i18n/format.js";
import type { Args } from "../command.js";
import type { Context } from "../context.js";
import { changedReply } from "./after-change.js";
import { rejectForm } from "./form-shapes.js";
import { looksLikeMeetingId } from "../../domain/meeting-id.js";
import { resolveTarget } from "./target.js";

export async function acceptSub(ctx: Context, args: Args): Promise<Reply> {
  const { meeting, forum, used } = resolveTarget(ctx, args.words, "agenda.usage.accept");
  const found = requireItem(ctx.db, meeting.id, args.words[used]);
  const item = acceptItem(ctx, forum, found);
  return changedReply(ctx, meeting.id, [ctx.t("agenda.done.accepted", { number: item.number, meeting: meeting.id, title: item.title })], true);
}

export async function rejectAndAnswer(ctx: Context, meeting: MeetingRow, forum: ForumRow, item: AgendaItemRow, reason: string): Promise<Reply> {
  const after = rejectItem(ctx, forum, item, reason);
  return changedReply(
    ctx,
    meeting.id,
    [ctx.t("agenda.done.rejected", { number: after.number, meeting: meeting.id, title: after.title, reason: after.rejectReason ?? "" })],
    true,
  );
}

export async function rejectSub(ctx: Context, args: Args): Promise<Reply> {
  const { meeting, forum, used } = resolveTarget(ctx, args.words, "agenda.usage.reject");
  requireMayShapeAgenda(ctx, forum);
  const item = requireItem(ctx.db, meeting.id, args.words[used]);
  const reason = args.rest(used + 1);
  checkRejectable(ctx, item);
  if (!reason) return rejectForm(ctx, meeting.id, item.number);
  return rejectAndAnswer(ctx, meeting, forum, item, reason);
}

export function orderSub(ctx: Context, args: Args): Reply {
  const { meeting, forum, used } = resolveTarget(ctx, args.words, "agenda.usage.order");
  const numbers = args.words
    .slice(used)
    .flatMap((w) => w.split(","))
    .filter(Boolean);
  const ordered = orderItems(ctx, meeting, forum, numbers);
  const shown = ordered.filter((i) => i.state !== "withdrawn" && i.state !== "rejected" && i.mergedIntoId === null).map((i) => `#${i.number}`);
  return changedReply(ctx, meeting.id, [ctx.t("agenda.done.ordered", { meeting: meeting.id, numbers: shown.join(", ") })], true);
}

export async function mergeSub(ctx: Context, args: Args): Promise<Reply> {
  const { meeting, forum, used } = resolveTarget(ctx, args.words, "agenda.usage.merge");
  const item = requireItem(ctx.db, meeting.id, args.words[used]);
  const into = requireItem(ctx.db, meeting.id, args.words[used + 1]);
  const after = mergeItems(ctx, forum, item, into);
  return changedReply(ctx, meeting.id, [ctx.t("agenda.done.merged", { number: after.number, into: into.number, title: into.title })], true);
}

export function standingSub(ctx: Context, args: Args): Reply {
  const { meeting, forum } = resolveTarget(ctx, args.words, "agenda.usage.standing");
  const added = addStandingItems(ctx, meeting, forum);
  const titles = formatList(
    added.map((i) => `#${i.number} ${ctx.t(`agenda.standing.${i.standingKey!}`)}`),
    ctx.locale,
  );
  const line = added.length ? ctx.t("agenda.done.standing", { meeting: meeting.id, titles }) : ctx.t("agenda.done.standingNone", { meeting: meeting.id });
  return changedReply(ctx, meeting.id, [line], true);
}

export async function moveSub(ctx: Context, args: Args): Promise<Reply> {
  const { meeting, forum, used } = resolveTarget(ctx, args.words, "agenda.usage.move");
  const item = requireItem(ctx.db, meeting.id, args.words[used]);
  const targetWord = args.words[used + 1];
  if (targetWord && !looksLikeMeetingId(targetWord)) {
    throw new UserError("error.badArgument", { value: targetWord, what: ctx.t("agenda.field.meeting"), usage: ctx.t("agenda.usage.move") });
  }
  const target = targetWord ? requireMeeting(ctx.db, targetWord) : undefined;
  const moved = moveItem(ctx, meeting, forum, item, target);
  const line = ctx.t("agenda.done.moved", { number: item.number, target: moved.target.id, newNumber: moved.item.number, title: item.title });
  return changedReply(ctx, meeting.id, [line], true);
}

export function proposalSub(ctx: Context, args: Args): Reply {
  const { meeting, forum, used } = resolveTarget(ctx, args.words, "agenda.usage.proposal");
  const item = requireItem(ctx.db, meeting.id, args.words[used]);
  const after = setProposal(ctx, forum, item, args.rest(used + 1));
  return changedReply(ctx, meeting.id, [ctx.t("agenda.done.proposal", { number: after.number })], true);
}
