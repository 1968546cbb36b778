/**
 * Refuses replayed Slack requests before Bolt sees them (issue 16 point 2). Slack signs every HTTP request
 * (slash commands, interactivity, events) with HMAC-SHA256 over "v0:<timestamp>:<body>"
 * (https://docs.slack.dev/authentication/verifying-requests-from-slack). Bolt checks the signature and refuses
 * timestamps more than five minutes old, but accepts a timestamp in the future and the same signed request any
 * number of times. Here a correctly signed request is refused when its timestamp is more than five minutes off in
 * either direction, or when its signature was accepted before (kept through the store port, so a restart does not
 * reopen the window). A request that is not correctly signed is refused with 401 here too, so Bolt's receiver, which
 * runs after this guard only, need not compute the same HMAC again (issue 18 §5: the reply's time).
 */
import { verifySlackRequest } from "@slack/bolt";
import type { RequestHandler } from "express";
import type { Clock } from "../../src/clock.js";
import type { Logger } from "../../src/log.js";
import type { SlackSeenStore } from "../../src/stores/slack-seen.js";

/** Slack's window for a request's timestamp, in either direction. */
export const REQUEST_WINDOW_MS = 5 * 60_000;
/** Bolt's own limit for a request body (HTTPModuleFunctions.defaultBodyLimit). */
const BODY_LIMIT = 4 * 1024 * 1024;

export interface ReplayGuardOptions {
  signingSecret: string;
  seen: SlackSeenStore;
  /** Wall-clock time: Slack's timestamps are real time, whatever clock the calendar runs on. */
  clock: Clock;
  log: Logger;
}

type WithRawBody = { rawBody?: Buffer };

function readBody(req: NodeJS.ReadableStream, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on("end", () => resolve(size <= limit ? Buffer.concat(chunks) : undefined));
    req.on("error", reject);
  });
}

/** Express middleware for the Slack endpoint; leaves the body as `req.rawBody`, which Bolt's receiver reads. */
export function slackReplayGuard(options: ReplayGuardOptions): RequestHandler {
  const { signingSecret, seen, clock, log } = options;
  return async (req, res, next) => {
    if (req.method !== "POST") return next();
    const raw = await readBody(req, BODY_LIMIT).catch(() => undefined);
    if (raw === undefined) {
      res.status(413).end();
      return;
    }
    (req as WithRawBody).rawBody = raw;
    const signature = req.header("x-slack-signature");
    const timestamp = Number(req.header("x-slack-request-timestamp"));
    const now = clock.now();
    try {
      if (!signature || !Number.isInteger(timestamp)) throw new Error("unsigned");
      verifySlackRequest({
        signingSecret,
        body: raw.toString("utf8"),
        headers: { "x-slack-signature": signature, "x-slack-request-timestamp": timestamp },
        nowMilliseconds: now,
      });
    } catch {
      log.warn("slack request refused: not signed with our signing secret");
      res.status(401).end();
      return;
    }
    const sentAt = timestamp * 1000;
    if (Math.abs(now - sentAt) > REQUEST_WINDOW_MS) {
      log.warn({ skewSeconds: Math.round((sentAt - now) / 1000) }, "slack request refused: timestamp outside the five-minute window");
      res.status(401).end();
      return;
    }
    if (!seen.markSignatureSeen(signature, sentAt + REQUEST_WINDOW_MS, now)) {
      log.warn("slack request refused: signature seen before (a replay)");
      res.status(401).end();
      return;
    }
    next();
  };
}
