/**
 * GET /annual-clock/<year>.png and .svg (?lang=fi|sv|en): the region's annual clock of public forums, for chat
 * (Slack and Teams fetch the image by URL, so it holds nothing a private forum would hide).
 */
import type { Express } from "express";
import { translator } from "../../i18n/catalog.js";
import { publicAnnualClock, renderAnnualClockSvg, renderPng } from "../../services/annual-clock/index.js";
import { readerLocale } from "../../services/feeds/reader-locale.js";
import { findRegion } from "../../services/regions.js";
import type { HttpDeps } from "../server.js";

export function register(app: Express, deps: HttpDeps): void {
  app.get("/annual-clock/:file", (req, res) => {
    const match = /^(\d{4})\.(png|svg)$/.exec(req.params.file);
    const region = findRegion(deps.db);
    if (!match || !region || Number(match[1]) < 2000 || Number(match[1]) > 2100) {
      res.status(404).type("text/plain").send("not found");
      return;
    }
    const lang = readerLocale(req.query.lang, req.headers["accept-language"], region.defaultLocale);
    const model = publicAnnualClock(deps.db, region, Number(match[1]), deps.clock.now());
    const svg = renderAnnualClockSvg(model, lang, translator(lang));
    res.setHeader("Cache-Control", "public, max-age=300");
    if (match[2] === "svg") res.type("image/svg+xml").send(svg);
    else res.type("image/png").send(renderPng(svg));
  });
}
