/** `unsubscribe [forum <CODE> | party <ID> | mine | region | all]` (peru-tilaus, avsluta): revokes feed links. */
import { textReply } from "../../conversation/reply.js";
import { UserError } from "../../errors.js";
import { change } from "../../services/audit.js";
import { revokeFeedTokens } from "../../services/feeds/tokens.js";
import type { CommandSpec } from "../command.js";
import { parseFeedTarget } from "./feed-target.js";

export const unsubscribeCommand: CommandSpec = {
  name: "unsubscribe",
  aliases: { fi: ["peru-tilaus", "lopeta-tilaus"], sv: ["avsluta", "avprenumerera"] },
  summary: "cmd.unsubscribe",
  usage: "usage.unsubscribe",
  run(ctx, args) {
    const person = ctx.person;
    if (!person) throw new UserError("feeds.error.noPerson");
    const { target } = parseFeedTarget(ctx, args, true);
    const count = change(ctx.db, person.id, ctx.now, (tx, audit) => revokeFeedTokens(tx, person.id, target, ctx.now, audit));
    return textReply(count === 0 ? ctx.t("feeds.unsubscribe.none") : ctx.t("feeds.unsubscribe.done", { count }));
  },
};
