/**
 * `subscribe [forum <CODE> | party <ID> | mine | region]` (tilaa, prenumerera): a new secret feed link, shown only
 * to the person, as https and webcal links with one line per calendar app on how to add it.
 */
import { reply } from "../../conversation/reply.js";
import { feedUrl, webcalUrl } from "../../calendar/urls.js";
import { subscribeFeed } from "../../services/feeds/subscribe.js";
import type { CommandSpec } from "../command.js";
import { parseFeedTarget } from "./feed-target.js";

export const subscribeCommand: CommandSpec = {
  name: "subscribe",
  aliases: { fi: ["tilaa", "kalenteritilaus"], sv: ["prenumerera"] },
  summary: "cmd.subscribe",
  usage: "usage.subscribe",
  run(ctx, args) {
    const { target, label } = parseFeedTarget(ctx, args, false);
    const { token } = subscribeFeed(ctx, target!);
    const https = feedUrl(ctx.config.publicUrl, token);
    return reply(
      [
        { kind: "heading", text: ctx.t("feeds.subscribe.title", { name: label }) },
        { kind: "text", text: ctx.t("feeds.subscribe.intro") },
        { kind: "text", text: `\`${https}\`` },
        {
          kind: "actions",
          actions: [
            { kind: "link", label: ctx.t("feeds.subscribe.https"), url: https },
            { kind: "link", label: ctx.t("feeds.subscribe.webcal"), url: webcalUrl(https) },
          ],
        },
        { kind: "list", items: [ctx.t("feeds.subscribe.outlook"), ctx.t("feeds.subscribe.google"), ctx.t("feeds.subscribe.apple")] },
      ],
      // The link is a secret: never post it in a channel.
      { visibility: "private" },
    );
  },
};
