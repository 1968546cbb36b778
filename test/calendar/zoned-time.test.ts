/** The cached zone offsets agree with luxon (IANA) minute by minute around every change, in Helsinki and odd zones. */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { isRepeatedWallTime, offsetAt, wallTime } from "../../src/calendar/zoned-time.js";

describe("wallTime", () => {
  it("gives Helsinki wall-clock fields on both sides of the 2027 changes", () => {
    const spring = wallTime(Date.parse("2027-03-28T00:59:00Z"), "Europe/Helsinki");
    expect([spring.hour, spring.minute]).toEqual([2, 59]);
    const sprung = wallTime(Date.parse("2027-03-28T01:00:00Z"), "Europe/Helsinki");
    expect([sprung.hour, sprung.minute]).toEqual([4, 0]);
    const october = wallTime(Date.parse("2027-10-13T10:00:00Z"), "Europe/Helsinki");
    expect([october.year, october.month, october.day, october.hour]).toEqual([2027, 10, 13, 13]);
    expect(wallTime(Date.parse("2027-10-31T01:00:00Z"), "Europe/Helsinki").hour).toBe(3);
    expect(wallTime(Date.parse("2027-10-31T00:59:00Z"), "Europe/Helsinki").hour).toBe(3);
  });

  it("knows the repeated autumn hour (both of its instants) and nothing else", () => {
    // 31.10.2027 03.00–03.59 happens at 00:00–00:59Z (EEST) and again at 01:00–01:59Z (EET).
    for (const utc of ["2027-10-31T00:00:00Z", "2027-10-31T00:59:00Z", "2027-10-31T01:00:00Z", "2027-10-31T01:59:00Z"]) {
      expect(isRepeatedWallTime(Date.parse(utc), "Europe/Helsinki"), utc).toBe(true);
    }
    for (const utc of ["2027-10-30T23:59:00Z", "2027-10-31T02:00:00Z", "2027-03-28T00:59:00Z", "2027-03-28T01:00:00Z", "2027-10-13T10:00:00Z"]) {
      expect(isRepeatedWallTime(Date.parse(utc), "Europe/Helsinki"), utc).toBe(false);
    }
    expect(isRepeatedWallTime(Date.parse("2027-11-07T05:30:00Z"), "America/New_York")).toBe(true);
    expect(isRepeatedWallTime(Date.parse("2027-10-31T01:30:00Z"), "Asia/Tokyo")).toBe(false);
  });

  it("matches luxon every 7 minutes around each change and every 5 hours through the year, in several zones", () => {
    for (const zone of ["Europe/Helsinki", "America/St_Johns", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"]) {
      const year = DateTime.fromObject({ year: 2027 }, { zone: "UTC" });
      for (let ms = year.toMillis(); ms < year.plus({ years: 1 }).toMillis(); ms += 5 * 3_600_000) {
        expect(offsetAt(ms, zone), `${zone} ${new Date(ms).toISOString()}`).toBe(DateTime.fromMillis(ms, { zone }).offset);
      }
      for (const change of [
        Date.parse("2027-03-28T01:00:00Z"),
        Date.parse("2027-10-31T01:00:00Z"),
        Date.parse("2027-03-14T05:30:00Z"),
        Date.parse("2027-04-03T15:00:00Z"),
        Date.parse("2027-11-07T04:30:00Z"),
      ]) {
        for (let ms = change - 3 * 3_600_000; ms < change + 3 * 3_600_000; ms += 7 * 60_000) {
          expect(offsetAt(ms, zone), `${zone} ${new Date(ms).toISOString()}`).toBe(DateTime.fromMillis(ms, { zone }).offset);
        }
      }
    }
  });
});
