/**
 * Every chat platform the product speaks; each decides from the configuration whether it is on. Slack and Teams
 * load their SDKs only when configured (botbuilder and Bolt take most of a second to import).
 */
import type { Adapter } from "../src/adapter.js";
import type { Config } from "../src/config.js";
import { consoleAdapter } from "./console/index.js";

function lazy(name: string, enabled: (config: Config) => boolean, load: () => Promise<Adapter>): Adapter {
  return { name, enabled, start: async (host) => (await load()).start(host) };
}

export const ADAPTERS: Adapter[] = [
  consoleAdapter,
  lazy(
    "slack",
    (config) => config.slack !== undefined,
    async () => (await import("./slack/index.js")).slackAdapter,
  ),
  lazy(
    "teams",
    (config) => config.teams !== undefined || config.teamsAnonymous,
    async () => (await import("./teams/index.js")).teamsAdapter,
  ),
];
