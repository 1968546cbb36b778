/**
 * The cards with settling buttons this bot sent, by conversation and activity id, so a settling button's press can
 * update the card it was on: Teams sends back only the button's data, never the card
 * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/update-and-delete-bot-messages). Kept through the
 * SentCardStore port (SQLite in production), so a card sent before a restart still updates.
 */
import type { Clock } from "../../src/clock.js";
import type { SentCardStore } from "../../src/stores/sent-cards.js";
import type { AdaptiveCard, CardElement } from "./render/types.js";

export interface SentCards {
  /** Keeps a card just sent when it has a settling button, or is a form that settles one when submitted. */
  remember(conversationId: string, activityId: string, card: AdaptiveCard): void;
  /** The card's new state after an update (kept even with no settling button left, so it is not settled twice). */
  replace(conversationId: string, activityId: string, card: AdaptiveCard): void;
  find(conversationId: string, activityId: string): AdaptiveCard | undefined;
}

/** True when some action of the card (also inside a "more" ShowCard or a fallback) settles. */
export function hasSettlingButton(card: AdaptiveCard): boolean {
  return settlesWithin(card);
}

/** Whether any object in the tree carries `settles: true` (walked, not serialised: every card sent is asked). */
function settlesWithin(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(settlesWithin);
  if (node === null || typeof node !== "object") return false;
  if ((node as { settles?: unknown }).settles === true) return true;
  for (const value of Object.values(node)) if (typeof value === "object" && settlesWithin(value)) return true;
  return false;
}

/**
 * A settling press that first opened a form (reject asks for a reason) has done nothing yet: the form card's submit
 * data names the card and the command to settle once the submission worked. It is read back from the form card as
 * this bot stored it, never from what the client sends.
 */
export type PendingSettle = { command: string; replyToId: string };

export function pendingSettleOf(card: AdaptiveCard | undefined): PendingSettle | undefined {
  for (const action of card?.actions ?? []) {
    const settle = (action.data as { settle?: Partial<PendingSettle> } | undefined)?.settle;
    if (typeof settle?.command === "string" && typeof settle.replyToId === "string") return { command: settle.command, replyToId: settle.replyToId };
  }
  return undefined;
}

export function createSentCards(store: SentCardStore, clock: Clock): SentCards {
  return {
    remember(conversationId, activityId, card) {
      if (hasSettlingButton(card) || pendingSettleOf(card)) store.remember(conversationId, activityId, JSON.stringify(card), clock.now());
    },
    replace(conversationId, activityId, card) {
      store.remember(conversationId, activityId, JSON.stringify(card), clock.now());
    },
    find(conversationId, activityId) {
      const row = store.find(conversationId, activityId);
      return row ? (JSON.parse(row.card) as AdaptiveCard) : undefined;
    },
  };
}

type Data = { command?: string; settles?: boolean };
const dataOf = (action: CardElement) => (action.data ?? {}) as Data;

/**
 * The card after its settling button for `command` worked: the settling buttons of that row leave, the others stay
 * (also inside a "more" ShowCard), and a line under the row says what was done and by whom. Undefined when the
 * card has no such button.
 */
export function settleCard(card: AdaptiveCard, command: string, who: string): AdaptiveCard | undefined {
  let found: CardElement | undefined;
  const settleRow = (actions: CardElement[]): CardElement[] | undefined => {
    const pressed = actions.find((a) => dataOf(a).command === command && dataOf(a).settles);
    if (!pressed) return undefined;
    found = pressed;
    return actions.filter((a) => !dataOf(a).settles);
  };
  const body = card.body.flatMap((element): CardElement[] => {
    if (element.type !== "ActionSet") return [element];
    const kept = settleRow(element.actions as CardElement[]);
    if (!kept) return [element];
    const done: CardElement = { type: "TextBlock", text: `✓ ${String(found!.title)} — ${who}`, wrap: true, isSubtle: true };
    return kept.length ? [{ ...element, actions: kept }, done] : [done];
  });
  return found ? { ...card, body } : undefined;
}
