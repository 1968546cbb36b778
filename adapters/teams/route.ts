/**
 * `POST /api/messages` on our one server: JSON parsed on this route only, then the SDK checks the Bot Framework
 * token (401 without a valid one, unless anonymous) and runs the turn.
 */
import express, { type Express } from "express";
import type { CloudAdapter, TurnContext } from "botbuilder";
import type { Logger } from "../../src/log.js";

export const MESSAGES_PATH = "/api/messages";

export interface RouteOptions {
  log: Logger;
  /** Refuse requests without an Authorization header before the SDK looks at them (and logs a stack trace). */
  requireToken: boolean;
}

export function mountMessagesRoute(http: Express, adapter: CloudAdapter, logic: (context: TurnContext) => Promise<void>, options: RouteOptions): void {
  const { log } = options;
  http.post(MESSAGES_PATH, express.json({ limit: "1mb" }), async (req, res) => {
    if (options.requireToken && !req.headers.authorization?.trim()) return void res.status(401).end();
    try {
      await adapter.process(req, res, logic);
    } catch (error) {
      log.error({ err: error }, "Teams activity failed");
      if (!res.headersSent) res.status(500).end();
    }
  });
}
