/**
 * The turn logic: remember where this activity came from, hand a message to the core (a typed command, a button's
 * command, or a form), and send the answer. An answer that takes longer than Teams waits for is sent afterwards as a
 * proactive message into the same conversation. No business rules here.
 */
import { CardFactory, TurnContext, type Activity, type CloudAdapter, type ConversationReference } from "botbuilder";
import type { Clock } from "../../src/clock.js";
import type { Core } from "../../src/commands/run.js";
import { FILE_DECLINED_COMMAND } from "../../src/commands/core/file-declined.js";
import type { FormResult } from "../../src/conversation/form.js";
import { pressResult, type Reply } from "../../src/conversation/reply.js";
import type { Logger } from "../../src/log.js";
import type { ConversationTargetStore } from "../../src/stores/conversation-targets.js";
import { FILE_CONSENT_INVOKE, handleFileConsent } from "./file-consent.js";
import type { FileShelf } from "./file-shelf.js";
import { attachedFileOf, channelRefOf, inboundOf, userRefOf } from "./inbound.js";
import { formActivity, replyActivities, type FileDelivery, type ReaderIds } from "./outbound.js";
import { renderReplyCard, replySummary } from "./render/card.js";
import { readerCard } from "./render/refresh.js";
import { CARD_CONTENT_TYPE, SUBMIT_KEY, type AdaptiveCard } from "./render/types.js";
import { pendingSettleOf, settleCard, type SentCards } from "./sent-cards.js";
import { rememberActivity, teamsUserIds } from "./targets.js";

export interface BotDeps {
  core: Core;
  targets: ConversationTargetStore;
  clock: Clock;
  log: Logger;
  adapter: CloudAdapter;
  /** Files of replies: download links in channels, consent uploads in personal chats. */
  shelf: FileShelf;
  /** Cards sent with settling buttons (kept durably), so a press can update the card it was on, even after a restart. */
  sent: SentCards;
  botAppId: string;
  anonymous: boolean;
  /** How long the turn waits for the core before answering later (Teams gives up after about 15 s). */
  turnBudgetMs: number;
  /** How long the core may work before the typing indicator goes out (an answer ready sooner needs none). */
  typingDelayMs: number;
}

/** `settle`: the press of a settling button, whose card (`replyToId`) is updated once the command worked. */
type Outcome = { kind: "reply"; reply: Reply; settle?: { command: string; replyToId: string } } | { kind: "form"; result: FormResult; replyToId?: string };

type DeliverDeps = Pick<BotDeps, "shelf" | "sent" | "targets">;

/** Files by consent in a personal chat, as links elsewhere. */
function deliveryFor(context: TurnContext, deps: DeliverDeps): FileDelivery {
  return { personal: context.activity.conversation?.conversationType === "personal", shelf: deps.shelf };
}

/** In a shared conversation (channel, group chat), per-reader replies name their readers' Teams ids. */
function readersFor(context: TurnContext, deps: DeliverDeps): ReaderIds | undefined {
  if (context.activity.conversation?.conversationType === "personal") return undefined;
  return (accounts) => teamsUserIds(deps.targets, accounts);
}

const cardOf = (activity: Partial<Activity>): AdaptiveCard | undefined =>
  activity.attachments?.find((a) => a.contentType === CARD_CONTENT_TYPE)?.content as AdaptiveCard | undefined;

/** Sends activities and remembers the cards among them by the ids Teams gave them. */
async function send(context: TurnContext, activities: Partial<Activity>[], sent: SentCards): Promise<void> {
  const responses = await context.sendActivities(activities);
  responses.forEach((response, i) => {
    const card = cardOf(activities[i]!);
    if (response?.id && card) sent.remember(context.activity.conversation.id, response.id, card);
  });
}

export const EXECUTE_INVOKE = "adaptiveCard/action";

type InvokeBody = { statusCode: 200; type: typeof CARD_CONTENT_TYPE; value: AdaptiveCard } | { statusCode: 200; type: typeof MESSAGE_TYPE; value: string };

const answer = (context: TurnContext, body: InvokeBody) => context.sendActivity({ type: "invokeResponse", value: { status: 200, body } });

/**
 * The invoke answer with this reader's own card: the view command run as them. When they may not see it (not
 * linked, or the meeting is gone) the answer is the reason as a message, and the card they have stays.
 */
async function readerView(context: TurnContext, command: string, deps: BotDeps): Promise<InvokeBody> {
  const activity = context.activity;
  const reply = await deps.core.handleCommand({ user: userRefOf(context), channelRef: channelRefOf(activity), text: command, requestId: activity.id });
  if (reply.outcome) return { statusCode: 200, type: MESSAGE_TYPE, value: replySummary(reply) };
  const card = renderReplyCard(reply);
  const value = reply.perReader ? readerCard(card, reply.perReader.command, teamsUserIds(deps.targets, reply.perReader.viewers)) : card;
  return { statusCode: 200, type: CARD_CONTENT_TYPE, value };
}

type ExecuteData = { [SUBMIT_KEY]?: unknown; command?: unknown; view?: unknown };

/**
 * A Universal Action: a refresh (render/refresh.ts) is answered with the reader's own card; a press runs the
 * button's command, sends its answer as messages, and answers the invoke with the card's new state: on a
 * per-reader card the reader's fresh view, else the card settled (Teams replaces it). A refused or unknown press
 * answers with the answer's summary and leaves the card.
 */
async function execute(context: TurnContext, deps: BotDeps): Promise<void> {
  const data = ((context.activity.value as { action?: { data?: unknown } } | undefined)?.action?.data ?? {}) as ExecuteData;
  if (data[SUBMIT_KEY] === "view" && typeof data.command === "string") {
    await answer(context, await readerView(context, data.command, deps));
    return;
  }
  const inbound = inboundOf(context);
  if (inbound.kind !== "command") {
    await answer(context, { statusCode: 200, type: MESSAGE_TYPE, value: "" });
    return;
  }
  const reply = await deps.core.handleCommand(inbound.input);
  const replyToId = context.activity.replyToId;
  // A press that opens a form (reject asks for a reason) has done nothing yet: the form settles the card when it is
  // submitted and works; until then the card keeps its buttons.
  const press = inbound.settles ? pressResult(reply) : "nothing";
  const pending = press === "asks" && replyToId ? { command: inbound.input.text, replyToId } : undefined;
  const activities = replyActivities(reply, deliveryFor(context, deps), readersFor(context, deps), pending);
  if (activities.length) await send(context, activities, deps.sent);
  if (press === "asks") {
    await answer(context, { statusCode: 200, type: MESSAGE_TYPE, value: replySummary(reply) });
    return;
  }
  if (press === "done" && typeof data.view === "string") {
    await answer(context, await readerView(context, data.view, deps));
    return;
  }
  const conversationId = context.activity.conversation.id;
  const card = press === "done" && replyToId ? deps.sent.find(conversationId, replyToId) : undefined;
  const updated = card ? settleCard(card, inbound.input.text, context.activity.from?.name ?? "") : undefined;
  if (updated && replyToId) deps.sent.replace(conversationId, replyToId, updated);
  await answer(
    context,
    updated ? { statusCode: 200, type: CARD_CONTENT_TYPE, value: updated } : { statusCode: 200, type: MESSAGE_TYPE, value: replySummary(reply) },
  );
}

const MESSAGE_TYPE = "application/vnd.microsoft.activity.message" as const;

/** A settling button worked: its card loses the row's settling buttons and says who did what. */
async function settle(context: TurnContext, settled: { command: string; replyToId: string }, sent: SentCards): Promise<void> {
  const conversationId = context.activity.conversation.id;
  const card = sent.find(conversationId, settled.replyToId);
  const updated = card ? settleCard(card, settled.command, context.activity.from?.name ?? "") : undefined;
  if (!updated) return;
  await context.updateActivity({
    type: "message",
    id: settled.replyToId,
    conversation: context.activity.conversation,
    attachments: [CardFactory.adaptiveCard(updated)],
  });
  sent.replace(conversationId, settled.replyToId, updated);
}

/** Resolves to undefined when the budget runs out first; the work keeps going. */
function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

async function deliver(context: TurnContext, outcome: Outcome, deps: DeliverDeps): Promise<void> {
  const files = deliveryFor(context, deps);
  if (outcome.kind === "reply") {
    const press = outcome.settle ? pressResult(outcome.reply) : "nothing";
    // A press that opens a form (reject asks for a reason) settles its card only when the form is submitted and works.
    if (press === "done" && outcome.settle) await settle(context, outcome.settle, deps.sent);
    const activities = replyActivities(outcome.reply, files, readersFor(context, deps), press === "asks" ? outcome.settle : undefined);
    if (activities.length) await send(context, activities, deps.sent);
    return;
  }
  const { result, replyToId } = outcome;
  // The settling button that opened this form, as the form card was stored (not as the client sent it).
  const pending = replyToId ? pendingSettleOf(deps.sent.find(context.activity.conversation.id, replyToId)) : undefined;
  if (!result.ok) {
    await send(context, [formActivity(result.form, pending)], deps.sent);
    return;
  }
  if (pending && pressResult(result.reply) === "done") await settle(context, pending, deps.sent);
  const [first, ...rest] = replyActivities(result.reply, files, readersFor(context, deps), pending);
  if (replyToId && first) {
    // The submitted form card becomes the result, so it cannot be submitted twice.
    await context.updateActivity({ ...first, id: replyToId, conversation: context.activity.conversation });
    if (rest.length) await send(context, rest, deps.sent);
  } else if (first) await send(context, [first, ...rest], deps.sent);
}

/**
 * When to welcome: the bot added to a personal chat (installationUpdate) or to a team or group chat (conversationUpdate
 * naming the bot among membersAdded). Teams sends both for a personal install, so each scope answers to one.
 */
function isWelcome(context: TurnContext): boolean {
  const activity = context.activity;
  const personal = activity.conversation?.conversationType === "personal";
  if (activity.type === "installationUpdate") return personal && activity.action === "add";
  if (activity.type === "conversationUpdate") return !personal && (activity.membersAdded ?? []).some((m) => m.id === activity.recipient?.id);
  return false;
}

export function createTurnHandler(deps: BotDeps): (context: TurnContext) => Promise<void> {
  const { core, log, adapter } = deps;
  return async (context) => {
    const activity = context.activity;
    const identity = context.turnState.get(adapter.BotIdentityKey) as { isAuthenticated?: boolean } | undefined;
    if (deps.anonymous || identity?.isAuthenticated) rememberActivity(deps.targets, activity, deps.clock.now());
    if (isWelcome(context)) {
      // A welcome card in the language of the person who added the app: greeting, or how to get linked, and the commands.
      const welcome = await core.handleCommand({ user: userRefOf(context), channelRef: channelRefOf(activity), text: "welcome", requestId: activity.id });
      return deliver(context, { kind: "reply", reply: welcome }, deps);
    }
    if (activity.type === "invoke" && activity.name === FILE_CONSENT_INVOKE) {
      // A declined file: the core says, in the person's language, how to get it another way.
      const declined = async (filename: string) => {
        const text = `${FILE_DECLINED_COMMAND} ${filename}`;
        const answer = await core.handleCommand({ user: userRefOf(context), channelRef: channelRefOf(activity), text, requestId: activity.id });
        await deliver(context, { kind: "reply", reply: answer }, deps);
      };
      return handleFileConsent(context, deps.shelf, log, declined);
    }
    if (activity.type === "invoke" && activity.name === EXECUTE_INVOKE) return execute(context, deps);
    if (activity.type !== "message") return;
    const inbound = inboundOf(context);
    if (inbound.kind === "ignore") return;
    const work: Promise<Outcome> =
      inbound.kind === "form"
        ? core.submitForm(inbound.input).then((result) => ({ kind: "form", result, replyToId: activity.replyToId }))
        : attachedFileOf(activity)
            .then((attachment) => core.handleCommand(attachment ? { ...inbound.input, attachment } : inbound.input))
            .then((reply) => ({
              kind: "reply",
              reply,
              ...(inbound.settles && activity.replyToId ? { settle: { command: inbound.input.text, replyToId: activity.replyToId } } : {}),
            }));
    // The typing indicator only when the answer is not ready at once (as botbuilder's ShowTypingMiddleware, 500 ms):
    // an indicator that the answer replaces a moment later shows nothing, and costs a call to Teams on every message.
    const typingDelay = Math.min(deps.typingDelayMs, deps.turnBudgetMs);
    let outcome = await within(work, typingDelay);
    if (!outcome) {
      const typing = context.sendActivity({ type: "typing" }).catch((error: unknown) => log.warn({ err: error }, "Teams typing indicator failed"));
      outcome = await within(work, deps.turnBudgetMs - typingDelay);
      await typing;
    }
    if (outcome) return deliver(context, outcome, deps);
    const reference = TurnContext.getConversationReference(activity) as ConversationReference;
    void work
      .then((late) => adapter.continueConversationAsync(deps.botAppId, reference, (proactive) => deliver(proactive, late, deps)))
      .catch((error: unknown) => log.error({ err: error }, "late Teams reply failed"));
  };
}
