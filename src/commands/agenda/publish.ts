/** `agenda publish <MEETING>` and `agenda export <MEETING> [md|html]`. */
import { reply, type Reply } from "../../conversation/reply.js";
import { UserError } from "../../errors.js";
import { agendaAttachment, agendaExportSource, type ExportFormat } from "../../services/agenda/export.js";
import { publishAgenda } from "../../services/agenda/publish.js";
import { publishedBlocks } from "../../services/agenda/render-published.js";
import type { Args } from "../command.js";
import type { Context } from "../context.js";
import { exportButton } from "./buttons.js";
import { resolveTarget } from "./target.js";

export async function publishSub(ctx: Context, args: Args): Promise<Reply> {
  const { meeting, forum } = resolveTarget(ctx, args.words, "agenda.usage.publish");
  const result = publishAgenda(ctx, meeting, forum);
  const done = ctx.t("agenda.done.published", {
    version: result.version.version,
    meeting: meeting.id,
    channels: result.channels,
    notified: result.notified,
  });
  return reply(
    [
      { kind: "text", text: done },
      ...publishedBlocks(ctx.db, result.meeting, forum, result.version, ctx.locale),
      { kind: "actions", actions: [exportButton(ctx.t, meeting.id)] },
    ],
    { summary: done },
  );
}

const FORMATS: Record<string, ExportFormat> = { md: "md", markdown: "md", html: "html", htm: "html" };

export function exportSub(ctx: Context, args: Args): Reply {
  const { meeting, forum, used } = resolveTarget(ctx, args.words, "agenda.usage.export");
  const word = (args.words[used] ?? "md").toLowerCase();
  const format = FORMATS[word];
  if (!format) throw new UserError("error.badArgument", { value: word, what: ctx.t("agenda.field.format"), usage: ctx.t("agenda.usage.export") });
  const attachment = agendaAttachment(ctx.db, meeting, forum, agendaExportSource(ctx, meeting, forum), ctx.locale, format);
  return reply([{ kind: "text", text: ctx.t("agenda.done.export", { meeting: meeting.id, format: format === "md" ? "Markdown" : "HTML" }) }], {
    attachments: [attachment],
  });
}
