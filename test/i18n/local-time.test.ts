import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { formatDateTime, formatSpan } from "../../src/i18n/format.js";
import { offsetAt } from "../../src/calendar/zoned-time.js";
import { localTime, rememberedZone } from "../../src/i18n/local-time.js";

const HOUR = 3_600_000;

/** What luxon says the wall clock shows, field by field. */
function luxonTime(ms: number, zone: string) {
  const d = DateTime.fromMillis(ms, { zone });
  return { year: d.year, month: d.month, day: d.day, hour: d.hour, minute: d.minute, weekday: d.weekday };
}

describe("the wall clock of an instant in a zone, from the zone's table of offset changes", () => {
  it("turns at the Helsinki changes: 03.00 becomes 04.00 in March, 04.00 becomes 03.00 again in October", () => {
    const zone = "Europe/Helsinki";
    expect(localTime(Date.parse("2027-03-28T00:59:00Z"), zone)).toMatchObject({ day: 28, hour: 2, minute: 59, weekday: 7 });
    expect(localTime(Date.parse("2027-03-28T01:00:00Z"), zone)).toMatchObject({ day: 28, hour: 4, minute: 0 });
    expect(localTime(Date.parse("2027-10-31T00:59:00Z"), zone)).toMatchObject({ hour: 3, minute: 59 });
    expect(localTime(Date.parse("2027-10-31T01:00:00Z"), zone)).toMatchObject({ hour: 3, minute: 0 });
    expect(offsetAt(Date.parse("2027-03-27T12:00:00Z"), zone)).toBe(120);
    expect(offsetAt(Date.parse("2027-03-29T12:00:00Z"), zone)).toBe(180);
  });

  it("agrees with luxon every 17 minutes through a year, asked twice (the second time from the kept table)", () => {
    for (const zone of ["Europe/Helsinki", "Europe/Stockholm"]) {
      const from = Date.parse("2026-12-31T20:00:00Z");
      const differ: string[] = [];
      for (let ms = from; ms < from + 366 * 24 * HOUR; ms += 17 * 60_000) {
        const expected = JSON.stringify(luxonTime(ms, zone));
        for (const answer of [localTime(ms, zone), localTime(ms, zone)]) {
          if (JSON.stringify(answer) !== expected) differ.push(`${zone} ${new Date(ms).toISOString()}: ${JSON.stringify(answer)} ≠ ${expected}`);
        }
      }
      expect(differ).toEqual([]);
    }
  });

  it("agrees with luxon where the offset is not whole hours or changes by half an hour, and in history", () => {
    const cases: [string, string][] = [
      ["Asia/Kathmandu", "1986-01-01T00:00:00Z"],
      ["Australia/Lord_Howe", "2027-04-04T00:00:00Z"],
      ["Australia/Lord_Howe", "2027-10-02T12:00:00Z"],
      ["America/St_Johns", "2027-03-14T02:00:00Z"],
      ["Europe/Helsinki", "1921-04-30T21:00:00Z"],
    ];
    for (const [zone, around] of cases) {
      const at = Date.parse(around);
      const differ: string[] = [];
      for (let ms = at - 24 * HOUR; ms < at + 24 * HOUR; ms += 60_000) {
        if (JSON.stringify(localTime(ms, zone)) !== JSON.stringify(luxonTime(ms, zone))) differ.push(`${zone} ${new Date(ms).toISOString()}`);
      }
      expect(differ).toEqual([]);
    }
  });

  it("formats a meeting the same as before on both sides of the change, also across midnight", () => {
    const zone = "Europe/Helsinki";
    const spring = DateTime.fromISO("2027-03-28T01:30", { zone }).toMillis();
    expect(formatDateTime(spring, "fi", zone)).toBe("28.3.2027 klo 1.30");
    expect(formatSpan(spring, spring + 2 * HOUR, "fi", zone)).toBe("su 28.3.2027 klo 1.30–4.30");
    // Three hours from 23.00 is 02.00: the clocks go back only at 04.00.
    const late = DateTime.fromISO("2027-10-30T23:00", { zone }).toMillis();
    expect(formatSpan(late, late + 3 * HOUR, "en", zone)).toBe("Sat 30 Oct 2027 at 23:00 – 31 Oct 2027 at 02:00");
  });

  it("gives luxon arithmetic the same answers as the zone's name, across the changes and a leap day", () => {
    const zone = "Europe/Helsinki";
    const differ: string[] = [];
    for (let ms = Date.parse("2027-01-01T00:17:00Z"); ms < Date.parse("2028-12-31T00:00:00Z"); ms += 5 * HOUR + 11 * 60_000) {
      for (const step of [{ months: 12 }, { days: 1 }, { hours: 24 }]) {
        const named = DateTime.fromMillis(ms, { zone }).plus(step);
        const remembered = DateTime.fromMillis(ms, { zone: rememberedZone(zone) }).plus(step);
        if (remembered.toMillis() !== named.toMillis() || remembered.toISO() !== named.toISO())
          differ.push(`${new Date(ms).toISOString()} ${JSON.stringify(step)}`);
      }
    }
    expect(differ).toEqual([]);
    const leapDay = DateTime.fromISO("2028-02-29T10:00", { zone: rememberedZone(zone) });
    expect(leapDay.plus({ months: 12 }).toISO()).toBe("2029-02-28T10:00:00.000+02:00");
  });
});
