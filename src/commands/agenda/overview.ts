/** `agenda` alone: the person's upcoming meetings with their deadlines and agenda status, a button for each. */
import { reply, type Block, type Reply } from "../../conversation/reply.js";
import { formatDateTime, formatSpan } from "../../i18n/format.js";
import { localized } from "../../i18n/locale.js";
import { agendaDeadlineOf } from "../../services/agenda-deadline.js";
import { upcomingInOwnForums } from "../../services/upcoming-meetings.js";
import type { Context } from "../context.js";
import { viewButton } from "./buttons.js";
import { statusText } from "./view.js";

const SHOWN = 5;

export function overviewSub(ctx: Context): Reply {
  const upcoming = upcomingInOwnForums(ctx, ctx.region.id, SHOWN);
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
  return reply(blocks);
}
