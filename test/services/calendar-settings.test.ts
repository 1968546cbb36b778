/**
 * One calendar domain for UIDs (issue 19 point 6): CALENDAR_UID_DOMAIN, else the PUBLIC_URL host, stored at first
 * start and kept whatever later starts say; CALENDAR_ORGANIZER recorded at each start. Both checked at start-up.
 */
import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "../../src/config.js";
import { calendarSettings, settleCalendarSettings } from "../../src/services/calendar-settings.js";
import { openTestDb } from "../support/db.js";

describe("calendar settings", () => {
  it("fixes the UID domain at first start and keeps it when the address or the setting changes", () => {
    const db = openTestDb();
    expect(calendarSettings(db, "http://localhost:3978")).toEqual({ uidDomain: "localhost" });
    expect(settleCalendarSettings(db, { publicUrl: "https://yhdyspinta.example.fi" }, 1)).toEqual({ uidDomain: "yhdyspinta.example.fi" });
    expect(settleCalendarSettings(db, { publicUrl: "https://uusi.example.fi" }, 2)).toEqual({ uidDomain: "yhdyspinta.example.fi" });
    expect(settleCalendarSettings(db, { publicUrl: "https://uusi.example.fi", calendarUidDomain: "kalenteri.example.fi" }, 3)).toEqual({
      uidDomain: "yhdyspinta.example.fi",
      ignored: "kalenteri.example.fi",
    });
    expect(calendarSettings(db, "https://uusi.example.fi").uidDomain).toBe("yhdyspinta.example.fi");
  });

  it("takes CALENDAR_UID_DOMAIN over the PUBLIC_URL host on first start, and follows CALENDAR_ORGANIZER at each start", () => {
    const db = openTestDb();
    settleCalendarSettings(db, { publicUrl: "http://localhost:3978", calendarUidDomain: "kalenteri.example.fi", calendarOrganizer: "k@example.fi" }, 1);
    expect(calendarSettings(db, "http://localhost:3978")).toEqual({ uidDomain: "kalenteri.example.fi", organizer: "k@example.fi" });
    settleCalendarSettings(db, { publicUrl: "http://localhost:3978" }, 2);
    expect(calendarSettings(db, "http://localhost:3978")).toEqual({ uidDomain: "kalenteri.example.fi" });
  });

  it("refuses a UID domain that is not a domain name and an organizer that is not an address, naming the variable", () => {
    expect(readConfig({ CALENDAR_UID_DOMAIN: " Kalenteri.Example.FI ", CALENDAR_ORGANIZER: "kalenteri@hva.example.fi" })).toMatchObject({
      calendarUidDomain: "kalenteri.example.fi",
      calendarOrganizer: "kalenteri@hva.example.fi",
    });
    let problems: readonly string[] = [];
    try {
      readConfig({ CALENDAR_UID_DOMAIN: "https://x.example.fi/", CALENDAR_ORGANIZER: "Kalenteri <k@x>" });
    } catch (error) {
      if (error instanceof ConfigError) problems = error.problems;
    }
    expect(problems).toEqual([
      'CALENDAR_UID_DOMAIN must be a domain name such as yhdyspinta.example.fi, got "https://x.example.fi/".',
      'CALENDAR_ORGANIZER must be an e-mail address such as kalenteri@hyvinvointialue.fi, got "Kalenteri <k@x>".',
    ]);
  });
});
