/** Every chat platform the product speaks; each decides from the configuration whether it is on. */
import type { Adapter } from "../src/adapter.js";
import { consoleAdapter } from "./console/index.js";
import { slackAdapter } from "./slack/index.js";
import { teamsAdapter } from "./teams/index.js";

export const ADAPTERS: Adapter[] = [consoleAdapter, slackAdapter, teamsAdapter];
