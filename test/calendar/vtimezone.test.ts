/**
 * VTIMEZONEs generated from the IANA database (luxon) for any zone agree with luxon on every hour around each change
 * of 2021–2029, as read by independent parsers that know no zone names: ical.js, python-icalendar and vobject.
 */
import ICAL from "ical.js";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { generateVtimezone } from "../../src/calendar/vtimezone.js";
import { isRepeatedWallTime, transitionsOf } from "../../src/calendar/zoned-time.js";
import { parseWithPython } from "./ics.js";

const FROM = Date.UTC(2021, 0, 1);
const TO = Date.UTC(2029, 11, 31);
/** EU, North America, southern hemisphere, half-hour DST, DST abolished in 2019, never DST, a negative half hour, Ramadan. */
const ZONES = [
  "Europe/Helsinki",
  "Europe/Stockholm",
  "America/New_York",
  "Australia/Sydney",
  "Australia/Lord_Howe",
  "America/Sao_Paulo",
  "Asia/Tokyo",
  "America/St_Johns",
  "Africa/Casablanca",
];

function icalZone(zone: string): ICAL.Timezone {
  const text = `BEGIN:VCALENDAR\r\n${generateVtimezone(zone, FROM, TO).join("\r\n")}\r\nEND:VCALENDAR\r\n`;
  return new ICAL.Timezone(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vtimezone")!);
}

/** Local wall times an hour apart around every change (and mid-year), skipping those that do not exist. */
function probes(zone: string): DateTime[] {
  const around = transitionsOf(zone, 2021, 2029).map((t) => t.at);
  const instants = [...around.flatMap((at) => [-26, -2, -1, 1, 2, 26].map((h) => at + h * 3_600_000)), Date.UTC(2025, 0, 15, 12), Date.UTC(2025, 6, 15, 12)];
  return instants.map((ms) => DateTime.fromMillis(ms, { zone }));
}

describe("generateVtimezone", () => {
  it("writes one DAYLIGHT and one STANDARD with RRULEs for a zone on a yearly rule, as Outlook reads them", () => {
    const helsinki = generateVtimezone("Europe/Helsinki", FROM, TO);
    expect(helsinki.slice(0, 2)).toEqual(["BEGIN:VTIMEZONE", "TZID:Europe/Helsinki"]);
    expect(helsinki).toEqual(
      expect.arrayContaining(["RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "TZNAME:EET", "TZNAME:EEST"]),
    );
    expect(helsinki.filter((l) => l === "BEGIN:DAYLIGHT").length).toBe(1);
    expect(helsinki).toContain("TZOFFSETFROM:+0200");
    expect(generateVtimezone("America/New_York", FROM, TO)).toEqual(
      expect.arrayContaining(["RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "TZOFFSETTO:-0400"]),
    );
    expect(generateVtimezone("America/St_Johns", FROM, TO)).toContain("TZOFFSETTO:-0330");
  });

  it("writes a fixed offset for a zone without changes, and no rule past a zone's last change", () => {
    const tokyo = generateVtimezone("Asia/Tokyo", FROM, TO);
    expect(tokyo).toEqual([
      "BEGIN:VTIMEZONE",
      "TZID:Asia/Tokyo",
      "X-LIC-LOCATION:Asia/Tokyo",
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      "TZOFFSETFROM:+0900",
      "TZOFFSETTO:+0900",
      "END:STANDARD",
      "END:VTIMEZONE",
    ]);
    // Brazil ended summer time in 2019: its last rule ends with UNTIL, and summers on different Sundays stay apart.
    const saoPaulo = generateVtimezone("America/Sao_Paulo", Date.UTC(2018, 5, 1), TO);
    expect(saoPaulo.filter((l) => l.startsWith("RRULE"))).toEqual([expect.stringMatching(/^RRULE:FREQ=YEARLY;BYMONTH=2;BYDAY=3SU;UNTIL=20190217T\d{6}Z$/)]);
    expect(saoPaulo.filter((l) => l === "BEGIN:DAYLIGHT").length).toBe(2);
  });

  it("gives the same UTC offset as luxon around every change, 2021–2029, in ical.js", () => {
    for (const zone of ZONES) {
      const tz = icalZone(zone);
      for (const local of probes(zone)) {
        const time = ICAL.Time.fromData({ year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute, second: 0 }, tz);
        // A repeated wall time is ambiguous by nature; compare only those that happen once.
        if (isRepeatedWallTime(local.toMillis(), zone)) continue;
        expect(time.utcOffset() / 60, `${zone} ${local.toISO()}`).toBe(local.offset);
      }
    }
  });

  it("gives the same instants as luxon in python-icalendar (and vobject, when installed)", () => {
    for (const zone of ZONES) {
      const events = probes(zone).map((local, i) => {
        const wall = local.toFormat("yyyyLLdd'T'HHmmss");
        return ["BEGIN:VEVENT", `UID:p${i}@test`, "DTSTAMP:20270101T000000Z", `DTSTART;TZID=${zone}:${wall}`, "END:VEVENT"].join("\r\n");
      });
      const ics = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//test//EN", ...generateVtimezone(zone, FROM, TO), ...events, "END:VCALENDAR", ""].join(
        "\r\n",
      );
      const parsed = parseWithPython(ics);
      probes(zone).forEach((local, i) => {
        if (isRepeatedWallTime(local.toMillis(), zone)) return;
        const expected = `${local.toUTC().toFormat("yyyy-LL-dd'T'HH:mm:ss")}Z`;
        expect(parsed.events[i]!.start, `${zone} ${local.toISO()}`).toBe(expected);
        if (parsed.vobject) expect(parsed.vobject[`p${i}@test`], `vobject ${zone} ${local.toISO()}`).toBe(expected);
      });
    }
  });
});
