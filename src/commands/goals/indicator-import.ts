/**
 * `indicator import` (fi `mittari tuo`, sv `indikator importera`) with CSV lines pasted after the command: the same
 * check and all-or-nothing import as `npx yhdyspinta indicators import <file>` (issue 20 point 3). The lines come
 * pasted in the message itself, or as a CSV file attached to it (downloaded by the adapter, ctx.attachment).
 */
import { textReply } from "../../conversation/reply.js";
import { UserError } from "../../errors.js";
import { csvImportedText, formatCsvIssues, importIndicatorCsvAs } from "../../services/goals/csv-import.js";
import type { Args } from "../command.js";
import type { Context } from "../context.js";

export const IMPORT_WORDS = ["import", "tuo", "importera"];

export function runIndicatorImport(ctx: Context, args: Args) {
  const file = ctx.attachment;
  if (file && "refused" in file) throw new UserError(`csv.file.${file.refused}`, { name: file.name });
  const csv = file ? file.text : args.rest(1);
  if (!csv) throw new UserError("csv.chatUsage");
  const result = importIndicatorCsvAs(ctx, ctx.region.id, csv);
  return textReply(result.ok ? csvImportedText(result, ctx.locale) : formatCsvIssues(result.issues, ctx.locale));
}
