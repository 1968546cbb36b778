/**
 * `duties [year|term]`: each statutory and agreed duty of the year (default: this year) or of the current council
 * term, as met, scheduled, due soon, at risk or missing, with its law section.
 */
import { DateTime } from "luxon";
import { reply, type Block } from "../../conversation/reply.js";
import { termLabel, termOf } from "../../domain/council-terms.js";
import type { DutyStatus } from "../../domain/duties.js";
import { UserError } from "../../errors.js";
import { councilTermsOf } from "../../services/calendar-query.js";
import { readableDuties, yearRange, type DateRange } from "../../services/duties.js";
import type { CommandSpec } from "../command.js";
import type { Context } from "../context.js";
import type { Locale } from "../../i18n/locale.js";
import { wordFor } from "../core/help.js";
import { pageFooter, pageOf, readPaging } from "../paging.js";
import { dutyLine } from "./duty-text.js";

const TERM_WORD: Record<Locale, string> = { en: "term", fi: "kausi", sv: "period" };
const TERM_WORDS = new Set([...Object.values(TERM_WORD), "valtuustokausi", "fullmäktigeperiod", "mandatperiod"]);
const ORDER: DutyStatus[] = ["missing", "at_risk", "due_soon", "open", "scheduled", "minutes_pending", "met"];

function rangeOf(ctx: Context, word: string | undefined): { range: DateRange; title: string } {
  const today = DateTime.fromMillis(ctx.now, { zone: ctx.zone });
  if (!word) return { range: yearRange(today.year), title: ctx.t("calendar.duties.year", { year: today.year }) };
  if (TERM_WORDS.has(word.toLowerCase())) {
    const term = termOf(today.toISODate()!, councilTermsOf(ctx.db, ctx.region.id))!;
    return { range: { from: term.startsOn, to: term.endsOn }, title: ctx.t("calendar.duties.term", { term: termLabel(term) }) };
  }
  if (/^\d{4}$/.test(word) && Number(word) >= 2000 && Number(word) <= 2100) {
    return { range: yearRange(Number(word)), title: ctx.t("calendar.duties.year", { year: word }) };
  }
  throw new UserError("error.badArgument", { value: word, what: ctx.t("calendar.what.yearOrTerm"), usage: ctx.t("calendar.usage.duties") });
}

export const dutiesCommand: CommandSpec = {
  name: "duties",
  aliases: { fi: ["velvoitteet"], sv: ["skyldigheter"] },
  summary: "calendar.cmd.duties",
  usage: "calendar.usage.duties",
  run(ctx, args) {
    const paging = readPaging(args.words);
    const { range, title } = rangeOf(ctx, paging.words[0]);
    const duties = readableDuties(ctx, ctx.region.id, range);
    const count = (s: DutyStatus) => duties.filter((d) => d.status === s).length;
    const blocks: Block[] = [{ kind: "heading", text: title }];
    if (duties.length === 0) return reply([...blocks, { kind: "text", text: ctx.t("calendar.duties.none") }]);
    blocks.push({
      kind: "text",
      text: ctx.t("calendar.duties.summary", {
        met: count("met"),
        scheduled: count("scheduled"),
        atRisk: count("at_risk") + count("due_soon"),
        missing: count("missing"),
        total: duties.length,
      }),
    });
    const sorted = [...duties].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
    blocks.push({ kind: "list", items: pageOf(sorted, paging.page).map((d) => dutyLine(d, ctx.t, ctx.locale)) });
    const words = [wordFor(dutiesCommand, ctx), ...paging.words.map((w) => (TERM_WORDS.has(w.toLowerCase()) ? TERM_WORD[ctx.locale] : w))];
    blocks.push(...pageFooter(ctx, { page: paging.page, total: sorted.length, words }));
    return reply(blocks);
  },
};
