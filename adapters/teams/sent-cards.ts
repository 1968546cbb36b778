/**
 * The cards this process sent, by activity id, so a settling button's press can update the card it was on: Teams
 * sends back only the button's data, never the card (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/update-and-delete-bot-messages).
 * Bounded: the oldest go first. A card sent before a restart is not updated; the answer still comes as a message.
 */
import type { AdaptiveCard, CardElement } from "./render/types.js";

export interface SentCards {
  remember(activityId: string, card: AdaptiveCard): void;
  find(activityId: string): AdaptiveCard | undefined;
}

export function createSentCards(max = 2000): SentCards {
  const cards = new Map<string, AdaptiveCard>();
  return {
    remember(activityId, card) {
      cards.set(activityId, card);
      if (cards.size > max) cards.delete(cards.keys().next().value!);
    },
    find: (activityId) => cards.get(activityId),
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
