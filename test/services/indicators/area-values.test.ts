/** The rule of which value counts (typed over CSV over Sotkanet) and what stands for the region. Pure. */
import { describe, expect, it } from "vitest";
import { areaLines, countingValues, regionValues, type AreaValue } from "../../../src/services/goals/area-values.js";

const v = (area: string, year: number, value: number, source: AreaValue["source"]): AreaValue => ({ area, year, value, source });
const goalposts = { baselineValue: 10, targetValue: 8, direction: "lower" as const };

describe("counting values", () => {
  it("a typed value counts over CSV over Sotkanet, and the one it overrode is kept for display", () => {
    const counted = countingValues([v("kokkola", 2024, 9, "sotkanet"), v("kokkola", 2024, 9.5, "csv"), v("kokkola", 2024, 8.5, "manual")]);
    expect(counted).toEqual([{ counts: v("kokkola", 2024, 8.5, "manual"), overridden: v("kokkola", 2024, 9.5, "csv") }]);
    expect(countingValues([v("kokkola", 2024, 9, "sotkanet"), v("kokkola", 2024, 9, "manual")])[0]!.overridden).toBeUndefined();
  });

  it("the county's fetched value stands for the region unless a region-wide value was typed; the country never counts", () => {
    const values = [v("hva", 2023, 9.5, "sotkanet"), v("hva", 2024, 9, "sotkanet"), v("region", 2024, 8.9, "manual"), v("country", 2024, 12, "sotkanet")];
    expect(regionValues(values, "hva").filter((r) => r.partyId === null)).toEqual([
      { year: 2024, value: 8.9, partyId: null },
      { year: 2023, value: 9.5, partyId: null },
    ]);
    // A value typed for the county stays the county's: the mean of the parties applies as before.
    expect(regionValues([v("hva", 2024, 9, "manual")], "hva")).toEqual([{ year: 2024, value: 9, partyId: "hva" }]);
  });

  it("lines per party in the agreement's order, the country last, each with its own trend and status", () => {
    const lines = areaLines(
      [v("country", 2024, 12, "sotkanet"), v("kannus", 2023, 11, "sotkanet"), v("kannus", 2024, 7.5, "sotkanet"), v("hva", 2024, 10, "sotkanet")],
      goalposts,
      ["hva", "kannus"],
    );
    expect(lines.map((l) => [l.area, l.trend, l.status])).toEqual([
      ["hva", "none", "flat"],
      ["kannus", "down", "achieved"],
      ["country", "none", "worsening"],
    ]);
  });
});
