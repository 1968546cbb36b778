/**
 * Download addresses of minutes exports. Teams cannot receive files from a bot, so every export also has a URL;
 * it always carries the meeting's unguessable page key, so a meeting id alone never opens the minutes.
 */
import type { Locale } from "../../i18n/locale.js";
import type { MeetingRow } from "../meetings.js";

export type MinutesFormat = "md" | "html" | "docx";

/** @example minutesUrl("https://y.fi", meeting, "docx", "sv") // "https://y.fi/minutes/JOHTO-2027-2/<key>.docx?lang=sv" */
export function minutesUrl(publicUrl: string, meeting: Pick<MeetingRow, "id" | "pageKey">, format: MinutesFormat, locale: Locale): string {
  return `${publicUrl}/minutes/${meeting.id}/${meeting.pageKey}.${format}?lang=${locale}`;
}

/** One party's extract of one §: /minutes/<id>/<key>/s<N>/<party>.<format>. */
export function extractUrl(publicUrl: string, meeting: Pick<MeetingRow, "id" | "pageKey">, section: number, partyId: string, format: MinutesFormat, locale: Locale): string {
  return `${publicUrl}/minutes/${meeting.id}/${meeting.pageKey}/s${section}/${encodeURIComponent(partyId)}.${format}?lang=${locale}`;
}
