/**
 * The Teams adapter (botbuilder CloudAdapter): on when TEAMS_APP_ID is set, or TEAMS_ANONYMOUS=on for local tools
 * and tests. Every botbuilder import stays in this folder, so a move to the Microsoft 365 Agents SDK touches
 * only adapters/teams/.
 */
import { CloudAdapter } from "botbuilder";
import type { Adapter } from "../../src/adapter.js";
import { createAuthentication, teamsSettings } from "./auth.js";
import { createTurnHandler } from "./bot.js";
import { createFileShelf } from "./file-shelf.js";
import { createSentCards } from "./sent-cards.js";
import { createTeamsNotifier } from "./notifier.js";
import { mountMessagesRoute } from "./route.js";

/** Teams shows an error after about 15 seconds; answers slower than this are sent proactively instead. */
export const TURN_BUDGET_MS = 10_000;
/** The typing indicator goes out when the answer takes longer than this (botbuilder's ShowTypingMiddleware default). */
export const TYPING_DELAY_MS = 500;

export interface TeamsAdapterOptions {
  turnBudgetMs?: number;
  typingDelayMs?: number;
}

export function createTeamsAdapter(options: TeamsAdapterOptions = {}): Adapter {
  return {
    name: "teams",
    enabled: (config) => teamsSettings(config) !== undefined,
    async start({ core, http, config, stores, clock, log }) {
      const settings = teamsSettings(config)!;
      const authentication = createAuthentication(settings);
      const adapter = new CloudAdapter(authentication);
      adapter.onTurnError = async (context, error) => {
        log.error({ err: error, activity: context.activity.type }, "Teams turn failed");
      };
      const botAppId = settings.appId;
      const shelf = createFileShelf({ publicUrl: config.publicUrl, clock });
      shelf.mount(http);
      const sent = createSentCards(stores.teamsSentCards, clock);
      const logic = createTurnHandler({
        core,
        targets: stores.teamsTargets,
        clock,
        log,
        adapter,
        shelf,
        sent,
        botAppId,
        anonymous: settings.anonymous,
        turnBudgetMs: options.turnBudgetMs ?? TURN_BUDGET_MS,
        typingDelayMs: options.typingDelayMs ?? TYPING_DELAY_MS,
      });
      // Teams is the one channel this bot serves: tokens must be endorsed for "msteams" (the activity's channelId).
      const authenticate = (authorization: string) => authentication.authenticateStreamingRequest(authorization, "msteams");
      mountMessagesRoute(http, adapter, logic, { log, requireToken: !settings.anonymous, authenticate });
      if (settings.anonymous) log.warn("Teams endpoint is anonymous (TEAMS_ANONYMOUS=on): for local tools only");
      return { notifier: createTeamsNotifier({ adapter, targets: stores.teamsTargets, clock, log, botAppId, sent }) };
    },
  };
}

export const teamsAdapter: Adapter = createTeamsAdapter();
