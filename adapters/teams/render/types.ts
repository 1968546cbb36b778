/** The Adaptive Card 1.5 elements we produce, typed loosely enough to stay readable. */
export interface CardElement {
  type: string;
  [key: string]: unknown;
}

export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: string;
  version: "1.5";
  body: CardElement[];
  actions?: CardElement[];
  /** Universal Actions: how Teams fetches each named reader's own version of the card (render/refresh.ts). */
  refresh?: { action: CardElement; userIds: string[] };
  msteams?: { width?: "Full" };
}

/** Buttons Teams shows in one row (its host config's maxActions); more are hidden, so they go behind "more". */
export const ACTIONS_PER_ROW = 5;

/**
 * A row of at most ACTIONS_PER_ROW actions: when there are more, the first four stay and a "… +N" Action.ShowCard
 * opens the rest, five to a row.
 * @example actionRow(sevenButtons) // [b1, b2, b3, b4, ShowCard(… +3: [b5, b6, b7])]
 */
export function actionRow(actions: CardElement[]): CardElement[] {
  if (actions.length <= ACTIONS_PER_ROW) return actions;
  const kept = actions.slice(0, ACTIONS_PER_ROW - 1);
  const rest = actions.slice(ACTIONS_PER_ROW - 1);
  const rows: CardElement[] = [];
  for (let i = 0; i < rest.length; i += ACTIONS_PER_ROW) rows.push({ type: "ActionSet", actions: rest.slice(i, i + ACTIONS_PER_ROW) });
  return [...kept, { type: "Action.ShowCard", title: `… +${rest.length}`, card: { type: "AdaptiveCard", body: rows } }];
}

export const CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

export function card(body: CardElement[], actions: CardElement[] = []): AdaptiveCard {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body,
    ...(actions.length ? { actions } : {}),
  };
}

/** The verb of our Action.Execute buttons; their data is the same as an Action.Submit's. */
export const EXECUTE_VERB = "yhdyspinta.command";

/** What an Action.Submit carries back: a chat command, or a form submission with its hidden context. */
export const SUBMIT_KEY = "yhdyspinta";
export type SubmitData = { [SUBMIT_KEY]: "command"; command: string } | { [SUBMIT_KEY]: "form"; formId: string; context?: Record<string, string> };
