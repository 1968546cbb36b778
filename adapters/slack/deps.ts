/** What every Slack listener gets: the core, who-is-speaking, and the adapter's logger. */
import type { Core } from "../../src/commands/run.js";
import type { Logger } from "../../src/log.js";
import type { Identify } from "./identify.js";

export interface SlackDeps {
  core: Core;
  identify: Identify;
  log: Logger;
}
