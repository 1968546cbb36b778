/**
 * GET /minutes/<id>/<minutes-key>.<md|html|docx>?lang= : the minutes of a meeting, and
 * GET /minutes/<id>/<minutes-key>/s<N>/<party>.<format> : one party's extract of one §.
 * Teams cannot take files from a bot, so the chat offers these links. The minutes key is a secret of its own (the
 * page key is shown on the meeting page); a wrong key is the same 404 as no meeting.
 */
import type { Express, Request, Response } from "express";
import { findMeeting } from "../../services/meetings.js";
import { readerLocale } from "../../services/feeds/reader-locale.js";
import { CONTENT_TYPES } from "../../services/minutes/export.js";
import { isMinutesKey, type MinutesFormat } from "../../services/minutes/urls.js";
import { findParty } from "../../services/parties.js";
import { findRegion } from "../../services/regions.js";
import { forumById } from "../../services/forums.js";
import { renderOnThread } from "../../services/render/render-thread.js";
import type { HttpDeps } from "../server.js";
import { sendable } from "../sendable.js";

const FILE = /^(.+)\.(md|html|docx)$/;

export function register(app: Express, deps: HttpDeps): void {
  const notFound = (res: Response): void => void res.status(404).type("text/plain").send("not found");
  /** Express 5 has already decoded the params once; they are not decoded again. */
  const serve = async (req: Request, res: Response, extract?: { section: number; partyFile: string }): Promise<void> => {
    const last = extract ? extract.partyFile : String(req.params.file);
    const match = FILE.exec(last);
    const meeting = findMeeting(deps.db, String(req.params.id));
    const forum = meeting ? forumById(deps.db, meeting.forumId) : undefined;
    const region = findRegion(deps.db);
    const key = extract ? String(req.params.key) : match?.[1];
    if (!match || !meeting || !forum || !region || !isMinutesKey(meeting, key)) return notFound(res);
    const locale = readerLocale(req.query.lang, req.headers["accept-language"], region.defaultLocale);
    const party = extract ? findParty(deps.db, match[1]!) : undefined;
    if (extract && !party) return notFound(res);
    const format = match[2] as MinutesFormat;
    // Built and rendered on the render thread (issue 18 §3); an extract of a § the minutes lack answers null.
    const body = await renderOnThread(deps.db, {
      kind: "minutes",
      meeting,
      forum,
      locale,
      format,
      ...(extract && party ? { extract: { section: extract.section, party } } : {}),
    });
    if (body === null) return notFound(res);
    const name = extract ? `extract-${meeting.id}-${extract.section}-${match[1]}.${format}` : `minutes-${meeting.id}.${format}`;
    res.setHeader("X-Robots-Tag", "noindex");
    res.setHeader("Cache-Control", "private, no-store");
    if (format === "docx") res.setHeader("Content-Disposition", `attachment; filename="${name}"`);
    res.status(200).type(CONTENT_TYPES[format]).send(sendable(body));
  };
  // The promise goes back to Express 5, so a throw is an error response, not an unhandled rejection.
  app.get("/minutes/:id/:file", (req, res) => serve(req, res));
  app.get("/minutes/:id/:key/:section/:party", (req, res) => {
    const section = /^s(\d+)$/.exec(String(req.params.section));
    if (!section) return notFound(res);
    return serve(req, res, { section: Number(section[1]), partyFile: String(req.params.party) });
  });
}
