/**
 * `indicator fetch [GOAL|INDICATOR]` (fi `mittari hae`, sv `indikator hämta`): fetches the tied indicators' values
 * from THL Sotkanet now. Admins fetch any; others the indicators of goals their party is responsible for.
 */
import { reply } from "../../conversation/reply.js";
import { UserError } from "../../errors.js";
import { findGoal, findIndicator } from "../../services/goals/queries.js";
import { nameList, partyNames } from "../../services/names.js";
import { sotkanetClientFor } from "../../services/sotkanet/index.js";
import { fetchFromSotkanet, responsibleParties, tiedIndicators } from "../../services/sotkanet/fetch.js";
import { fetchReportBlocks } from "../../services/sotkanet/present.js";
import type { Args } from "../command.js";
import type { Context } from "../context.js";

export const FETCH_WORDS = ["fetch", "hae", "päivitä", "hämta", "uppdatera"];

export async function runIndicatorFetch(ctx: Context, args: Args) {
  const target = args.words[1];
  let only: { goalId?: number; indicatorId?: number } | undefined;
  if (target) {
    const indicator = findIndicator(ctx.db, ctx.region.id, target);
    const goal = indicator ? undefined : findGoal(ctx.db, ctx.region.id, target);
    if (!indicator && !goal) throw new UserError("sotkanet.unknownTarget", { code: target });
    only = indicator ? { indicatorId: indicator.id } : { goalId: goal!.id };
  }
  const tied = tiedIndicators(ctx.db, ctx.region.id, only);
  if (tied.length === 0) throw new UserError(target ? "sotkanet.notTied" : "sotkanet.noneTied", { code: target ?? "" });
  const mine = ctx.isAdmin ? tied : tied.filter((i) => ctx.person?.partyId && responsibleParties(ctx.db, i).includes(ctx.person.partyId));
  if (mine.length === 0) {
    const parties = [...new Set(tied.flatMap((i) => responsibleParties(ctx.db, i)))];
    throw new UserError("goals.notResponsible", { parties: nameList(partyNames(ctx.db, ctx.locale), parties, ctx.t("goals.noParties"), ctx.locale) });
  }
  const report = await fetchFromSotkanet({
    db: ctx.db,
    client: sotkanetClientFor(ctx.config),
    regionId: ctx.region.id,
    indicators: mine,
    actor: ctx.person!.id,
    now: ctx.now,
    zone: ctx.zone,
  });
  ctx.log.info({ ok: report.ok, indicators: mine.map((i) => i.code) }, "sotkanet fetch");
  return reply(fetchReportBlocks(ctx.db, ctx.region.id, report, ctx.locale, ctx.zone, ctx.config.sotkanet.timeoutMs / 1000));
}
