/**
 * `calendar` (the next meetings of your forums, or of the channel's forum), `calendar <FORUM>`,
 * `calendar <from> <to>` and `calendar all` (the region's forums you may read).
 */
import { DateTime } from "luxon";
import { reply, type Block } from "../../conversation/reply.js";
import { UserError } from "../../errors.js";
import { formatLocalDate } from "../../i18n/format.js";
import { rememberedZone } from "../../i18n/local-time.js";
import { localized, type Locale } from "../../i18n/locale.js";
import { localDayRange } from "../../services/calendar-query.js";
import { readableCalendar, type CalendarScope, type CalendarView, type Span } from "../../services/calendar-view.js";
import { findForum } from "../../services/forums.js";
import type { CommandSpec } from "../command.js";
import type { Context } from "../context.js";
import { requireMeeting, type MeetingRow } from "../../services/meetings.js";
import { wordFor } from "../core/help.js";
import { afterCommand, byStartThenId, readPaging, rowsAfter, showMoreBlocks } from "../paging.js";
import { meetingLine } from "./render.js";
import { readDate } from "./when-args.js";

const ALL_WORD: Record<Locale, string> = { en: "all", fi: "kaikki", sv: "alla" };
const ALL_WORDS = new Set(Object.values(ALL_WORD));
/** Rows on a page of a forum's, the region's or a date range's meetings. */
const PAGE = 40;

interface ViewOptions {
  /** The command's words as typed (without `after …`): the "show more" button repeats them. */
  words: string[];
  /** The last meeting the previous page showed. */
  after: MeetingRow | undefined;
  size?: number;
}

function view(ctx: Context, title: string, scope: CalendarScope, span: Span, page: ViewOptions): Block[] {
  return listBlocks(ctx, title, readableCalendar(ctx, ctx.region.id, scope, span), page);
}

function listBlocks(ctx: Context, title: string, { forums, meetings }: CalendarView, { words, after, size = PAGE }: ViewOptions): Block[] {
  const found = rowsAfter(meetings, after, (m) => m, byStartThenId);
  const blocks: Block[] = [{ kind: "heading", text: title }];
  if (found.length === 0) return [...blocks, { kind: "text", text: ctx.t(after ? "calendar.view.noMore" : "calendar.view.empty") }];
  const shown = found.slice(0, size);
  blocks.push({ kind: "list", items: shown.map((m) => meetingLine(ctx, m, forums.get(m.forumId))) });
  // The next page's words in the person's language, whichever language they typed.
  const typed = words.map((w) => (ALL_WORDS.has(w.toLowerCase()) ? ALL_WORD[ctx.locale] : w));
  const next = afterCommand(ctx, [wordFor(calendarCommand, ctx), ...typed], shown.at(-1)!.id);
  return [...blocks, ...showMoreBlocks(ctx, found.length - shown.length, next, size)];
}

export const calendarCommand: CommandSpec = {
  name: "calendar",
  aliases: { fi: ["kalenteri"], sv: ["kalender"] },
  summary: "calendar.cmd.calendar",
  usage: "calendar.usage.calendar",
  run(ctx, args) {
    const paging = readPaging(args.words, { after: true });
    const words = paging.words;
    const page = { words, after: paging.after ? requireMeeting(ctx.db, paging.after) : undefined };
    const nextYear: Span = {
      from: ctx.now,
      to: DateTime.fromMillis(ctx.now, { zone: rememberedZone(ctx.zone) })
        .plus({ months: 12 })
        .toMillis(),
    };
    const first = words[0]?.toLowerCase();
    if (first && ALL_WORDS.has(first)) {
      return reply(view(ctx, ctx.t("calendar.view.all", { region: localized(ctx.region.names, ctx.locale) }), "readable", nextYear, page));
    }
    const named = words[0] ? findForum(ctx.db, ctx.region.id, words[0]) : undefined;
    const forum = named ?? (words.length === 0 ? ctx.boundForum : undefined);
    if (forum) {
      return reply(view(ctx, ctx.t("calendar.view.forum", { code: forum.code, name: localized(forum.names, ctx.locale) }), { forum }, nextYear, page));
    }
    if (words.length > 0) {
      const start = readDate(ctx, words);
      const rest = words.slice(start.consumed);
      if (rest.length === 0) throw new UserError("error.missingArgument", { what: ctx.t("calendar.what.to"), usage: ctx.t("calendar.usage.calendar") });
      const end = readDate(ctx, rest);
      if (end.date < start.date) throw new UserError("calendar.error.rangeBackwards", {});
      const title = ctx.t("calendar.view.range", { from: formatLocalDate(start.date, ctx.locale), to: formatLocalDate(end.date, ctx.locale) });
      return reply(view(ctx, title, "readable", localDayRange(start.date, end.date, ctx.zone), page));
    }
    const found = readableCalendar(ctx, ctx.region.id, "mine", nextYear);
    const title = ctx.t(found.shown === "mine" ? "calendar.view.mine" : "calendar.view.all", { region: localized(ctx.region.names, ctx.locale) });
    return reply(listBlocks(ctx, title, found, { ...page, size: 15 }));
  },
};
