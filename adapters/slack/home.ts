/** Publishes the App Home tab: the core's neutral home Reply, rendered as a home view (100 blocks at most). */
import type { webApi } from "@slack/bolt";
import { homeReply } from "../../src/commands/core/home.js";
import { textReply } from "../../src/conversation/reply.js";
import { t } from "../../src/i18n/catalog.js";
import { DEFAULT_LOCALE, matchLocale } from "../../src/i18n/locale.js";
import type { SlackDeps } from "./deps.js";
import { renderBlocks } from "./render/blocks.js";
import { LIMITS } from "./render/limits.js";

export async function publishHome(deps: SlackDeps, client: webApi.WebClient, userId: string): Promise<void> {
  const user = await deps.identify(client, userId);
  const ctx = await deps.core.contextFor(user);
  const reply = ctx ? homeReply(ctx) : textReply(t(matchLocale(user.locale) ?? DEFAULT_LOCALE, "error.noRegion"));
  await client.views.publish({ user_id: userId, view: { type: "home", blocks: renderBlocks(reply, { maxBlocks: LIMITS.viewBlocks }) } });
}
