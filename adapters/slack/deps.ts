/** What every Slack listener gets: the core, who-is-speaking, the adapter's logger and Slack's time budgets. */
import type { Core } from "../../src/commands/run.js";
import type { Logger } from "../../src/log.js";
import type { SlackBudgets } from "./budget.js";
import type { Identify } from "./identify.js";

export interface SlackDeps {
  core: Core;
  identify: Identify;
  log: Logger;
  budgets: SlackBudgets;
}
