/**
 * Builds the Bolt app on one of two receivers: HTTP (an ExpressReceiver whose router our express app mounts at
 * /slack/events; it reads the raw body itself to check the signature, so no body parser may run before it) or
 * Socket Mode (when an app-level token is set; no public URL needed).
 */
import { App, ExpressReceiver, SocketModeReceiver, type Receiver, type webApi } from "@slack/bolt";
import express, { type RequestHandler } from "express";
import type { Logger } from "../../src/log.js";
import { boltLogger } from "./bolt-logger.js";
import { authorizeWith, type TokenStore } from "./token-store.js";

export const EVENTS_PATH = "/slack/events";

export interface SlackAppOptions {
  signingSecret: string;
  appToken?: string;
  /** The Web API base (tests point it at a loopback fake); Slack's own when unset. */
  apiUrl?: string;
  tokens: TokenStore;
  log: Logger;
  /** HTTP mode: runs before Bolt on every request to the endpoint (the replay guard, which also checks the signature). */
  guard?: RequestHandler;
}

export interface SlackApp {
  app: App;
  /** HTTP mode: the router to mount on our express app. */
  router?: express.Router;
  socketMode: boolean;
}

/** Client options for every WebClient we make: the API base, our logger, short retries for interactive replies. */
export function clientOptions(apiUrl: string | undefined, log: Logger): webApi.WebClientOptions {
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/` } : {}),
    logger: boltLogger(log),
    retryConfig: { retries: 2, factor: 2, minTimeout: 300, maxTimeout: 2000 },
  };
}

export function createSlackApp(options: SlackAppOptions): SlackApp {
  const logger = boltLogger(options.log);
  const webOptions = clientOptions(options.apiUrl, options.log);
  let receiver: Receiver;
  let router: express.Router | undefined;
  if (options.appToken) {
    // The socket client keeps its own long retry policy for apps.connections.open, so it reconnects after outages.
    const { retryConfig: _ownRetries, ...socketOptions } = webOptions;
    receiver = new SocketModeReceiver({ appToken: options.appToken, logger, installerOptions: { clientOptions: socketOptions } });
  } else {
    router = express.Router();
    if (options.guard) router.post(EVENTS_PATH, options.guard);
    // With the guard in front, every request reaching the receiver has had its signature checked there.
    receiver = new ExpressReceiver({
      signingSecret: options.signingSecret,
      endpoints: EVENTS_PATH,
      router,
      logger,
      ...(options.guard ? { signatureVerification: false } : {}),
    });
  }
  // No conversation store: we keep no per-conversation state in Bolt, and its default in-memory store builds an
  // Error ("Conversation not found") on every request only to swallow it.
  const app = new App({ receiver, authorize: authorizeWith(options.tokens), clientOptions: webOptions, logger, convoStore: false });
  app.error(async (error) => {
    options.log.error({ err: error, code: (error as { code?: string }).code }, "slack listener failed");
  });
  return { app, router, socketMode: Boolean(options.appToken) };
}
