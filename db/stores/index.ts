/** The store ports adapters get, over one database. */
import type { AdapterStores } from "../../src/stores/index.js";
import type { Db } from "../connection.js";
import { createConversationTargetStore } from "./conversation-targets.js";
import { createPeopleDirectory } from "./people-directory.js";
import { createSentCardStore } from "./sent-cards.js";
import { createSlackSeenStore } from "./slack-seen.js";

export function createAdapterStores(db: Db): AdapterStores {
  return {
    slackSeen: createSlackSeenStore(db),
    teamsTargets: createConversationTargetStore(db, "teams"),
    teamsSentCards: createSentCardStore(db),
    people: createPeopleDirectory(db),
  };
}
