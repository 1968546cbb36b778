/** The recorder's private answer after a decision or an amendment is recorded (and, by its use case, announced). */
import { reply, type Reply } from "../../conversation/reply.js";
import { t } from "../../i18n/catalog.js";
import type { Announced } from "../../services/decisions/announce.js";
import { decisionBlocks } from "../../services/decisions/present.js";
import { viewDecision } from "../../services/decisions/queries.js";
import { labelDecision, labelDecisionId } from "../../services/decisions/section-ref.js";
import type { Context } from "../context.js";

export function announcedReply(ctx: Context, { decision, posted }: Announced): Reply {
  const label = labelDecision(ctx.db, decision, ctx.locale);
  const headline = decision.amendmentOfId
    ? t(ctx.locale, "decision.amended", { label, original: labelDecisionId(ctx.db, decision.amendmentOfId, ctx.locale) ?? "" })
    : t(ctx.locale, "decision.recorded", { label, title: decision.title });
  const blocks = [{ kind: "text" as const, text: headline }, ...decisionBlocks(ctx.db, viewDecision(ctx.db, decision), ctx.locale)];
  if (posted > 0) blocks.push({ kind: "text", text: t(ctx.locale, "decision.posted") });
  return reply(blocks, { summary: headline });
}
