/** `unsubscribe [forum <CODE> | party <ID> | mine | region | all]` (peru-tilaus, avsluta): revokes feed links. */
import { textReply } from "../../conversation/reply.js";
import { unsubscribeFeed } from "../../services/feeds/subscribe.js";
import type { CommandSpec } from "../command.js";
import { parseFeedTarget } from "./feed-target.js";

export const unsubscribeCommand: CommandSpec = {
  name: "unsubscribe",
  aliases: { fi: ["peru-tilaus", "lopeta-tilaus"], sv: ["avsluta", "avprenumerera"] },
  summary: "cmd.unsubscribe",
  usage: "usage.unsubscribe",
  run(ctx, args) {
    const { target } = parseFeedTarget(ctx, args, true);
    const count = unsubscribeFeed(ctx, target);
    return textReply(count === 0 ? ctx.t("feeds.unsubscribe.none") : ctx.t("feeds.unsubscribe.done", { count }));
  },
};
