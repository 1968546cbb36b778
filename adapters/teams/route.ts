/**
 * `POST /api/messages` on our one server (issue 16 §4). Before the body is read: a declared length over 256 kB gets
 * 413, and the bearer token is authenticated — signature, issuer and audience, as the SDK checks them for Teams
 * (`authenticateStreamingRequest`, which needs no activity) — else 401. Then JSON is parsed on this route only (a
 * streamed body over the cap is 413, malformed JSON a plain 400) and the SDK runs the turn, checking the token
 * again against the activity's serviceUrl, the one claim that needs the body.
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
  /** Checks the Authorization header before the body is read; throws when it is not a valid Bot Framework token. */
  authenticate?: (authorization: string) => Promise<unknown>;
}

const BEARER_JWT = /^Bearer [A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

function refuseEarly(options: RouteOptions): RequestHandler {
  return async (req, res, next) => {
    const length = Number(req.headers["content-length"] ?? 0);
    if (length > MAX_ACTIVITY_BYTES) return void res.status(413).type("text/plain; charset=utf-8").send("Request too large\n");
    if (!options.requireToken) return next();
    const authorization = req.headers.authorization?.trim() ?? "";
    if (!BEARER_JWT.test(authorization)) return void res.status(401).end();
    try {
      await options.authenticate?.(authorization);
    } catch (error) {
      options.log.debug({ reason: (error as Error).message }, "Teams request refused before its body was read");
      return void res.status(401).end();
    }
    next();
  };
}

export function mountMessagesRoute(http: Express, adapter: CloudAdapter, logic: (context: TurnContext) => Promise<void>, options: RouteOptions): void {
  const { log } = options;
  const parse = express.json({ limit: MAX_ACTIVITY_BYTES, type: () => true });
  http.post(MESSAGES_PATH, refuseEarly(options), parse, async (req, res) => {
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
