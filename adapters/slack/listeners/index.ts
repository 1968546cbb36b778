/** Every Slack listener kind, registered in one place (as in slack-samples/bolt-js-starter-template). */
import type { App } from "@slack/bolt";
import type { SlackDeps } from "../deps.js";
import { register as actions } from "./actions.js";
import { register as commands } from "./commands.js";
import { register as events } from "./events.js";
import { register as messages } from "./messages.js";
import { register as views } from "./views.js";

const LISTENERS = [commands, actions, views, events, messages];

export function registerListeners(app: App, deps: SlackDeps): void {
  for (const register of LISTENERS) register(app, deps);
}
