/** `bind <FORUM>` in a channel: commands there default to that forum, and its notices go there (admin only). */
import { textReply } from "../../conversation/reply.js";
import { UserError } from "../../errors.js";
import { localized } from "../../i18n/locale.js";
import { requireCapability } from "../../services/access.js";
import { bindChannel } from "../../services/channels.js";
import { requireForum } from "../../services/forums.js";
import type { CommandSpec } from "../command.js";

export const bindCommand: CommandSpec = {
  name: "bind",
  aliases: { fi: ["liitä"], sv: ["koppla"] },
  summary: "cmd.bind",
  usage: "usage.bind",
  run(ctx, args) {
    requireCapability(ctx, "admin");
    const code = args.words[0];
    if (!code) throw new UserError("error.missingArgument", { what: "FORUM", usage: ctx.t("usage.bind") });
    if (!ctx.channelRef || ctx.platform === "console" || ctx.platform === "cli") throw new UserError("bind.noChannel");
    const forum = requireForum(ctx.db, ctx.region.id, code);
    bindChannel(ctx.db, ctx.person!.id, ctx.now, forum, ctx.platform, ctx.channelRef);
    return textReply(ctx.t("bind.done", { code: forum.code, name: localized(forum.names, ctx.locale) }), "channel");
  },
};
