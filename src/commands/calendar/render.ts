/** How a meeting looks in calendar replies: one line in a list, and the warnings block after a change. */
import type { Block } from "../../conversation/reply.js";
import { DateTime } from "luxon";
import { formatDateTime, formatTime, formatWeekday } from "../../i18n/format.js";
import type { Locale } from "../../i18n/locale.js";
import { localized } from "../../i18n/locale.js";
import type { Warning } from "../../services/meeting-warnings.js";
import type { MeetingRow } from "../../services/meetings.js";
import type { ForumRow } from "../../services/forums.js";
import type { Context } from "../context.js";

/**
 * Same text as formatSpan ("ma 13.9.2027 klo 13.00–15.00"), built from two DateTimes in the zone: luxon's
 * `hasSame` re-zones and rounds both ends, which dominated long calendar lists (bench/calendar.bench.ts).
 */
export function spanText(startsAt: number, endsAt: number, locale: Locale, zone: string): string {
  const s = DateTime.fromMillis(startsAt, { zone });
  const e = DateTime.fromMillis(endsAt, { zone });
  const head = `${formatWeekday(s, locale, zone)} ${formatDateTime(s, locale, zone)}`;
  const sameDay = s.year === e.year && s.month === e.month && s.day === e.day;
  return sameDay ? `${head}–${formatTime(e, locale, zone)}` : `${head} – ${formatDateTime(e, locale, zone)}`;
}

export function meetingLine(ctx: Context, meeting: MeetingRow, forum: ForumRow | undefined): string {
  const when = spanText(meeting.startsAt, meeting.endsAt, ctx.locale, meeting.zone);
  const name = forum ? localized(forum.names, ctx.locale) : "";
  const where = meeting.place ?? (meeting.onlineUrl ? ctx.t("calendar.online") : "");
  const status = meeting.status === "cancelled" ? ` (${ctx.t("calendar.status.cancelled")})` : "";
  return `${when} **${meeting.id}** ${name}${where ? ` — ${where}` : ""}${status}`;
}

export function warningBlocks(ctx: Context, warnings: Warning[]): Block[] {
  if (warnings.length === 0) return [];
  return [
    { kind: "text", text: ctx.t("calendar.warnings") },
    { kind: "list", items: warnings.map((w) => `⚠ ${ctx.t(w.key, w.params)}`) },
  ];
}
