/**
 * VTIMEZONE components for ical-generator's `timezone.generator`, so calendars never have to guess a TZID.
 * Finland follows the EU rule (Directive 2000/84/EC): summer time from 01.00 UTC on the last Sunday of March to
 * 01.00 UTC on the last Sunday of October, i.e. 03.00 EET → 04.00 EEST and back.
 */
const HELSINKI = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Helsinki",
  "X-LIC-LOCATION:Europe/Helsinki",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0300",
  "TZNAME:EEST",
  "DTSTART:19700329T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0300",
  "TZOFFSETTO:+0200",
  "TZNAME:EET",
  "DTSTART:19701025T040000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

const KNOWN: Record<string, string> = { "Europe/Helsinki": HELSINKI };

/**
 * @example generateVtimezone("Europe/Helsinki") // "BEGIN:VTIMEZONE\r\nTZID:Europe/Helsinki\r\n…"
 * Returns null for a zone we have no rules for (the calendar then carries the bare TZID).
 */
export function generateVtimezone(zone: string): string | null {
  return KNOWN[zone] ?? null;
}
