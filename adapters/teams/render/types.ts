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
  msteams?: { width?: "Full" };
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

/** What an Action.Submit carries back: a chat command, or a form submission with its hidden context. */
export const SUBMIT_KEY = "yhdyspinta";
export type SubmitData = { [SUBMIT_KEY]: "command"; command: string } | { [SUBMIT_KEY]: "form"; formId: string; context?: Record<string, string> };
