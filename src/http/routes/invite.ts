/**
 * GET|HEAD /invites/<meeting-id>/<page-key>.ics — the download link of a meeting's invite, as offered in chat
 * (Teams, console). The per-meeting key makes the link unguessable; a wrong key is the same 404 as no meeting.
 */
import type { Express, Request, Response } from "express";
import { inviteIcs } from "../../services/invite.js";
import { findMeeting } from "../../services/meetings.js";
import { readerLocale } from "../../services/feeds/reader-locale.js";
import { findRegion } from "../../services/regions.js";
import type { HttpDeps } from "../server.js";

export function register(app: Express, deps: HttpDeps): void {
  app.get("/invites/:id/:file", (req: Request, res: Response) => {
    const file = String(req.params.file);
    const meeting = findMeeting(deps.db, String(req.params.id));
    const region = findRegion(deps.db);
    if (!meeting || !region || file !== `${meeting.pageKey}.ics`) {
      res.status(404).type("text/plain; charset=utf-8").send("Not found\n");
      return;
    }
    const locale = readerLocale(req.query.lang, req.headers["accept-language"], region.defaultLocale);
    const method = meeting.status === "cancelled" ? "CANCEL" : "REQUEST";
    const body = inviteIcs(deps.db, meeting, method, { publicUrl: deps.config.publicUrl, locale, now: deps.clock.now() });
    if (body === undefined) {
      res.status(404).type("text/plain; charset=utf-8").send("Not found\n");
      return;
    }
    res.status(200).setHeader("Content-Type", `text/calendar; charset=utf-8; method=${method}`);
    res.setHeader("Content-Disposition", `attachment; filename="${meeting.id}.ics"`);
    res.setHeader("Cache-Control", "private, no-cache");
    res.send(body);
  });
}
