import { describe, expect, it } from "vitest";
import { DEFAULT_COUNCIL_TERMS, termLabel, termOf } from "../../src/domain/council-terms.js";
import { periodOf, periodsBetween } from "../../src/domain/periods.js";

describe("council terms and cadence periods", () => {
  it("changes term between 31.5. and 1.6.", () => {
    expect(termOf("2029-05-31", DEFAULT_COUNCIL_TERMS)).toEqual({ startsOn: "2025-06-01", endsOn: "2029-05-31" });
    expect(termOf("2029-06-01", DEFAULT_COUNCIL_TERMS)).toEqual({ startsOn: "2029-06-01", endsOn: "2033-05-31" });
    expect(termOf("2025-05-31", DEFAULT_COUNCIL_TERMS)).toEqual({ startsOn: "2022-03-01", endsOn: "2025-05-31" });
  });

  it("continues four-year terms beyond the known list", () => {
    expect(termLabel(termOf("2040-01-01", DEFAULT_COUNCIL_TERMS)!)).toBe("2037–2041");
    expect(termOf("2021-12-31", DEFAULT_COUNCIL_TERMS)).toBeUndefined();
  });

  it("splits years into halves, quarters and months", () => {
    expect(periodOf("half_year", "2027-07-01", [])).toEqual({ kind: "half_year", startsOn: "2027-07-01", endsOn: "2027-12-31" });
    expect(periodOf("quarter", "2027-05-15", [])).toEqual({ kind: "quarter", startsOn: "2027-04-01", endsOn: "2027-06-30" });
    expect(periodOf("month", "2028-02-10", [])).toEqual({ kind: "month", startsOn: "2028-02-01", endsOn: "2028-02-29" });
    expect(periodsBetween("year", "2027-06-01", "2029-05-31", []).map((p) => p.startsOn)).toEqual(["2027-01-01", "2028-01-01", "2029-01-01"]);
  });
});
