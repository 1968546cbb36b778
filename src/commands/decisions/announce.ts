/**
 * After a decision is recorded: tell the recorder (privately) and queue it in the outbox for the forum's channels in
 * the region's language, with its § and goals (call it inside the recording's transaction: withMessages).
 */
import { reply, type Reply } from "../../conversation/reply.js";
import { t } from "../../i18n/catalog.js";
import { isLocale } from "../../i18n/locale.js";
import { queueForumPost } from "../../services/broadcast.js";
import { viewDecision } from "../../services/decisions/queries.js";
import type { DecisionRow } from "../../services/decisions/record.js";
import { labelDecision, labelDecisionId } from "../../services/decisions/section-ref.js";
import type { Context } from "../context.js";
import { decisionBlocks } from "./present.js";

export function announceDecision(ctx: Context, row: DecisionRow): Reply {
  const view = viewDecision(ctx.db, row);
  const channelLocale = isLocale(ctx.region.defaultLocale) ? ctx.region.defaultLocale : "fi";
  const notice = {
    kind: "decision_announced" as const,
    key: `decision:${row.id}`,
    subject: `decision:${row.id}`,
    meetingId: row.meetingId,
    forumId: row.forumId,
    now: ctx.now,
  };
  const posted = queueForumPost(ctx.db, notice, reply(decisionBlocks(ctx.db, view, channelLocale), { visibility: "channel" }));
  const label = labelDecision(ctx.db, row, ctx.locale);
  const headline = row.amendmentOfId
    ? t(ctx.locale, "decision.amended", { label, original: labelDecisionId(ctx.db, row.amendmentOfId, ctx.locale) ?? "" })
    : t(ctx.locale, "decision.recorded", { label, title: row.title });
  const blocks = [{ kind: "text" as const, text: headline }, ...decisionBlocks(ctx.db, view, ctx.locale)];
  if (posted > 0) blocks.push({ kind: "text", text: t(ctx.locale, "decision.posted") });
  return reply(blocks, { summary: headline });
}
