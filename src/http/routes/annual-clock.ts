/**
 * GET /annual-clock/<year>.png and .svg (?lang=fi|sv|en): the region's annual clock of public forums, for chat
 * (Slack and Teams fetch the image by URL, so it holds nothing a private forum would hide). Drawn on the render
 * thread (issue 18 §3).
 */
import type { Express } from "express";
import { readerLocale } from "../../services/feeds/reader-locale.js";
import { findRegion } from "../../services/regions.js";
import { renderOnThread } from "../../services/render/render-thread.js";
import type { HttpDeps } from "../server.js";
import { sendable } from "../sendable.js";

export function register(app: Express, deps: HttpDeps): void {
  // The promise goes back to Express 5, so a failed job is the error handler's 500, not an unhandled rejection.
  app.get("/annual-clock/:file", async (req, res) => {
    const match = /^(\d{4})\.(png|svg)$/.exec(req.params.file);
    const region = findRegion(deps.db);
    if (!match || !region || Number(match[1]) < 2000 || Number(match[1]) > 2100) {
      res.status(404).type("text/plain").send("not found");
      return;
    }
    const locale = readerLocale(req.query.lang, req.headers["accept-language"], region.defaultLocale);
    const format = match[2] as "png" | "svg";
    const picture = await renderOnThread(deps.db, { kind: "annual-clock", region, year: Number(match[1]), now: deps.clock.now(), locale, format });
    res.setHeader("Cache-Control", "public, max-age=300");
    res.type(format === "svg" ? "image/svg+xml" : "image/png").send(sendable(picture));
  });
}
