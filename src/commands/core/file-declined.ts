/**
 * `file-declined <name>`: what a person hears after declining a file the bot offered (Teams' file-consent card in a
 * personal chat): that nothing was sent, and how to get the file another way. The adapter runs it; it is not listed,
 * and anyone may run it.
 */
import { reply } from "../../conversation/reply.js";
import type { CommandSpec } from "../command.js";

export const FILE_DECLINED_COMMAND = "file-declined";

export const fileDeclinedCommand: CommandSpec = {
  name: FILE_DECLINED_COMMAND,
  aliases: { fi: [], sv: [] },
  summary: "cmd.help",
  usage: "usage.help",
  audience: "anyone",
  listed: false,
  run(ctx, args) {
    const file = args.text;
    return reply([{ kind: "text", text: file ? ctx.t("files.declined", { file }) : ctx.t("files.declinedUnnamed") }]);
  },
};
