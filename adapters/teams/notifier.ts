/**
 * The Teams Notifier. A channel gets a new top-level post (a conversation created in the channel, never a reply
 * inside an old thread); a chat gets a message in it; a person gets a 1:1 chat, created when we have none yet.
 * It sends once: throttling is reported with its Retry-After for the outbox to pace and retry (retry.ts classifies);
 * "bot removed / blocked / disabled" disables the target.
 */
import { CardFactory, type Activity, type CloudAdapter, type ConversationParameters, type ConversationReference, type TurnContext } from "botbuilder";
import type { Clock } from "../../src/clock.js";
import type { Notifier, SendResult, Target } from "../../src/conversation/notifier.js";
import type { Reply } from "../../src/conversation/reply.js";
import type { Logger } from "../../src/log.js";
import type { ConversationTarget, ConversationTargetStore } from "../../src/stores/conversation-targets.js";
import { postedCard, replyActivities, type ReaderIds } from "./outbound.js";
import { replySummary } from "./render/card.js";
import { CARD_CONTENT_TYPE, type AdaptiveCard } from "./render/types.js";
import type { SentCards } from "./sent-cards.js";
import { describeFailure, isRateLimited, isTerminal } from "./retry.js";
import { borrowedPersonTarget, rememberPersonalChat, teamsUserIds } from "./targets.js";
import { TEAMS_CHANNEL_FORMS } from "./inbound.js";

export interface TeamsNotifierDeps {
  adapter: CloudAdapter;
  targets: ConversationTargetStore;
  clock: Clock;
  log: Logger;
  botAppId: string;
  /** Cards sent, so a settling button on a notice (approve the minutes, attend) updates the card it was on. */
  sent?: SentCards;
}

const CHANNEL = "msteams";
/** Let the connector factory use its configured audience (the Bot Framework's, or the government cloud's). */
const AUDIENCE = undefined as unknown as string;

/**
 * The adapter hands errors thrown inside a turn to onTurnError (which only logs); we need them here to retry or
 * disable the target, so the turn keeps its error and we rethrow it after the adapter returns.
 */
async function capturing(
  run: (logic: (context: TurnContext) => Promise<void>) => Promise<void>,
  logic: (context: TurnContext) => Promise<void>,
): Promise<void> {
  let failure: unknown;
  await run(async (context) => {
    try {
      await logic(context);
    } catch (error) {
      failure = error ?? new Error("send failed");
    }
  });
  if (failure !== undefined) throw failure;
}

function referenceOf(row: ConversationTarget, conversationId: string): Partial<ConversationReference> {
  return {
    channelId: CHANNEL,
    serviceUrl: row.serviceUrl,
    conversation: {
      id: conversationId,
      isGroup: row.conversationType !== "personal",
      conversationType: row.conversationType ?? "personal",
      tenantId: row.tenantId ?? undefined,
      name: "",
    },
    bot: { id: row.botId ?? "", name: "" },
  };
}

export function createTeamsNotifier(deps: TeamsNotifierDeps): Notifier {
  const { adapter, targets, botAppId } = deps;
  const readerIds: ReaderIds = (accounts) => teamsUserIds(targets, accounts);

  /** Sends a message's activities into the turn's conversation; the first one's id, each card remembered. */
  async function sendAll(context: TurnContext, message: Reply, shared: boolean): Promise<string | undefined> {
    let first: string | undefined;
    for (const activity of replyActivities(message, undefined, shared ? readerIds : undefined)) {
      const id = (await context.sendActivity(activity))?.id;
      first ??= id;
      const card = activity.attachments?.find((a) => a.contentType === CARD_CONTENT_TYPE)?.content as AdaptiveCard | undefined;
      if (id && card) deps.sent?.remember(context.activity.conversation.id, id, card);
    }
    return first;
  }

  async function continueIn(row: ConversationTarget, conversationId: string, message: Reply): Promise<string | undefined> {
    let id: string | undefined;
    await capturing(
      (logic) => adapter.continueConversationAsync(botAppId, referenceOf(row, conversationId), logic),
      async (context) => {
        id = await sendAll(context, message, row.conversationType !== "personal");
      },
    );
    return id;
  }

  /** A new top-level post in a Teams channel: the post is the first activity of a new conversation (thread). */
  async function newChannelPost(row: ConversationTarget, message: Reply): Promise<string | undefined> {
    const card = postedCard(message, undefined, readerIds);
    const activity: Partial<Activity> = { type: "message", summary: replySummary(message), attachments: [CardFactory.adaptiveCard(card)] };
    const parameters = {
      isGroup: true,
      bot: { id: row.botId ?? "", name: "" },
      channelData: { channel: { id: row.channelId ?? row.ref }, tenant: row.tenantId ? { id: row.tenantId } : undefined },
      tenantId: row.tenantId ?? undefined,
      activity,
    } as ConversationParameters;
    let id: string | undefined;
    await adapter.createConversationAsync(botAppId, CHANNEL, row.serviceUrl, AUDIENCE, parameters, async (context) => {
      id = context.activity.conversation.id;
    });
    // The post's activity id is the thread's root: the conversation id ends in ";messageid=<activity id>".
    const activityId = id?.match(/;messageid=([^;]+)$/)?.[1];
    if (id && activityId) deps.sent?.remember(id, activityId, card);
    return id;
  }

  async function newPersonalChat(row: ConversationTarget, message: Reply): Promise<string | undefined> {
    const parameters = {
      isGroup: false,
      bot: { id: row.botId ?? "", name: "" },
      members: [{ id: row.userId ?? row.ref, name: "" }],
      channelData: { tenant: row.tenantId ? { id: row.tenantId } : undefined },
      tenantId: row.tenantId ?? undefined,
    } as ConversationParameters;
    let id: string | undefined;
    await capturing(
      (logic) => adapter.createConversationAsync(botAppId, CHANNEL, row.serviceUrl, AUDIENCE, parameters, logic),
      async (context) => {
        rememberPersonalChat(targets, row, context.activity.conversation.id, deps.clock.now());
        id = await sendAll(context, message, false);
      },
    );
    return id;
  }

  function sendTo(row: ConversationTarget, message: Reply): Promise<string | undefined> {
    if (row.kind === "channel" && row.conversationType === "channel") return newChannelPost(row, message);
    if (row.conversationId) return continueIn(row, row.conversationId, message);
    return newPersonalChat(row, message);
  }

  return {
    platform: "teams",
    // In a channel or group chat a command reaches the bot after an @mention; in a personal chat as bare words.
    commandForms: (target) => (target.kind === "channel" ? TEAMS_CHANNEL_FORMS : undefined),
    async send(target: Target, message: Reply): Promise<SendResult> {
      const row = targets.find(target.kind, target.ref) ?? (target.kind === "person" ? borrowedPersonTarget(targets, target.ref) : undefined);
      if (!row) return { ok: false, terminal: false, error: `no Teams conversation known for ${target.kind} ${target.ref} yet` };
      if (row.disabledAt !== null) return { ok: false, terminal: true, error: `disabled: ${row.disabledReason ?? "unknown"}` };
      try {
        return { ok: true, messageRef: await sendTo(row, message) };
      } catch (error) {
        const failure = describeFailure(error);
        if (isTerminal(failure)) {
          targets.disable(target.kind, target.ref, failure.code ?? failure.message, deps.clock.now());
          deps.log.warn({ target: target.ref, code: failure.code }, "Teams target disabled");
          return { ok: false, terminal: true, error: failure.message };
        }
        // Without a Retry-After the outbox backs off exponentially (Microsoft's advice for Teams 429s).
        if (isRateLimited(failure))
          return {
            ok: false,
            terminal: false,
            error: failure.message,
            rateLimited: true,
            ...(failure.retryAfterMs !== undefined ? { retryAfterMs: failure.retryAfterMs } : {}),
          };
        return { ok: false, terminal: false, error: failure.message };
      }
    },
  };
}
