/**
 * The store ports adapters get instead of the database: small interfaces for what each adapter owns itself,
 * implemented under db/stores/ (DESIGN "The neutral conversation contract").
 */
import type { ConversationTargetStore } from "./conversation-targets.js";
import type { PeopleDirectory } from "./people-directory.js";
import type { SentCardStore } from "./sent-cards.js";
import type { SlackSeenStore } from "./slack-seen.js";

export interface AdapterStores {
  slackSeen: SlackSeenStore;
  teamsTargets: ConversationTargetStore;
  /** Teams cards with settling buttons, so a press updates the card even after a restart. */
  teamsSentCards: SentCardStore;
  people: PeopleDirectory;
}

export type { ConversationTarget, ConversationTargetKind, ConversationTargetStore, ConversationTargetValues } from "./conversation-targets.js";
export type { DirectoryPerson, PeopleDirectory } from "./people-directory.js";
export type { SlackSeenStore } from "./slack-seen.js";
export type { SentCard, SentCardStore, SentCardStoreOptions } from "./sent-cards.js";
