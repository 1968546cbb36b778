import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { yearArg } from "../../src/domain/year-arg.js";

describe("the year a command is about", () => {
  it("is the typed year, or this year in Helsinki — already next year at 00.30 on New Year's Day", () => {
    const newYear = DateTime.fromISO("2028-01-01T00:30", { zone: "Europe/Helsinki" }).toMillis();
    expect(yearArg("2027", newYear, "Europe/Helsinki")).toBe(2027);
    expect(yearArg(undefined, newYear, "Europe/Helsinki")).toBe(2028);
    expect(yearArg(undefined, newYear, "UTC")).toBe(2027);
  });

  it("refuses what is not a year", () => {
    for (const word of ["27", "20277", "1999", "2101", "vuosi"]) expect(yearArg(word, 0, "Europe/Helsinki")).toBeNull();
  });
});
