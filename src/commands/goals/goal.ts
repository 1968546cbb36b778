/** `goal T3`: the goal, its indicators (baseline, target, latest, trend), measures and its decisions, newest first. */
import { reply, type Block } from "../../conversation/reply.js";
import { UserError } from "../../errors.js";
import { localized } from "../../i18n/locale.js";
import { readableGoalDecisions } from "../../services/decisions/search.js";
import { overviewOf, type IndicatorOverview } from "../../services/goals/overview.js";
import { DateTime } from "luxon";
import { formatDate } from "../../i18n/format.js";
import type { Context } from "../context.js";
import { requireGoal } from "../../services/goals/queries.js";
import { partyNames } from "../../services/names.js";
import type { CommandSpec } from "../command.js";
import { decisionLines } from "../../services/decisions/present.js";
import { decisionsCommand } from "../decisions/decisions.js";
import { wordFor } from "../core/help.js";
import { PAGE_SIZE, pageCommand, showMoreBlocks } from "../paging.js";
import { indicatorLine, measureLine, valuesLine } from "./present.js";
import { areaLines } from "../../services/goals/area-text.js";

/** Decisions shown in the goal view: as many as a page of `decisions #T3`, which lists the rest. */
const SHOWN = PAGE_SIZE;

export const goalCommand: CommandSpec = {
  name: "goal",
  aliases: { fi: ["tavoite"], sv: ["mål"] },
  summary: "cmd.goal",
  usage: "usage.goal",
  run(ctx, args) {
    const code = args.words[0];
    if (!code) throw new UserError("error.missingArgument", { what: "T3", usage: ctx.t("usage.goal") });
    const goal = requireGoal(ctx.db, ctx.region.id, code);
    const o = overviewOf(ctx.db, goal, ctx.now, ctx.zone);
    const partyName = partyNames(ctx.db, ctx.locale);
    const blocks: Block[] = [{ kind: "heading", text: `${goal.code} — ${localized(goal.title, ctx.locale)}` }];
    if (goal.description) blocks.push({ kind: "text", text: localized(goal.description, ctx.locale) });
    blocks.push(
      {
        kind: "facts",
        facts: [
          { label: ctx.t("goal.area"), value: goal.area },
          { label: ctx.t("goal.status"), value: ctx.t(`goals.status.${o.status}`) },
        ],
      },
      { kind: "heading", text: ctx.t("goal.indicators") },
      o.indicators.length === 0
        ? { kind: "text", text: ctx.t("goal.noIndicators") }
        : {
            kind: "list",
            items: o.indicators.map((i) =>
              i.series.length > 1 ? `${indicatorLine(i, ctx.locale)}; ${valuesLine(i, ctx.locale)}` : indicatorLine(i, ctx.locale),
            ),
          },
      ...indicatorDetails(o.indicators, ctx),
      { kind: "heading", text: ctx.t("goal.measures") },
      o.measures.length === 0
        ? { kind: "text", text: ctx.t("goal.noMeasures") }
        : { kind: "list", items: o.measures.map((m) => measureLine(m, ctx.locale, partyName)) },
      { kind: "heading", text: ctx.t("goal.decisions") },
    );
    // The newest page only: a goal collects decisions for the whole agreement term and more (issue 18).
    const found = readableGoalDecisions(ctx, ctx.region.id, goal.id, SHOWN);
    if (found.total === 0) blocks.push({ kind: "text", text: ctx.t("goal.noDecisions") });
    else blocks.push({ kind: "list", items: decisionLines(found.rows, ctx.locale) });
    // The rest is the goal's decision search from its second page: same order, so the button continues exactly.
    const next = pageCommand(ctx, [wordFor(decisionsCommand, ctx), `#${goal.code}`], 2);
    blocks.push(...showMoreBlocks(ctx, found.total - found.rows.length, next, SHOWN, found.atLeast));
    return reply(blocks);
  },
};

/** Per indicator its parties' and the country's values (issue 20 point 4), and THL's attribution when fetched. */
function indicatorDetails(indicators: IndicatorOverview[], ctx: Context): Block[] {
  const partyName = partyNames(ctx.db, ctx.locale);
  const blocks: Block[] = indicators.flatMap((o) => {
    const lines = areaLines(o, ctx.locale, partyName);
    return lines.length === 0
      ? []
      : [
          { kind: "text" as const, text: `**${ctx.t("goal.areas", { code: o.indicator.code })}**` },
          { kind: "list" as const, items: lines },
        ];
  });
  // The report's chart stack, one link per indicator with values (a link, not a file: cheap, and Teams cannot take files).
  const year = DateTime.fromMillis(ctx.now, { zone: ctx.zone }).year;
  const charted = indicators.filter((o) => o.series.length > 0 || o.areas.length > 0);
  if (charted.length > 0) {
    blocks.push({
      kind: "actions",
      actions: charted.map((o) => ({
        kind: "link" as const,
        label: ctx.t("goal.chart", { code: o.indicator.code }),
        url: `${ctx.config.publicUrl}/reports/${year}/${encodeURIComponent(o.indicator.code)}.png?lang=${ctx.locale}`,
      })),
    });
  }
  const fetched = indicators.map((o) => o.fetchedAt).filter((at): at is number => at !== undefined);
  if (fetched.length > 0)
    blocks.push({ kind: "text", text: `_${ctx.t("sotkanet.attribution", { date: formatDate(Math.max(...fetched), ctx.locale, ctx.zone) })}_` });
  return blocks;
}
