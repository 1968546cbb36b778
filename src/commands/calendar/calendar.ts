/**
 * `calendar` (the next meetings of your forums, or of the channel's forum), `calendar <FORUM>`,
 * `calendar <from> <to>` and `calendar all` (the region's forums you may read).
 */
import { DateTime } from "luxon";
import { reply, type Block } from "../../conversation/reply.js";
import { UserError } from "../../errors.js";
import { formatLocalDate } from "../../i18n/format.js";
import { localized } from "../../i18n/locale.js";
import { localDayRange } from "../../services/calendar-query.js";
import { readableCalendar, type CalendarScope, type CalendarView, type Span } from "../../services/calendar-view.js";
import { findForum } from "../../services/forums.js";
import type { CommandSpec } from "../command.js";
import type { Context } from "../context.js";
import { meetingLine } from "./render.js";
import { readDate } from "./when-args.js";

const ALL_WORDS = new Set(["all", "kaikki", "alla"]);
const LIMIT = 40;

function view(ctx: Context, title: string, scope: CalendarScope, span: Span, limit = LIMIT): Block[] {
  return listBlocks(ctx, title, readableCalendar(ctx, ctx.region.id, scope, span), limit);
}

function listBlocks(ctx: Context, title: string, { forums, meetings: found }: CalendarView, limit: number): Block[] {
  const blocks: Block[] = [{ kind: "heading", text: title }];
  if (found.length === 0) return [...blocks, { kind: "text", text: ctx.t("calendar.view.empty") }];
  blocks.push({ kind: "list", items: found.slice(0, limit).map((m) => meetingLine(ctx, m, forums.get(m.forumId))) });
  if (found.length > limit) blocks.push({ kind: "text", text: ctx.t("calendar.view.more", { count: found.length - limit }) });
  return blocks;
}

export const calendarCommand: CommandSpec = {
  name: "calendar",
  aliases: { fi: ["kalenteri"], sv: ["kalender"] },
  summary: "calendar.cmd.calendar",
  usage: "calendar.usage.calendar",
  run(ctx, args) {
    const words = args.words;
    const nextYear: Span = { from: ctx.now, to: DateTime.fromMillis(ctx.now, { zone: ctx.zone }).plus({ months: 12 }).toMillis() };
    const first = words[0]?.toLowerCase();
    if (first && ALL_WORDS.has(first)) {
      return reply(view(ctx, ctx.t("calendar.view.all", { region: localized(ctx.region.names, ctx.locale) }), "readable", nextYear));
    }
    const named = words[0] ? findForum(ctx.db, ctx.region.id, words[0]) : undefined;
    const forum = named ?? (words.length === 0 ? ctx.boundForum : undefined);
    if (forum) {
      return reply(view(ctx, ctx.t("calendar.view.forum", { code: forum.code, name: localized(forum.names, ctx.locale) }), { forum }, nextYear));
    }
    if (words.length > 0) {
      const start = readDate(ctx, words);
      const rest = words.slice(start.consumed);
      if (rest.length === 0) throw new UserError("error.missingArgument", { what: ctx.t("calendar.what.to"), usage: ctx.t("calendar.usage.calendar") });
      const end = readDate(ctx, rest);
      if (end.date < start.date) throw new UserError("calendar.error.rangeBackwards", {});
      const title = ctx.t("calendar.view.range", { from: formatLocalDate(start.date, ctx.locale), to: formatLocalDate(end.date, ctx.locale) });
      return reply(view(ctx, title, "readable", localDayRange(start.date, end.date, ctx.zone), 200));
    }
    const found = readableCalendar(ctx, ctx.region.id, "mine", nextYear);
    const title = ctx.t(found.shown === "mine" ? "calendar.view.mine" : "calendar.view.all", { region: localized(ctx.region.names, ctx.locale) });
    return reply(listBlocks(ctx, title, found, 15));
  },
};
