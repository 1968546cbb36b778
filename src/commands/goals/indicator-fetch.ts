/**
 * `indicator fetch [GOAL|INDICATOR]` (fi `mittari hae`, sv `indikator hämta`): fetches the tied indicators' values
 * from THL Sotkanet now. The use case decides which the person may fetch: admins any; others the indicators of goals
 * their party is responsible for.
 */
import { reply } from "../../conversation/reply.js";
import { UserError } from "../../errors.js";
import { findGoal, findIndicator } from "../../services/goals/queries.js";
import { sotkanetClientFor } from "../../services/sotkanet/index.js";
import { fetchIndicators, type FetchTarget } from "../../services/sotkanet/fetch-indicators.js";
import { fetchReportBlocks } from "../../services/sotkanet/present.js";
import type { Args } from "../command.js";
import type { Context } from "../context.js";

export const FETCH_WORDS = ["fetch", "hae", "päivitä", "hämta", "uppdatera"];

export async function runIndicatorFetch(ctx: Context, args: Args) {
  const typed = args.words[1];
  let target: FetchTarget | undefined;
  if (typed) {
    const indicator = findIndicator(ctx.db, ctx.region.id, typed);
    const goal = indicator ? undefined : findGoal(ctx.db, ctx.region.id, typed);
    if (!indicator && !goal) throw new UserError("sotkanet.unknownTarget", { code: typed });
    target = indicator ? { code: typed, indicatorId: indicator.id } : { code: typed, goalId: goal!.id };
  }
  const { codes, report } = await fetchIndicators(ctx, sotkanetClientFor(ctx.config), ctx.region.id, target);
  ctx.log.info({ ok: report.ok, indicators: codes }, "sotkanet fetch");
  return reply(fetchReportBlocks(ctx.db, ctx.region.id, report, ctx.locale, ctx.zone, ctx.config.sotkanet.timeoutMs / 1000));
}
