import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatSpan, formatTime } from "../../src/i18n/format.js";
import { matchLocale } from "../../src/i18n/locale.js";

const helsinki = (iso: string) => DateTime.fromISO(iso, { zone: "Europe/Helsinki" }).toMillis();

describe("dates and times in each language, in the region's zone", () => {
  it("writes the Finnish, Swedish and English forms", () => {
    const at = helsinki("2027-09-13T13:00");
    expect(formatDateTime(at, "fi", "Europe/Helsinki")).toBe("13.9.2027 klo 13.00");
    expect(formatDateTime(at, "sv", "Europe/Helsinki")).toBe("13.9.2027 kl. 13.00");
    expect(formatDateTime(at, "en", "Europe/Helsinki")).toBe("13 Sep 2027 at 13:00");
  });

  it("shows the same local time on both sides of the March and October changes", () => {
    // 28.3.2027 clocks go forward (UTC+2 → UTC+3); 31.10.2027 back (UTC+3 → UTC+2).
    const beforeSpring = helsinki("2027-03-27T13:00");
    const afterSpring = helsinki("2027-03-29T13:00");
    expect(afterSpring - beforeSpring).toBe(2 * 24 * 3600_000 - 3600_000);
    expect(formatTime(beforeSpring, "fi", "Europe/Helsinki")).toBe("13.00");
    expect(formatTime(afterSpring, "fi", "Europe/Helsinki")).toBe("13.00");
    expect(new Date(afterSpring).toISOString()).toBe("2027-03-29T10:00:00.000Z");
    const afterAutumn = helsinki("2027-11-01T13:00");
    expect(new Date(afterAutumn).toISOString()).toBe("2027-11-01T11:00:00.000Z");
    expect(formatSpan(afterAutumn, afterAutumn + 2 * 3600_000, "fi", "Europe/Helsinki")).toBe("ma 1.11.2027 klo 13.00–15.00");
    expect(formatSpan(afterAutumn, afterAutumn + 2 * 3600_000, "sv", "Europe/Helsinki")).toBe("mån 1.11.2027 kl. 13.00–15.00");
  });

  it("gives the local day next to midnight on both sides of a change, again when asked again", () => {
    // Offsets come from the zone's kept table (zoned-time.ts): asked twice, or around a change, the day stays right.
    const cases: [string, string][] = [
      ["2027-03-27T23:30", "27.3.2027"],
      ["2027-03-28T00:30", "28.3.2027"],
      ["2027-03-28T23:30", "28.3.2027"],
      ["2027-10-30T23:30", "30.10.2027"],
      ["2027-10-31T00:30", "31.10.2027"],
      ["2027-10-31T23:30", "31.10.2027"],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [local, day] of cases) expect(formatDate(helsinki(local), "fi", "Europe/Helsinki")).toBe(day);
    }
    // The same instant in another zone is another day.
    expect(formatDate(helsinki("2027-03-28T00:30"), "fi", "UTC")).toBe("27.3.2027");
    expect(formatDate(helsinki("2027-03-28T00:30"), "en", "Europe/Helsinki")).toBe("28 Mar 2027");
  });

  it("maps platform locales to ours", () => {
    expect(matchLocale("sv-FI")).toBe("sv");
    expect(matchLocale("fi_FI")).toBe("fi");
    expect(matchLocale("en-US")).toBe("en");
    expect(matchLocale("de-DE")).toBeUndefined();
  });
});
