/**
 * Official statistics codes of the parties, as Statistics Finland assigns them and THL Sotkanet lists them under
 * `/regions` (`code`): municipalities three digits ("272" Kokkola, "074" Halsua), wellbeing services counties and
 * regions (maakunta) two digits ("18" Central Ostrobothnia's county). Pure.
 */
export type CodedPartyKind = "wellbeing_county" | "municipality" | "regional_council" | "other";

/** Digits per kind; `other` (an NGO, a joint authority) has no fixed width. */
export const CODE_WIDTH: Record<CodedPartyKind, number | undefined> = {
  municipality: 3,
  wellbeing_county: 2,
  regional_council: 2,
  other: undefined,
};

/** The Sotkanet region category a party of each kind is found under (`other` is looked up in every category). */
export const SOTKANET_CATEGORY: Record<CodedPartyKind, string | undefined> = {
  municipality: "KUNTA",
  wellbeing_county: "HYVINVOINTIALUE",
  regional_council: "MAAKUNTA",
  other: undefined,
};

/** Pads a code written without its leading zeros ("74" → "074" for a municipality); undefined when too long. */
export function normalizeStatisticsCode(code: string, kind: CodedPartyKind): string | undefined {
  const width = CODE_WIDTH[kind];
  if (width === undefined) return code;
  if (code.length > width) return undefined;
  return code.padStart(width, "0");
}

/** Whether two codes name the same area, whatever leading zeros either side wrote ("074" and "74"). */
export function sameStatisticsCode(a: string, b: string): boolean {
  return /^\d+$/.test(a) && /^\d+$/.test(b) ? Number(a) === Number(b) : a === b;
}
