/**
 * GET /reports/<year>.<md|html|csv>?lang= and /reports/<year>/<indicator>.<svg|png>: the agreement's yearly
 * follow-up for download (Teams cannot take files from a bot). Like the annual clock it shows only what any known
 * person may read: decisions of public forums; goals, indicators and measures are the agreement's own, public.
 * The report is built and drawn on the render thread (issue 18 §3); an unknown year or file is a 404 here, an
 * indicator with no chart is the job's answer.
 */
import type { Express, Request, Response } from "express";
import type { Locale } from "../../i18n/locale.js";
import { readerLocale } from "../../services/feeds/reader-locale.js";
import { renderOnThread } from "../../services/render/render-thread.js";
import { REPORT_TYPES } from "../../services/report/files.js";
import { findRegion, type RegionRow } from "../../services/regions.js";
import type { HttpDeps } from "../server.js";
import { sendable } from "../sendable.js";

export function register(app: Express, deps: HttpDeps): void {
  const notFound = (res: Response): void => void res.status(404).type("text/plain").send("not found");
  const setup = (req: Request, yearText: string): { region: RegionRow; locale: Locale; year: number } | undefined => {
    const region = findRegion(deps.db);
    const year = Number(yearText);
    if (!region || !/^\d{4}$/.test(yearText) || year < 2000 || year > 2100) return undefined;
    return { region, locale: readerLocale(req.query.lang, req.headers["accept-language"], region.defaultLocale), year };
  };
  // The promises go back to Express 5, so a failed job is the error handler's 500, not an unhandled rejection.
  app.get("/reports/:file", async (req, res) => {
    const match = /^(\d{4})\.(md|html|csv)$/.exec(String(req.params.file));
    const ok = match && setup(req, match[1]!);
    if (!match || !ok) return notFound(res);
    const format = match[2] as "md" | "html" | "csv";
    const body = await renderOnThread(deps.db, { kind: "report-file", ...ok, now: deps.clock.now(), format });
    res.setHeader("Cache-Control", "public, max-age=300");
    res.status(200).type(REPORT_TYPES[format]).send(body);
  });
  app.get("/reports/:year/:file", async (req, res) => {
    const match = /^(.+)\.(svg|png)$/.exec(String(req.params.file));
    const ok = setup(req, String(req.params.year));
    if (!match || !ok) return notFound(res);
    const format = match[2] as "svg" | "png";
    // Express 5 has decoded the param already.
    const chart = await renderOnThread(deps.db, { kind: "report-chart", ...ok, now: deps.clock.now(), indicator: match[1]!, format });
    if (chart === null) return notFound(res);
    res.setHeader("Cache-Control", "public, max-age=300");
    res.type(REPORT_TYPES[format]).send(sendable(chart));
  });
}
