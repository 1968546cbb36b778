/** Events API: `app_home_opened` publishes the App Home (events are acknowledged by Bolt before listeners run). */
import type { App } from "@slack/bolt";
import type { SlackDeps } from "../deps.js";
import { publishHome } from "../home.js";

export function register(app: App, deps: SlackDeps): void {
  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    await publishHome(deps, client, event.user);
  });
}
