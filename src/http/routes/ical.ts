/**
 * GET|HEAD /ical/<token>.ics — a person's subscribed calendar (issue 7, issue 19 point 1). Unknown, malformed and
 * revoked tokens all get the same bare 404. The ETag comes from the feed state and covers everything the feed
 * shows; an unchanged feed is answered 304 (or from the rendered-feed cache) without building the calendar, and a
 * changed or another person's feed renders only the meetings whose events are not in the event cache. While the
 * database is unchanged, a feed's head (and so its ETag) is kept, and a 304 reads nothing of the feed. The
 * body is gzipped for clients that accept it (a 1,000-event feed shrinks about 20×), with `Vary: Accept-Encoding`
 * so caches keep the two apart.
 */
import { gzipSync } from "node:zlib";
import type { Express, Request, Response } from "express";
import { acceptsGzip } from "../../services/feeds/accept-encoding.js";
import { buildCachedFeed } from "../../services/feeds/build-feed.js";
import { isNotModified } from "../../services/feeds/conditional-get.js";
import { FeedEventCache } from "../../services/feeds/event-cache.js";
import { FeedCache } from "../../services/feeds/feed-cache.js";
import { FeedHeadCache } from "../../services/feeds/head-cache.js";
import { loadFeedHead } from "../../services/feeds/feed-state.js";
import { findActiveFeedToken, hashToken } from "../../services/feeds/tokens.js";
import type { HttpDeps } from "../server.js";

function notFound(res: Response): void {
  res.status(404).type("text/plain; charset=utf-8").send("Not found\n");
}

export function register(app: Express, deps: HttpDeps): void {
  const cache = new FeedCache();
  const events = new FeedEventCache();
  const heads = new FeedHeadCache();
  app.get("/ical/:file", (req: Request, res: Response) => {
    const file = String(req.params.file);
    if (!file.endsWith(".ics")) return notFound(res);
    const presented = file.slice(0, -4);
    const lang = typeof req.query.lang === "string" ? req.query.lang : undefined;
    const now = deps.clock.now();
    // Taken before reading: a write meanwhile gives the kept head an older stamp, so the next request reads again.
    const stamp = FeedHeadCache.stamp(deps.db);
    const key = `${hashToken(presented)}|${lang ?? ""}`;
    let head = heads.get(key, stamp, now);
    if (!head) {
      const token = findActiveFeedToken(deps.db, presented);
      head = token ? loadFeedHead(deps.db, token, now, deps.config.publicUrl, lang) : undefined;
      if (!head) return notFound(res);
      heads.set(key, stamp, head);
    }
    res.setHeader("ETag", head.etag);
    res.setHeader("Cache-Control", "private, max-age=0, must-revalidate");
    res.setHeader("Vary", "Accept-Encoding");
    if (isNotModified(req.headers, head.etag)) {
      res.status(304).end();
      return;
    }
    let cached = cache.get(head.etag);
    if (!cached) {
      cached = { body: buildCachedFeed(deps.db, head, events) };
      cache.set(head.etag, cached);
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
