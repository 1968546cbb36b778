/**
 * The `indicator fetch` use case (issue 20 point 2, issue 14 point 3): which of the tied indicators the person may
 * fetch from THL Sotkanet (admins any; others those of goals their party is responsible for), refused naming the
 * responsible parties when none, and the fetch itself with the person as the audit actor.
 */
import { UserError } from "../../errors.js";
import { nameList, partyNames } from "../names.js";
import { actorOf, type UseCase } from "../use-case.js";
import type { SotkanetClient } from "./client.js";
import { fetchFromSotkanet, responsibleParties, tiedIndicators, type FetchReport, type TiedIndicator } from "./fetch.js";

/** One goal's or one indicator's, as typed (`code` names it in the reply); all tied indicators when absent. */
export interface FetchTarget {
  code: string;
  goalId?: number;
  indicatorId?: number;
}

/** The tied indicators of the target the person may fetch; refuses when there are none or none is theirs. */
export function fetchableIndicators(uc: UseCase, regionId: string, target?: FetchTarget): TiedIndicator[] {
  const only = target
    ? { ...(target.goalId !== undefined ? { goalId: target.goalId } : {}), ...(target.indicatorId !== undefined ? { indicatorId: target.indicatorId } : {}) }
    : undefined;
  const tied = tiedIndicators(uc.db, regionId, only);
  if (tied.length === 0) throw new UserError(target ? "sotkanet.notTied" : "sotkanet.noneTied", { code: target?.code ?? "" });
  if (uc.isAdmin) return tied;
  const partyId = uc.person?.partyId;
  const mine = partyId ? tied.filter((i) => responsibleParties(uc.db, i).includes(partyId)) : [];
  if (mine.length > 0) return mine;
  const parties = [...new Set(tied.flatMap((i) => responsibleParties(uc.db, i)))];
  throw new UserError("goals.notResponsible", { parties: nameList(partyNames(uc.db, uc.locale), parties, uc.t("goals.noParties"), uc.locale) });
}

export interface FetchedIndicators {
  /** The codes of the indicators fetched. */
  codes: string[];
  report: FetchReport;
}

/** Fetches the indicators the person may fetch (see `fetchableIndicators`) and stores their values. */
export async function fetchIndicators(uc: UseCase, client: SotkanetClient, regionId: string, target?: FetchTarget): Promise<FetchedIndicators> {
  const indicators = fetchableIndicators(uc, regionId, target);
  const report = await fetchFromSotkanet({ db: uc.db, client, regionId, indicators, actor: actorOf(uc), now: uc.now, zone: uc.zone });
  return { codes: indicators.map((i) => i.code), report };
}
