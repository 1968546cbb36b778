/** `goals` lists the agreement's goals by workbook area, each with its derived status and measures done. */
import { reply, type Block } from "../../conversation/reply.js";
import { localized } from "../../i18n/locale.js";
import { overviewsOf } from "../../services/goals/overview.js";
import { listGoals } from "../../services/goals/queries.js";
import type { CommandSpec } from "../command.js";

export const goalsCommand: CommandSpec = {
  name: "goals",
  aliases: { fi: ["tavoitteet"], sv: ["målen"] },
  summary: "cmd.goals",
  usage: "usage.goals",
  run(ctx) {
    const goals = listGoals(ctx.db, ctx.region.id);
    if (goals.length === 0) return reply([{ kind: "text", text: ctx.t("goals.none") }]);
    const blocks: Block[] = [{ kind: "heading", text: ctx.t("goals.title") }];
    const overviews = overviewsOf(ctx.db, goals, ctx.now, ctx.zone, undefined, { statusOnly: true });
    const areas = [...new Set(goals.map((g) => g.area))];
    for (const area of areas) {
      const items = overviews
        .filter((o) => o.goal.area === area)
        .map((o) => {
          const g = o.goal;
          return ctx.t("goals.item", {
            code: g.code,
            title: localized(g.title, ctx.locale),
            status: ctx.t(`goals.status.${o.status}`),
            done: o.measures.filter((m) => m.status === "done").length,
            total: o.measures.length,
          });
        });
      blocks.push({ kind: "text", text: `**${area}**` }, { kind: "list", items });
    }
    return reply(blocks);
  },
};
