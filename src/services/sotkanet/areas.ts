/**
 * Which Sotkanet regions to read for a region's parties: each party with a statistics code is looked up by its code
 * in the category of its kind (a municipality among KUNTA, the county among HYVINVOINTIALUE: the same code names
 * other areas in other categories — Kainuu's region code is 18 too), and the whole country (MAA) as the reference.
 */
import { SOTKANET_CATEGORY, sameStatisticsCode } from "../../domain/statistics-code.js";
import { COUNTRY_AREA } from "../goals/observations.js";
import type { PartyRow } from "../parties.js";
import type { SotkanetRegion } from "./client.js";

export interface Area {
  /** A party id or COUNTRY_AREA. */
  area: string;
  partyId: string | null;
  sotkanetId: number;
}

export interface AreaPlan {
  areas: Area[];
  /** Parties whose code Sotkanet does not know (in their category). */
  unknown: { partyId: string; code: string }[];
}

export function planAreas(parties: PartyRow[], regions: SotkanetRegion[]): AreaPlan {
  const areas: Area[] = [];
  const unknown: AreaPlan["unknown"] = [];
  for (const party of parties) {
    if (!party.statisticsCode) continue;
    const category = SOTKANET_CATEGORY[party.kind];
    const found = regions.find((r) => (category === undefined || r.category === category) && sameStatisticsCode(r.code, party.statisticsCode!));
    if (found) areas.push({ area: party.id, partyId: party.id, sotkanetId: found.id });
    else unknown.push({ partyId: party.id, code: party.statisticsCode });
  }
  const country = regions.find((r) => r.category === "MAA");
  if (country) areas.push({ area: COUNTRY_AREA, partyId: null, sotkanetId: country.id });
  return { areas, unknown };
}
