/**
 * Download addresses of minutes exports. Teams cannot receive files from a bot, so every export also has a URL;
 * it always carries the meeting's unguessable minutes key — a secret of its own, never the page key that the
 * (public) meeting page and its invite link show — so neither a meeting id nor the meeting page opens the minutes.
 */
import { timingSafeEqual } from "node:crypto";
import type { Locale } from "../../i18n/locale.js";
import type { MeetingRow } from "../meetings.js";

export type MinutesFormat = "md" | "html" | "docx";

/** @example minutesUrl("https://y.fi", meeting, "docx", "sv") // "https://y.fi/minutes/JOHTO-2027-2/<minutes-key>.docx?lang=sv" */
export function minutesUrl(publicUrl: string, meeting: Pick<MeetingRow, "id" | "minutesKey">, format: MinutesFormat, locale: Locale): string {
  return `${publicUrl}/minutes/${meeting.id}/${meeting.minutesKey}.${format}?lang=${locale}`;
}

/** One party's extract of one §: /minutes/<id>/<minutes-key>/s<N>/<party>.<format>. */
export function extractUrl(
  publicUrl: string,
  meeting: Pick<MeetingRow, "id" | "minutesKey">,
  section: number,
  partyId: string,
  format: MinutesFormat,
  locale: Locale,
): string {
  return `${publicUrl}/minutes/${meeting.id}/${meeting.minutesKey}/s${section}/${encodeURIComponent(partyId)}.${format}?lang=${locale}`;
}

/** Whether `key` is the meeting's minutes key, compared in constant time (no timing hint about the secret). */
export function isMinutesKey(meeting: Pick<MeetingRow, "minutesKey">, key: string | undefined): boolean {
  if (key === undefined) return false;
  const given = Buffer.from(key, "utf8");
  const expected = Buffer.from(meeting.minutesKey, "utf8");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
