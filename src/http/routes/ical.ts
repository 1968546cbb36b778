/**
 * GET|HEAD /ical/<token>.ics — a person's subscribed calendar (issue 7, issue 19 point 1). Unknown, malformed and
 * revoked tokens all get the same bare 404. The ETag comes from the feed state and covers everything the feed
 * shows; an unchanged feed is answered 304 (or from the rendered-feed cache) without building the calendar. The
 * body is gzipped for clients that accept it (a 1,000-event feed shrinks about 20×), with `Vary: Accept-Encoding`
 * so caches keep the two apart.
 */
import { gzipSync } from "node:zlib";
import type { Express, Request, Response } from "express";
import { acceptsGzip } from "../../services/feeds/accept-encoding.js";
import { buildFeed } from "../../services/feeds/build-feed.js";
import { isNotModified } from "../../services/feeds/conditional-get.js";
import { FeedCache } from "../../services/feeds/feed-cache.js";
import { loadFeedState } from "../../services/feeds/feed-state.js";
import { findActiveFeedToken } from "../../services/feeds/tokens.js";
import type { HttpDeps } from "../server.js";

function notFound(res: Response): void {
  res.status(404).type("text/plain; charset=utf-8").send("Not found\n");
}

export function register(app: Express, deps: HttpDeps): void {
  const cache = new FeedCache();
  app.get("/ical/:file", (req: Request, res: Response) => {
    const file = String(req.params.file);
    const token = file.endsWith(".ics") ? findActiveFeedToken(deps.db, file.slice(0, -4)) : undefined;
    const lang = typeof req.query.lang === "string" ? req.query.lang : undefined;
    const state = token ? loadFeedState(deps.db, token, deps.clock.now(), deps.config.publicUrl, lang) : undefined;
    if (!state) return notFound(res);
    res.setHeader("ETag", state.etag);
    res.setHeader("Cache-Control", "private, max-age=0, must-revalidate");
    res.setHeader("Vary", "Accept-Encoding");
    if (isNotModified(req.headers, state.etag)) {
      res.status(304).end();
      return;
    }
    let cached = cache.get(state.etag);
    if (!cached) {
      cached = { body: buildFeed(deps.db, state) };
      cache.set(state.etag, cached);
    }
    res.status(200).setHeader("Content-Type", "text/calendar; charset=utf-8");
    res.setHeader("Content-Disposition", 'inline; filename="yhdyspinta.ics"');
    if (acceptsGzip(req.headers["accept-encoding"])) {
      cached.gzip ??= gzipSync(cached.body);
      res.setHeader("Content-Encoding", "gzip");
      res.send(cached.gzip);
      return;
    }
    res.send(cached.body);
  });
}
