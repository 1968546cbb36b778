/**
 * Where a chat platform can be reached proactively (Teams conversation references), as the adapter records them
 * from authenticated activities and the notifier reads them. Platform-neutral data; the adapter maps its payloads.
 */
export type ConversationTargetKind = "channel" | "person";

export interface ConversationTarget {
  id: number;
  platform: string;
  /** "channel": a channel or a chat; "person": one user (their AAD object id), reachable 1:1. */
  kind: ConversationTargetKind;
  ref: string;
  serviceUrl: string;
  /** The conversation to post into; for a person, their 1:1 chat once known. */
  conversationId: string | null;
  /** personal | groupChat | channel */
  conversationType: string | null;
  tenantId: string | null;
  teamId: string | null;
  channelId: string | null;
  botId: string | null;
  userId: string | null;
  userAadId: string | null;
  disabledAt: number | null;
  disabledReason: string | null;
  createdAt: number;
  updatedAt: number;
}

/** What an activity tells about a target; fields left undefined keep their stored value. */
export type ConversationTargetValues = Pick<ConversationTarget, "kind" | "ref" | "serviceUrl"> &
  Partial<Omit<ConversationTarget, "id" | "platform" | "kind" | "ref" | "serviceUrl" | "createdAt" | "updatedAt">>;

export interface ConversationTargetStore {
  find(kind: ConversationTargetKind, ref: string): ConversationTarget | undefined;
  /** The most recently updated target that is not disabled (its service URL, tenant and bot reach anyone there). */
  newestEnabled(): ConversationTarget | undefined;
  /**
   * Inserts the target or updates it, writing only when something changed (an ordinary message costs one read).
   * `reenable` clears a disabled target (the bot was added back).
   */
  save(values: ConversationTargetValues, now: number, options: { reenable: boolean }): void;
  /** The platform said the bot can no longer post there (removed, blocked, disabled by an admin). */
  disable(kind: ConversationTargetKind, ref: string, reason: string, now: number): void;
}
