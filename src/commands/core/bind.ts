/** `bind <FORUM>` in a channel: commands there default to that forum, and its notices go there (admin only). */
import { textReply } from "../../conversation/reply.js";
import { UserError } from "../../errors.js";
import { localized } from "../../i18n/locale.js";
import { bindChannel } from "../../services/channels.js";
import { requireForum } from "../../services/forums.js";
import type { CommandSpec } from "../command.js";

export const bindCommand: CommandSpec = {
  name: "bind",
  aliases: { fi: ["liitä"], sv: ["koppla"] },
  summary: "cmd.bind",
  usage: "usage.bind",
  run(ctx, args) {
    const code = args.words[0];
    if (!code) throw new UserError("error.missingArgument", { what: "FORUM", usage: ctx.t("usage.bind") });
    const forum = requireForum(ctx.db, ctx.region.id, code);
    bindChannel(ctx, forum, ctx.platform, ctx.channelRef);
    return textReply(ctx.t("bind.done", { code: forum.code, name: localized(forum.names, ctx.locale) }), "channel");
  },
};
