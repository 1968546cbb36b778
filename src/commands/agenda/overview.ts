/** `agenda` alone: the person's upcoming meetings with their deadlines and agenda status, a button for each. */
import { reply, type Block, type Reply } from "../../conversation/reply.js";
import { formatDateTime, formatSpan } from "../../i18n/format.js";
import { localized } from "../../i18n/locale.js";
import { agendaDeadlineOf } from "../../services/agenda-deadline.js";
import { upcomingInOwnForums } from "../../services/upcoming-meetings.js";
import type { MeetingRow } from "../../services/meetings.js";
import type { Context } from "../context.js";
import { afterCommand, byStartThenId, rowsAfter, showMoreBlocks } from "../paging.js";
import { viewButton } from "./buttons.js";
import { statusText } from "./view.js";

const SHOWN = 5;

/**
 * The person's upcoming meetings, five at a time; `after` (the last one a previous page showed) continues the list.
 * `word` is the agenda command's word, which the "show more" button repeats.
 */
export function overviewSub(ctx: Context, word: string, after?: MeetingRow): Reply {
  const all = rowsAfter(upcomingInOwnForums(ctx, ctx.region.id), after, (u) => u.meeting, byStartThenId);
  const upcoming = all.slice(0, SHOWN);
  if (upcoming.length === 0) return reply([{ kind: "text", text: ctx.t("agenda.overview.none", { usage: ctx.t("agenda.usage.view") }) }]);
  const blocks: Block[] = [{ kind: "heading", text: ctx.t("agenda.overview.heading") }];
  for (const { meeting, forum } of upcoming) {
    const text = ctx.t("agenda.overview.line", {
      meeting: meeting.id,
      forum: localized(forum.names, ctx.locale),
      when: formatSpan(meeting.startsAt, meeting.endsAt, ctx.locale, meeting.zone),
      deadline: formatDateTime(agendaDeadlineOf(meeting, forum), ctx.locale, meeting.zone),
      status: statusText(ctx, meeting),
    });
    blocks.push({ kind: "text", text }, { kind: "actions", actions: [{ ...viewButton(ctx.t, meeting.id), label: meeting.id }] });
  }
  const next = afterCommand(ctx, [word], upcoming.at(-1)!.meeting.id);
  return reply([...blocks, ...showMoreBlocks(ctx, all.length - upcoming.length, next, SHOWN)]);
}
