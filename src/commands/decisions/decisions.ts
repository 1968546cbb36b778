/**
 * `decisions [FORUM] [#T3] [YEAR] [words] [page N]` finds decisions in the forums the asker may read: the best
 * matches first when words are given, else the newest; twenty a page, with the total. In a forum's channel the forum
 * defaults to that one.
 */
import { reply, type Block } from "../../conversation/reply.js";
import { readableDecisions } from "../../services/decisions/search.js";
import { requireGoal } from "../../services/goals/queries.js";
import { findForum } from "../../services/forums.js";
import type { CommandSpec } from "../command.js";
import { decisionLines } from "./present.js";

const SHOWN = 20;
/** The word before a page number, in any language: `decisions hyte page 2`, `päätökset hyte sivu 2`. */
const PAGE_WORDS = new Set(["page", "sivu", "sida"]);

export const decisionsCommand: CommandSpec = {
  name: "decisions",
  aliases: { fi: ["päätökset"], sv: ["besluten"] },
  summary: "cmd.decisions",
  usage: "usage.decisions",
  run(ctx, args) {
    let forum = ctx.boundForum;
    let goalId: number | undefined;
    let year: number | undefined;
    let page = 1;
    const words: string[] = [];
    /** The search as typed, without its page: the "show more" button repeats it with the next page. */
    const search: string[] = [];
    for (let i = 0; i < args.words.length; i++) {
      const word = args.words[i]!;
      const next = args.words[i + 1];
      if (PAGE_WORDS.has(word.toLowerCase()) && next && /^[1-9]\d{0,4}$/.test(next)) {
        page = Number(next);
        i++;
        continue;
      }
      search.push(word);
      const asForum = /^[A-Za-zÅÄÖåäö0-9_]+$/.test(word) ? findForum(ctx.db, ctx.region.id, word) : undefined;
      if (word.startsWith("#")) goalId = requireGoal(ctx.db, ctx.region.id, word).id;
      else if (/^(19|20)\d{2}$/.test(word)) year = Number(word);
      else if (asForum && words.length === 0) forum = asForum;
      else words.push(word);
    }
    const found = readableDecisions(ctx, ctx.region.id, { forum, goalId, year, words: words.join(" ") }, { limit: SHOWN, offset: (page - 1) * SHOWN });
    if (found.total === 0) return reply([{ kind: "text", text: ctx.t("decisions.none") }]);
    const pages = Math.ceil(found.total / SHOWN);
    const blocks: Block[] = [{ kind: "heading", text: ctx.t("decisions.title", { count: found.total }) }];
    if (found.rows.length > 0) blocks.push({ kind: "list", items: decisionLines(ctx.db, found.rows, ctx.locale) });
    if (pages > 1) blocks.push({ kind: "text", text: ctx.t("decisions.page", { page, pages }) });
    const after = found.total - Math.min(found.total, page * SHOWN);
    if (after > 0) {
      blocks.push({ kind: "text", text: ctx.t("decisions.more", { count: after, next: page + 1 }) });
      const command = ["decisions", ...search, "page", String(page + 1)].join(" ");
      blocks.push({ kind: "actions", actions: [{ kind: "button", label: ctx.t("decisions.showMore", { count: Math.min(after, SHOWN) }), command }] });
    }
    return reply(blocks);
  },
};
