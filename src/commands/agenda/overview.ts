/** `agenda` alone: the person's upcoming meetings with their deadlines and agenda status, a button for each. */
import { reply, type Block, type Reply } from "../../conversation/reply.js";
import { formatDateTime, formatSpan } from "../../i18n/format.js";
import { localized } from "../../i18n/locale.js";
import { listMeetings } from "../../services/meetings.js";
import { agendaDeadlineOf } from "../../services/agenda-deadline.js";
import { forumsOfPerson, listForums, type ForumRow } from "../../services/forums.js";
import type { Context } from "../context.js";
import { viewButton } from "./buttons.js";
import { statusText } from "./view.js";

const SHOWN = 5;

function myForums(ctx: Context): ForumRow[] {
  const all = listForums(ctx.db, ctx.region.id);
  if (ctx.isAdmin) return all;
  const member = new Set(forumsOfPerson(ctx.db, ctx.person!.id).map((f) => f.id));
  return all.filter((f) => member.has(f.id) || f.secretaryId === ctx.person?.id || f.convenerId === ctx.person?.id);
}

export function overviewSub(ctx: Context): Reply {
  const forums = new Map(myForums(ctx).map((f) => [f.id, f]));
  const upcoming = forums.size ? listMeetings(ctx.db, { forumIds: [...forums.keys()], from: ctx.now }).slice(0, SHOWN) : [];
  if (upcoming.length === 0) return reply([{ kind: "text", text: ctx.t("agenda.overview.none", { usage: ctx.t("agenda.usage.view") }) }]);
  const blocks: Block[] = [{ kind: "heading", text: ctx.t("agenda.overview.heading") }];
  for (const meeting of upcoming) {
    const forum = forums.get(meeting.forumId)!;
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
