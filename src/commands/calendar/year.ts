/**
 * `year [YYYY]`: the annual clock month by month (the annual cycle, meetings, duties falling due) and the picture
 * as an image served by our HTTP server.
 */
import { DateTime } from "luxon";
import { reply, type Block } from "../../conversation/reply.js";
import { arcsInMonth } from "../../domain/annual-cycle.js";
import { yearArg } from "../../domain/year-arg.js";
import { UserError } from "../../errors.js";
import type { MessageKey } from "../../i18n/catalog.js";
import { formatDate, formatTime, monthName } from "../../i18n/format.js";
import { localized } from "../../i18n/locale.js";
import { annualClockUrl, readableAnnualClock } from "../../services/annual-clock/index.js";
import type { CommandSpec } from "../command.js";
import { STATUS_ICON, dutyName } from "./duty-text.js";

export const yearCommand: CommandSpec = {
  name: "year",
  aliases: { fi: ["vuosi", "vuosikello"], sv: ["år", "årshjul"] },
  summary: "calendar.cmd.year",
  usage: "calendar.usage.year",
  run(ctx, args) {
    const word = args.words[0];
    const year = yearArg(word, ctx.now, ctx.zone);
    if (year === null) {
      throw new UserError("error.badArgument", { value: word!, what: ctx.t("calendar.what.year"), usage: ctx.t("calendar.usage.year") });
    }
    const model = readableAnnualClock(ctx, ctx.region, year);
    const blocks: Block[] = [
      { kind: "heading", text: ctx.t("calendar.year.title", { year, region: localized(ctx.region.names, ctx.locale) }) },
      { kind: "image", url: annualClockUrl(ctx.config.publicUrl, year, ctx.locale), alt: ctx.t("calendar.year.alt", { year }) },
    ];
    for (let month = 1; month <= 12; month++) {
      const cycle = arcsInMonth(model.arcs, month).map((a) => ctx.t(`calendar.cycle.${a.id}` as MessageKey));
      const items: string[] = [];
      for (const m of model.meetings) {
        const d = DateTime.fromMillis(m.startsAt, { zone: m.zone });
        if (d.month !== month) continue;
        const forum = model.forums.get(m.forumId);
        items.push(
          `${formatDate(m.startsAt, ctx.locale, m.zone)} ${formatTime(m.startsAt, ctx.locale, m.zone)} **${m.id}** ${forum ? localized(forum.names, ctx.locale) : ""}`,
        );
      }
      for (const d of model.duties) {
        if (Number(d.period.endsOn.slice(0, 4)) !== year || Number(d.period.endsOn.slice(5, 7)) !== month) continue;
        const law = d.rule.law ? ` (${d.rule.law})` : "";
        items.push(
          `${STATUS_ICON[d.status]} ${ctx.t("calendar.year.dutyDue", { duty: dutyName(d, ctx.t, ctx.locale), code: d.forum.code, status: ctx.t(`calendar.dutyStatus.${d.status}` as MessageKey, { days: d.daysLeft }) })}${law}`,
        );
      }
      const head = `**${monthName(month, ctx.locale)}**${cycle.length > 0 ? ` — ${cycle.join("; ")}` : ""}`;
      blocks.push({ kind: "text", text: head });
      if (items.length > 0) blocks.push({ kind: "list", items });
    }
    return reply(blocks);
  },
};
