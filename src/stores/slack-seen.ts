/**
 * What the Slack adapter remembers between requests: Events API ids already handled (Slack retries an event it
 * thinks we missed) and the signatures of requests already accepted (a replayed request is refused). Kept in the
 * database so a restart between a delivery and its retry or replay still counts.
 */
export interface SlackSeenStore {
  /** True the first time an event id is seen, false for every repeat (ids are kept for a day). */
  markEventSeen(eventId: string, now: number): boolean;
  /**
   * True the first time a request signature is seen, false for every repeat. The signature is kept until
   * `expiresAt` (when its timestamp leaves the accepted window, so a replay after that is refused as stale).
   */
  markSignatureSeen(signature: string, expiresAt: number, now: number): boolean;
  /** Stores at once what is still waiting to be stored (before the storage closes). */
  flush(): void;
}
