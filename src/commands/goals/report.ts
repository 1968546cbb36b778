/**
 * `report [YEAR]`: the agreement's yearly follow-up in chat (summary, goals with status, duties), with Markdown,
 * HTML and CSV exports and a chart per indicator (SVG and PNG). Decisions of forums the asker may not read are left
 * out; the download links (for Teams) show public forums' decisions only.
 */
import { yearArg } from "../../domain/year-arg.js";
import { reply } from "../../conversation/reply.js";
import { UserError } from "../../errors.js";
import { canRead } from "../../services/access.js";
import { buildYearReport } from "../../services/report/build.js";
import { buildReportDocument } from "../../services/report/document.js";
import { reportFiles } from "../../services/report/files.js";
import type { CommandSpec } from "../command.js";

export const reportCommand: CommandSpec = {
  name: "report",
  aliases: { fi: ["raportti", "seuranta"], sv: ["rapport", "uppföljning"] },
  summary: "cmd.report",
  usage: "usage.report",
  run(ctx, args) {
    const typed = args.words[0];
    const year = yearArg(typed, ctx.now, ctx.zone);
    if (year === null) throw new UserError("report.badYear", { value: typed! });
    const report = buildYearReport(ctx.db, ctx.region, year, ctx.now, (f) => canRead(ctx, f));
    const doc = buildReportDocument(ctx.db, report, ctx.locale);
    const files = reportFiles(ctx.db, report, ctx.locale);
    const publicFiles = reportFiles(
      ctx.db,
      buildYearReport(ctx.db, ctx.region, year, ctx.now, (f) => f.isPublic),
      ctx.locale,
      ctx.config.publicUrl,
    );
    // The attachment content is what this person may read; the URL (used where files cannot be sent) is the public version.
    const attachments = files.map((f, i) => ({ ...f, ...(publicFiles[i]?.url ? { url: publicFiles[i]!.url } : {}) }));
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
