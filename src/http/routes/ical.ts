/**
 * GET|HEAD /ical/<token>.ics — a person's subscribed calendar (issue 7). Unknown, malformed and revoked tokens all
 * get the same bare 404. ETag/Last-Modified validators come from the feed state; an unchanged feed is answered
 * 304 (or from the rendered-feed cache) without building the calendar.
 */
import type { Express, Request, Response } from "express";
import { buildFeed } from "../../services/feeds/build-feed.js";
import { FeedCache } from "../../services/feeds/feed-cache.js";
import { loadFeedState } from "../../services/feeds/feed-state.js";
import { findActiveFeedToken } from "../../services/feeds/tokens.js";
import type { HttpDeps } from "../server.js";
import { isNotModified } from "../../services/feeds/conditional-get.js";

function notFound(res: Response): void {
  res.status(404).type("text/plain; charset=utf-8").send("Not found\n");
}

export function register(app: Express, deps: HttpDeps): void {
  const cache = new FeedCache();
  app.get("/ical/:file", (req: Request, res: Response) => {
    const file = String(req.params.file);
    const token = file.endsWith(".ics") ? findActiveFeedToken(deps.db, file.slice(0, -4)) : undefined;
    const lang = typeof req.query.lang === "string" ? req.query.lang : undefined;
    const state = token ? loadFeedState(deps.db, token, deps.clock.now(), lang) : undefined;
    if (!state) return notFound(res);
    res.setHeader("ETag", state.etag);
    res.setHeader("Last-Modified", new Date(state.lastModified).toUTCString());
    res.setHeader("Cache-Control", "private, max-age=0, must-revalidate");
    if (isNotModified(req.headers, state.etag, state.lastModified)) {
      res.status(304).end();
      return;
    }
    let cached = cache.get(state.etag);
    if (!cached) {
      cached = { body: buildFeed(deps.db, state, deps.config.publicUrl), lastModified: state.lastModified };
      cache.set(state.etag, cached);
    }
    res.status(200).setHeader("Content-Type", "text/calendar; charset=utf-8");
    res.setHeader("Content-Disposition", 'inline; filename="yhdyspinta.ics"');
    res.send(cached.body);
  });
}
