/**
 * `POST /api/messages` on our one server. Before the body is read, a request without a bearer token shaped like a
 * JWT gets 401 and a body over 256 kB gets 413 (issue 16 §4); then JSON is parsed on this route only and the SDK
 * checks the Bot Framework token and runs the turn. The SDK's token check needs the activity (its channelId and
 * serviceUrl claims), so the full check cannot come before the parse; the header check keeps anonymous callers out
 * of the parser. Malformed JSON becomes a plain 400 in the server's error handler.
 */
import express, { type Express, type RequestHandler } from "express";
import type { CloudAdapter, TurnContext } from "botbuilder";
import type { Logger } from "../../src/log.js";

export const MESSAGES_PATH = "/api/messages";
/** Bot Framework activities are small; Teams caps a message at about 28 kB and a card at 40 kB. */
export const MAX_ACTIVITY_BYTES = 256 * 1024;

export interface RouteOptions {
  log: Logger;
  /** Refuse requests without a bearer token before anything reads the body (and before the SDK logs a stack trace). */
  requireToken: boolean;
}

const BEARER_JWT = /^Bearer [A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

function refuseEarly(requireToken: boolean): RequestHandler {
  return (req, res, next) => {
    const length = Number(req.headers["content-length"] ?? 0);
    if (requireToken && !BEARER_JWT.test(req.headers.authorization?.trim() ?? "")) return void res.status(401).end();
    if (length > MAX_ACTIVITY_BYTES) return void res.status(413).type("text/plain; charset=utf-8").send("Request too large\n");
    next();
  };
}

export function mountMessagesRoute(http: Express, adapter: CloudAdapter, logic: (context: TurnContext) => Promise<void>, options: RouteOptions): void {
  const { log } = options;
  const parse = express.json({ limit: MAX_ACTIVITY_BYTES, type: () => true });
  http.post(MESSAGES_PATH, refuseEarly(options.requireToken), parse, async (req, res) => {
    if (typeof req.body !== "object" || req.body === null || Array.isArray(req.body)) {
      return void res.status(400).type("text/plain; charset=utf-8").send("Bad request\n");
    }
    try {
      await adapter.process(req, res, logic);
    } catch (error) {
      log.error({ err: error }, "Teams activity failed");
      if (!res.headersSent) res.status(500).end();
    }
  });
}
