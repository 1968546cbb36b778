/**
 * `decisions [FORUM] [#T3] [YEAR] [words]` finds decisions in the forums the asker may read, newest first.
 * In a forum's channel the forum defaults to that one.
 */
import { reply } from "../../conversation/reply.js";
import { canRead } from "../../services/access.js";
import { viewDecision } from "../../services/decisions/queries.js";
import { searchDecisions } from "../../services/decisions/search.js";
import { requireGoal } from "../../services/goals/queries.js";
import { findForum, listForums } from "../../services/forums.js";
import type { CommandSpec } from "../command.js";
import { decisionLine } from "./present.js";

const SHOWN = 20;

export const decisionsCommand: CommandSpec = {
  name: "decisions",
  aliases: { fi: ["päätökset"], sv: ["besluten"] },
  summary: "cmd.decisions",
  usage: "usage.decisions",
  run(ctx, args) {
    let forum = ctx.boundForum;
    let goalId: number | undefined;
    let year: number | undefined;
    const words: string[] = [];
    for (const word of args.words) {
      const asForum = /^[A-Za-zÅÄÖåäö0-9_]+$/.test(word) ? findForum(ctx.db, ctx.region.id, word) : undefined;
      if (word.startsWith("#")) goalId = requireGoal(ctx.db, ctx.region.id, word).id;
      else if (/^(19|20)\d{2}$/.test(word)) year = Number(word);
      else if (asForum && words.length === 0) forum = asForum;
      else words.push(word);
    }
    const readable = (forum ? [forum] : listForums(ctx.db, ctx.region.id)).filter((f) => canRead(ctx, f));
    const found = searchDecisions(ctx.db, {
      forumIds: readable.map((f) => f.id),
      ...(goalId ? { goalId } : {}),
      ...(year ? { year } : {}),
      words: words.join(" "),
    });
    if (found.length === 0) return reply([{ kind: "text", text: ctx.t("decisions.none") }]);
    const items = found.slice(0, SHOWN).map((d) => decisionLine(ctx.db, viewDecision(ctx.db, d), ctx.locale));
    const blocks = [
      { kind: "heading" as const, text: ctx.t("decisions.title", { count: found.length }) },
      { kind: "list" as const, items },
    ];
    if (found.length > SHOWN) return reply([...blocks, { kind: "text", text: ctx.t("decisions.more", { count: found.length - SHOWN }) }]);
    return reply(blocks);
  },
};
