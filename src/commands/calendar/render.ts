/** How a meeting looks in calendar replies: one line in a list, and the warnings block after a change. */
import type { Block } from "../../conversation/reply.js";
import { formatSpan } from "../../i18n/format.js";
import { localized } from "../../i18n/locale.js";
import type { Warning } from "../../services/meeting-warnings.js";
import type { MeetingListing } from "../../services/calendar-query.js";
import type { ForumRow } from "../../services/forums.js";
import type { Context } from "../context.js";

export function meetingLine(ctx: Context, meeting: MeetingListing, forum: ForumRow | undefined): string {
  const when = formatSpan(meeting.startsAt, meeting.endsAt, ctx.locale, meeting.zone);
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
