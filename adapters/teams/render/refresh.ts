/**
 * Per-reader cards in shared conversations (Universal Actions "user-specific views",
 * https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/user-specific-views):
 * a card whose buttons are for some readers only is posted without its settling buttons, with a `refresh` clause
 * naming those readers (at most 60 Teams user ids). Teams then asks the bot (an `adaptiveCard/action` invoke with
 * trigger "automatic", or "manual" from the message menu) for each one's own card, which the bot answers with the
 * card as that reader should see it: the view command run as them, carrying the same refresh clause.
 */
import type { AdaptiveCard, CardElement } from "./types.js";
import { SUBMIT_KEY } from "./types.js";

/** Teams shows at most 60 user-specific views of one card; the rest refresh by hand from the message menu. */
export const MAX_REFRESH_USERS = 60;

/** The verb of the refresh action; its data names the view command. */
export const REFRESH_VERB = "yhdyspinta.view";

/** What a refresh action (and a settling button on a per-reader card) carries: the command that shows the view. */
export interface ViewData {
  [SUBMIT_KEY]: "view";
  command: string;
}

function refreshClause(command: string, userIds: readonly string[]): NonNullable<AdaptiveCard["refresh"]> {
  const data: ViewData = { [SUBMIT_KEY]: "view", command };
  return { action: { type: "Action.Execute", verb: REFRESH_VERB, data }, userIds: [...new Set(userIds)].slice(0, MAX_REFRESH_USERS) };
}

const settles = (action: CardElement) => (action.data as { settles?: boolean } | undefined)?.settles === true;

/** The elements with every settling action removed (also inside "more" ShowCards); emptied action sets leave. */
function dropSettling(elements: CardElement[]): CardElement[] {
  return elements.flatMap((element): CardElement[] => {
    if (element.type === "ActionSet") {
      const actions = dropSettling(element.actions as CardElement[]);
      return actions.length ? [{ ...element, actions }] : [];
    }
    if (settles(element)) return [];
    if (element.type === "Action.ShowCard") {
      const inner = element.card as AdaptiveCard;
      const body = dropSettling(inner.body);
      return body.length ? [{ ...element, card: { ...inner, body } }] : [];
    }
    return [element];
  });
}

/** The card everyone in a shared conversation sees: no settling buttons, and a refresh for the readers named. */
export function sharedCard(card: AdaptiveCard, command: string, userIds: readonly string[]): AdaptiveCard {
  const actions = card.actions ? dropSettling(card.actions) : undefined;
  return { ...card, body: dropSettling(card.body), ...(actions?.length ? { actions } : {}), refresh: refreshClause(command, userIds) };
}

/** Every settling action of the tree (also a fallback or inside a ShowCard) with `view` added to its data. */
function markSettling(node: unknown, command: string): unknown {
  if (Array.isArray(node)) return node.map((child) => markSettling(child, command));
  if (!node || typeof node !== "object") return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, markSettling(value, command)])) as CardElement;
  return settles(copy) ? { ...copy, data: { ...(copy.data as object), view: command } } : copy;
}

/** One reader's own card: their buttons, each settling one naming the view to answer with once it worked. */
export function readerCard(card: AdaptiveCard, command: string, userIds: readonly string[]): AdaptiveCard {
  return { ...(markSettling(card, command) as AdaptiveCard), refresh: refreshClause(command, userIds) };
}
