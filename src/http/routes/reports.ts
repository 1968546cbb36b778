/**
 * GET /reports/<year>.<md|html|csv>?lang= and /reports/<year>/<indicator>.<svg|png>: the agreement's yearly
 * follow-up for download (Teams cannot take files from a bot). Like the annual clock it shows only what any known
 * person may read: decisions of public forums; goals, indicators and measures are the agreement's own, public.
 */
import type { Express, Request, Response } from "express";
import type { Locale } from "../../i18n/locale.js";
import { renderPng } from "../../services/annual-clock/png.js";
import { readerLocale } from "../../services/feeds/reader-locale.js";
import { REPORT_TYPES, reportCharts, reportDocumentFile } from "../../services/report/files.js";
import { publicYearReport } from "../../services/report/year-report.js";
import { findRegion, type RegionRow } from "../../services/regions.js";
import type { HttpDeps } from "../server.js";

export function register(app: Express, deps: HttpDeps): void {
  const notFound = (res: Response): void => void res.status(404).type("text/plain").send("not found");
  const setup = (req: Request, yearText: string): { region: RegionRow; locale: Locale; year: number } | undefined => {
    const region = findRegion(deps.db);
    const year = Number(yearText);
    if (!region || !/^\d{4}$/.test(yearText) || year < 2000 || year > 2100) return undefined;
    return { region, locale: readerLocale(req.query.lang, req.headers["accept-language"], region.defaultLocale), year };
  };
  app.get("/reports/:file", (req, res) => {
    const match = /^(\d{4})\.(md|html|csv)$/.exec(String(req.params.file));
    const ok = match && setup(req, match[1]!);
    if (!match || !ok) return notFound(res);
    const report = publicYearReport(deps.db, ok.region, ok.year, deps.clock.now());
    const format = match[2] as "md" | "html" | "csv";
    res.setHeader("Cache-Control", "public, max-age=300");
    res
      .status(200)
      .type(REPORT_TYPES[format])
      .send(reportDocumentFile(deps.db, report, ok.locale, format));
  });
  app.get("/reports/:year/:file", (req, res) => {
    const match = /^(.+)\.(svg|png)$/.exec(String(req.params.file));
    const ok = setup(req, String(req.params.year));
    if (!match || !ok) return notFound(res);
    const report = publicYearReport(deps.db, ok.region, ok.year, deps.clock.now());
    const svg = reportCharts(report, ok.locale).get(match[1]!); // Express 5 has decoded the param already
    if (!svg) return notFound(res);
    res.setHeader("Cache-Control", "public, max-age=300");
    if (match[2] === "svg") res.type(REPORT_TYPES.svg).send(svg);
    else res.type(REPORT_TYPES.png).send(renderPng(svg));
  });
}
