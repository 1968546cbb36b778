/** `language fi|sv|en`: the person's language for every reply and reminder from now on. */
import { textReply } from "../../conversation/reply.js";
import { UserError } from "../../errors.js";
import { t } from "../../i18n/catalog.js";
import { isLocale } from "../../i18n/locale.js";
import { setMyLocale } from "../../services/people.js";
import type { CommandSpec } from "../command.js";

export const languageCommand: CommandSpec = {
  name: "language",
  aliases: { fi: ["kieli"], sv: ["språk"], en: ["lang"] },
  summary: "cmd.language",
  usage: "usage.language",
  run(ctx, args) {
    const wanted = args.words[0]?.toLowerCase();
    if (!wanted) return textReply(ctx.t("language.current"));
    if (!isLocale(wanted)) throw new UserError("language.bad", { value: args.words[0]! });
    setMyLocale(ctx, wanted);
    return textReply(t(wanted, "language.set"));
  },
};
