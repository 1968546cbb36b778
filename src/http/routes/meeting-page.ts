/**
 * GET /meetings/<id> (public forums) and /meetings/<id>/<page-key> (any forum): the read-only meeting page.
 * A private forum's meeting without its key, or with a wrong one, is the same 404 as a meeting that does not exist.
 */
import type { Express, Request, Response } from "express";
import { agendaDeadlineOf } from "../../services/agenda-deadline.js";
import { publishedAgenda } from "../../services/agenda/published.js";
import { finalDecisionsOf } from "../../services/decisions/final-decisions.js";
import { renderMeetingPage } from "../pages/meeting-page.js";
import { renderNotFoundPage } from "../pages/not-found.js";
import { inviteUrl } from "../../calendar/urls.js";
import { readerLocale } from "../../services/feeds/reader-locale.js";
import { findRegion } from "../../services/regions.js";
import { findPageMeeting } from "../../services/readable-meeting.js";
import type { HttpDeps } from "../server.js";

export function register(app: Express, deps: HttpDeps): void {
  const page = (req: Request, res: Response) => {
    const region = findRegion(deps.db);
    const found = findPageMeeting(deps.db, String(req.params.id), req.params.key === undefined ? undefined : String(req.params.key));
    const locale = readerLocale(req.query.lang, req.headers["accept-language"], region?.defaultLocale ?? "fi");
    res.setHeader("Content-Language", locale);
    res.setHeader("X-Robots-Tag", "noindex");
    if (!found) {
      res.status(404).type("text/html; charset=utf-8").send(renderNotFoundPage());
      return;
    }
    const { meeting, forum } = found;
    const html = renderMeetingPage({
      meeting,
      forum,
      locale,
      agendaDeadline: agendaDeadlineOf(meeting, forum),
      agenda: publishedAgenda(deps.db, meeting.id, locale)?.items,
      decisions: finalDecisionsOf(deps.db, meeting.id),
      inviteUrl: inviteUrl(deps.config.publicUrl, meeting, locale),
    });
    res.status(200).type("text/html; charset=utf-8").send(html);
  };
  app.get("/meetings/:id", page);
  app.get("/meetings/:id/:key", page);
}
