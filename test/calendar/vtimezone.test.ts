/**
 * Our hand-written Europe/Helsinki VTIMEZONE agrees with the IANA database (luxon) on every hour around each DST
 * change from 2026 to 2040, as read by an independent parser (ical.js).
 */
import ICAL from "ical.js";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { generateVtimezone } from "../../src/calendar/vtimezone.js";

describe("generateVtimezone", () => {
  const component = new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\n${generateVtimezone("Europe/Helsinki")}\r\nEND:VCALENDAR`)).getFirstSubcomponent(
    "vtimezone",
  )!;
  const zone = new ICAL.Timezone(component);

  it("has EET/EEST rules on the last Sundays of March and October", () => {
    expect(component.getFirstPropertyValue("tzid")).toBe("Europe/Helsinki");
    expect(generateVtimezone("Europe/Helsinki")).toContain("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
    expect(generateVtimezone("Europe/Helsinki")).toContain("TZNAME:EET");
    expect(generateVtimezone("Mars/Olympus")).toBeNull();
  });

  it("gives the same UTC offset as luxon for local times around every change, 2026–2040", () => {
    for (let year = 2026; year <= 2040; year++) {
      for (const month of [3, 10]) {
        const lastSunday = DateTime.fromObject({ year, month, day: 31 }, { zone: "Europe/Helsinki" }).startOf("day");
        const sunday = lastSunday.minus({ days: lastSunday.weekday % 7 });
        for (const hours of [-24, 1, 2, 5, 6, 24, 24 * 7]) {
          const local = sunday.plus({ hours });
          const time = ICAL.Time.fromData({ year: local.year, month: local.month, day: local.day, hour: local.hour, minute: 0, second: 0 }, zone);
          expect(time.utcOffset() / 60, `${local.toISO()}`).toBe(local.offset);
        }
      }
    }
  });
});
