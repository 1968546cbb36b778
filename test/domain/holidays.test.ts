import { describe, expect, it } from "vitest";
import { finnishHolidays, holidayOn, holidaysBetween, isWorkingDay, previousWorkingDay } from "../../src/domain/holidays.js";

describe("Finnish holidays and working days", () => {
  const h2027 = finnishHolidays(2027);

  it("names Independence Day in three languages", () => {
    expect(holidayOn("2027-12-06", h2027)?.names).toEqual({ fi: "itsenäisyyspäivä", sv: "självständighetsdagen", en: "Independence Day" });
  });

  it("counts Midsummer Eve and Christmas Eve as days off, though the library calls them bank holidays", () => {
    expect(holidayOn("2027-06-25", h2027)?.names.fi).toBe("juhannusaatto");
    expect(holidayOn("2027-06-25", h2027)?.names.sv).toBe("midsommarafton");
    expect(holidayOn("2027-12-24", h2027)?.names.en).toBe("Christmas Eve");
    expect(isWorkingDay("2027-06-25", h2027)).toBe(false);
    expect(isWorkingDay("2027-12-24", h2027)).toBe(false);
  });

  it("keeps observances and New Year's Eve as working days", () => {
    expect(holidayOn("2027-05-09", h2027)).toBeUndefined(); // Mother's Day (a Sunday observance)
    expect(isWorkingDay("2027-12-31", h2027)).toBe(true);
  });

  it("knows weekends and moves back to the previous working day", () => {
    expect(isWorkingDay("2027-09-11", h2027)).toBe(false);
    expect(isWorkingDay("2027-09-13", h2027)).toBe(true);
    expect(previousWorkingDay("2027-12-26", h2027)).toBe("2027-12-23");
    expect(previousWorkingDay("2027-03-29", h2027)).toBe("2027-03-25"); // Easter Monday → before Good Friday
  });

  it("lists holidays across a year boundary", () => {
    expect(holidaysBetween("2027-12-20", "2028-01-07").map((h) => h.date)).toEqual(["2027-12-24", "2027-12-25", "2027-12-26", "2028-01-01", "2028-01-06"]);
  });
});
