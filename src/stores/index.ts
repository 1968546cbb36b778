/**
 * The store ports adapters get instead of the database: small interfaces for what each adapter owns itself,
 * implemented under db/stores/ (DESIGN "The neutral conversation contract").
 */
import type { ConversationTargetStore } from "./conversation-targets.js";
import type { PeopleDirectory } from "./people-directory.js";
import type { SlackSeenStore } from "./slack-seen.js";

export interface AdapterStores {
  slackSeen: SlackSeenStore;
  teamsTargets: ConversationTargetStore;
  people: PeopleDirectory;
}

export type { ConversationTarget, ConversationTargetKind, ConversationTargetStore, ConversationTargetValues } from "./conversation-targets.js";
export type { DirectoryPerson, PeopleDirectory } from "./people-directory.js";
export type { SlackSeenStore } from "./slack-seen.js";
