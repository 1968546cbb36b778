/**
 * `report [YEAR]`: the agreement's yearly follow-up in chat (summary, goals with status, duties), with Markdown,
 * HTML and CSV exports and a chart per indicator (SVG and PNG). The report use case leaves out decisions of forums the
 * asker may not read; the download links (for Teams) show public forums' decisions only.
 */
import { yearArg } from "../../domain/year-arg.js";
import { reply } from "../../conversation/reply.js";
import { UserError } from "../../errors.js";
import { readableReport } from "../../services/report/readable-report.js";
import type { CommandSpec } from "../command.js";

export const reportCommand: CommandSpec = {
  name: "report",
  aliases: { fi: ["raportti", "seuranta"], sv: ["rapport", "uppföljning"] },
  summary: "cmd.report",
  usage: "usage.report",
  async run(ctx, args) {
    const typed = args.words[0];
    const year = yearArg(typed, ctx.now, ctx.zone);
    if (year === null) throw new UserError("report.badYear", { value: typed! });
    // Rendered off the server's thread: a large region's report would hold up every other request meanwhile.
    const { doc, attachments } = await readableReport(ctx, ctx.region, year, ctx.config.publicUrl);
    return reply(
      [
        { kind: "heading", text: doc.title },
        ...(doc.subtitle ? [{ kind: "text" as const, text: `_${doc.subtitle}_` }] : []),
        { kind: "text", text: doc.summary },
        { kind: "list", items: doc.goals.map((g) => ctx.t("report.goalLine", { code: g.code, title: g.heading.slice(g.code.length + 3), status: g.status })) },
        { kind: "heading", text: doc.labels.duties },
        doc.duties.length > 0 ? { kind: "list", items: doc.duties } : { kind: "text", text: doc.labels.noDuties },
        { kind: "text", text: ctx.t("report.attached") },
      ],
      { attachments, summary: doc.title },
    );
  },
};
