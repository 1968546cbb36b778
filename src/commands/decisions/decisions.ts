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
import { wordFor } from "../core/help.js";
import { PAGE_SIZE, pageFooter, readPaging } from "../paging.js";
import { decisionLines } from "../../services/decisions/present.js";

const SHOWN = PAGE_SIZE;

export const decisionsCommand: CommandSpec = {
  name: "decisions",
  aliases: { fi: ["päätökset"], sv: ["besluten"] },
  summary: "cmd.decisions",
  usage: "usage.decisions",
  run(ctx, args) {
    let forum = ctx.boundForum;
    let goalId: number | undefined;
    let year: number | undefined;
    const { page, words: search } = readPaging(args.words);
    const words: string[] = [];
    for (const word of search) {
      const asForum = /^[A-Za-zÅÄÖåäö0-9_]+$/.test(word) ? findForum(ctx.db, ctx.region.id, word) : undefined;
      if (word.startsWith("#")) goalId = requireGoal(ctx.db, ctx.region.id, word).id;
      else if (/^(19|20)\d{2}$/.test(word)) year = Number(word);
      else if (asForum && words.length === 0) forum = asForum;
      else words.push(word);
    }
    const found = readableDecisions(ctx, ctx.region.id, { forum, goalId, year, words: words.join(" ") }, { limit: SHOWN, offset: (page - 1) * SHOWN });
    if (found.total === 0) return reply([{ kind: "text", text: ctx.t("decisions.none") }]);
    // Past a hundred matches the count stops ("more than 100"): counting ten years of matches is what made a
    // search slow with history (issue 18).
    const blocks: Block[] = [{ kind: "heading", text: ctx.t(found.atLeast ? "decisions.titleAtLeast" : "decisions.title", { count: found.total }) }];
    if (found.rows.length > 0) blocks.push({ kind: "list", items: decisionLines(found.rows, ctx.locale) });
    // The "show more" button repeats the search as typed with the next page.
    const typed = [wordFor(decisionsCommand, ctx), ...search];
    blocks.push(...pageFooter(ctx, { page, total: found.total, words: typed, size: SHOWN, atLeast: found.atLeast }));
    return reply(blocks);
  },
};
