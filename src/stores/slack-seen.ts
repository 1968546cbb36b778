/**
 * What the Slack adapter remembers between requests: Events API ids already handled (Slack retries an event it
 * thinks we missed). Kept in the database so a restart between a delivery and its retry still counts.
 */
export interface SlackSeenStore {
  /** True the first time an event id is seen, false for every repeat (ids are kept for a day). */
  markEventSeen(eventId: string, now: number): boolean;
}
