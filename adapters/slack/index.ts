/**
 * The Slack adapter: on when SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are set (src/config.ts). HTTP mode mounts
 * Bolt on our one express server at /slack/events; with SLACK_APP_TOKEN it connects in Socket Mode instead.
 * Translates Slack in, calls the core, renders out; offers the Slack Notifier.
 */
import { webApi } from "@slack/bolt";
import type { Adapter } from "../../src/adapter.js";
import { systemClock, type Clock } from "../../src/clock.js";
import { createSlackApp, clientOptions } from "./bolt-app.js";
import { DEFAULT_BUDGETS, type SlackBudgets } from "./budget.js";
import { dedupeEvents } from "./dedupe.js";
import { createIdentify } from "./identify.js";
import { registerListeners } from "./listeners/index.js";
import { createSlackNotifier } from "./notifier.js";
import { slackReplayGuard } from "./replay-guard.js";
import { singleWorkspaceTokenStore } from "./token-store.js";

export interface SlackAdapterOptions {
  /** Slack's 3-second windows (tests shorten them so that a slow Slack API costs them little time). */
  budgets?: Partial<SlackBudgets>;
  /** The wall clock request timestamps are checked against (tests move it to probe the window). */
  requestClock?: Clock;
}

export function createSlackAdapter(options: SlackAdapterOptions = {}): Adapter {
  const budgets: SlackBudgets = { ...DEFAULT_BUDGETS, ...options.budgets };
  return {
    name: "slack",
    enabled: (config) => config.slack !== undefined,
    async start({ core, http, config, stores, clock, log }) {
      const slack = config.slack!;
      const now = () => clock.now();
      const verifier = new webApi.WebClient(slack.botToken, clientOptions(slack.apiUrl, log));
      const tokens = singleWorkspaceTokenStore(slack.botToken, async () => {
        const who = await verifier.auth.test();
        return { botUserId: who.user_id, botId: who.bot_id, teamId: who.team_id };
      });
      const guard = slackReplayGuard({ signingSecret: slack.signingSecret, seen: stores.slackSeen, clock: options.requestClock ?? systemClock, log });
      const { app, router, socketMode } = createSlackApp({
        signingSecret: slack.signingSecret,
        appToken: slack.appToken,
        apiUrl: slack.apiUrl,
        tokens,
        log,
        guard,
      });
      app.use(dedupeEvents(stores.slackSeen, now, log));
      registerListeners(app, { core, identify: createIdentify({ log, now }), log, budgets });
      if (router) http.use(router);
      // Socket Mode connects in the background: Slack being unreachable at boot must not stop the feeds and the
      // scheduler; the socket client keeps retrying and logs.
      const connecting = socketMode ? app.start().catch((error: unknown) => log.error({ err: error }, "slack socket mode could not connect")) : undefined;
      log.info({ mode: socketMode ? "socket" : "http" }, "slack adapter ready");
      const notifierClient = new webApi.WebClient(slack.botToken, {
        ...clientOptions(slack.apiUrl, log),
        rejectRateLimitedCalls: true,
        retryConfig: { retries: 0 },
      });
      return {
        notifier: createSlackNotifier({ client: notifierClient, log }),
        async close() {
          // Accepted signatures wait a moment to be written together; a restart must still refuse their replays.
          stores.slackSeen.flush();
          if (!connecting) return;
          await app.stop().catch((error: unknown) => log.warn({ err: error }, "slack socket mode stop failed"));
        },
      };
    },
  };
}

export const slackAdapter: Adapter = createSlackAdapter();
