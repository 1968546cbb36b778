/**
 * Cards a chat platform sent that a later button press may update in place (Teams: a settling button's press sends
 * back only the button's data, never the card). Kept in the database so a card sent before a restart still updates.
 * The card is opaque here (the adapter's JSON). Bounded: cards untouched for `keepMs`, and a conversation's cards
 * beyond its newest `perConversation`, are forgotten.
 */
export interface SentCard {
  conversationId: string;
  activityId: string;
  /** The card as sent, or as last updated (JSON). */
  card: string;
  sentAt: number;
  updatedAt: number;
}

export interface SentCardStoreOptions {
  /** Forget a card not sent or updated for this long (default 90 days). */
  keepMs?: number;
  /** Keep at most this many of a conversation's newest cards (default 200). */
  perConversation?: number;
}

export const SENT_CARD_DEFAULTS: Required<SentCardStoreOptions> = { keepMs: 90 * 24 * 60 * 60_000, perConversation: 200 };

export interface SentCardStore {
  /** Keeps the card sent as `activityId` in `conversationId`, or replaces its card when it is known (its update). */
  remember(conversationId: string, activityId: string, card: string, now: number): void;
  find(conversationId: string, activityId: string): SentCard | undefined;
}
