/**
 * `measure <CODE> done|progress <text>` and `indicator <CODE> <YEAR> <value> [PARTY]`: follow-up recorded by the
 * responsible parties' people and admins (checked by the use cases in services/goals/follow-up.ts).
 */
import { textReply } from "../../conversation/reply.js";
import { UserError } from "../../errors.js";
import { localized } from "../../i18n/locale.js";
import { resolveParty } from "../../services/decisions/resolve.js";
import { recordIndicatorValue, recordMeasure } from "../../services/goals/follow-up.js";
import { formatValue, parseValue } from "../../services/goals/format-value.js";
import { findIndicator, findMeasure } from "../../services/goals/queries.js";
import type { CommandSpec } from "../command.js";
import { confirmReply, readConfirmation } from "../calendar/confirm.js";
import { FETCH_WORDS, runIndicatorFetch } from "./indicator-fetch.js";
import { IMPORT_WORDS, runIndicatorImport } from "./indicator-import.js";

const DONE = ["done", "valmis", "tehty", "klar"];
const PROGRESS = ["progress", "tilanne", "edistyminen", "läge", "framsteg"];

export const measureCommand: CommandSpec = {
  name: "measure",
  aliases: { fi: ["toimenpide"], sv: ["åtgärd"] },
  summary: "cmd.measure",
  usage: "usage.measure",
  run(ctx, args) {
    const [code, verb] = args.words;
    if (!code) throw new UserError("error.missingArgument", { what: "T3.1", usage: ctx.t("usage.measure") });
    const measure = findMeasure(ctx.db, ctx.region.id, code);
    if (!measure) throw new UserError("goals.unknownMeasure", { code });
    const done = DONE.includes((verb ?? "").toLowerCase());
    if (!done && !PROGRESS.includes((verb ?? "").toLowerCase()))
      throw new UserError("error.badArgument", { value: verb ?? "", what: "done|progress", usage: ctx.t("usage.measure") });
    const note = args.rest(2);
    if (!done && !note) throw new UserError("measure.missingText", { usage: ctx.t("usage.measure") });
    recordMeasure(ctx, measure, { done, ...(note ? { note } : {}) });
    return textReply(ctx.t("measure.updated", { code: measure.code, status: ctx.t(done ? "measure.status.done" : "measure.status.in_progress") }));
  },
};

export const indicatorCommand: CommandSpec = {
  name: "indicator",
  aliases: { fi: ["mittari"], sv: ["mätare", "indikator"] },
  summary: "cmd.indicator",
  usage: "usage.indicator",
  run(ctx, typedArgs) {
    if (FETCH_WORDS.includes((typedArgs.words[0] ?? "").toLowerCase())) return runIndicatorFetch(ctx, typedArgs);
    if (IMPORT_WORDS.includes((typedArgs.words[0] ?? "").toLowerCase())) return runIndicatorImport(ctx, typedArgs);
    const { confirmed, args } = readConfirmation(typedArgs);
    const [code, yearText, valueText] = args.words;
    if (!code || !yearText || !valueText) throw new UserError("error.missingArgument", { what: "CODE YEAR VALUE", usage: ctx.t("usage.indicator") });
    const indicator = findIndicator(ctx.db, ctx.region.id, code);
    if (!indicator) throw new UserError("goals.unknownIndicator", { code });
    if (!/^(19|20)\d{2}$/.test(yearText)) throw new UserError("indicator.badYear", { value: yearText });
    const value = parseValue(valueText);
    if (value === undefined) throw new UserError("indicator.badValue", { value: valueText });
    const partyText = args.rest(3);
    const party = partyText ? resolveParty(ctx.db, ctx.region.id, partyText) : undefined;
    const result = recordIndicatorValue(ctx, indicator, { year: Number(yearText), value, confirmed, ...(party ? { party } : {}) });
    if (result.kind === "confirm") return confirmReply(ctx, `indicator ${args.text}`, result.warnings);
    return textReply(
      ctx.t("indicator.recorded", {
        name: localized(indicator.name, ctx.locale),
        year: yearText,
        value: formatValue(value, ctx.locale),
        unit: indicator.unit,
        party: party ? ` (${localized(party.names, ctx.locale)})` : "",
      }),
    );
  },
};
