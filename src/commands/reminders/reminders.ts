/**
 * `reminders` (fi muistutukset, sv påminnelser): your settings; `reminders off|on <kind|all>` mutes or unmutes a
 * kind; `reminders dm|channel` chooses how forum-wide reminders reach you; `reminders upcoming [forum]` lists what
 * will be sent.
 */
import { REMINDER_KINDS, type ReminderKind } from "../../domain/reminder-kinds.js";
import { formatList } from "../../i18n/format.js";
import { UserError } from "../../errors.js";
import { mySettings, setMyDelivery, setMyKindsMuted } from "../../services/reminders/settings.js";
import type { CommandSpec } from "../command.js";
import type { Context } from "../context.js";
import type { Locale } from "../../i18n/locale.js";
import { ALL_WORDS, isAllWord, kindWord, parseKindWord } from "./kind-words.js";
import { kindName, settingsReply } from "./settings-view.js";
import { upcomingReply } from "./upcoming.js";
import { wordFor } from "../core/help.js";
import { readPaging } from "../paging.js";

/** Sub-command words in each language. */
const WORDS: Record<"off" | "on" | "dm" | "channel" | "upcoming", string[]> = {
  off: ["off", "mute", "pois", "av", "tyst"],
  on: ["on", "unmute", "päälle", "på"],
  dm: ["dm", "direct", "yksityisviesti", "yksityinen", "direkt"],
  channel: ["channel", "kanava", "kanal"],
  upcoming: ["upcoming", "tulevat", "tulossa", "kommande"],
};

/** `upcoming` in the person's language, for the next page's command. */
const UPCOMING_WORD: Record<Locale, string> = { en: "upcoming", fi: "tulevat", sv: "kommande" };

function subcommand(word: string | undefined): keyof typeof WORDS | undefined {
  if (!word) return undefined;
  const lower = word.toLowerCase();
  return (Object.keys(WORDS) as (keyof typeof WORDS)[]).find((k) => WORDS[k].includes(lower));
}

function kindsFrom(ctx: Context, words: string[]): ReminderKind[] {
  if (words.length === 0) throw new UserError("error.missingArgument", { what: ctx.t("reminders.kindPlaceholder"), usage: ctx.t("usage.reminders") });
  if (words.some(isAllWord)) return [...REMINDER_KINDS];
  return words.map((word) => {
    const kind = parseKindWord(word);
    const choices = [...REMINDER_KINDS.map((k) => kindWord(k, ctx.locale)), ALL_WORDS[ctx.locale]].map((w) => `\`${w}\``);
    if (!kind) throw new UserError("reminders.badKind", { value: word, kinds: formatList(choices, ctx.locale, "disjunction") });
    return kind;
  });
}

export const remindersCommand: CommandSpec = {
  name: "reminders",
  aliases: { fi: ["muistutukset", "muistutus"], sv: ["påminnelser", "påminnelse"] },
  summary: "cmd.reminders",
  usage: "usage.reminders",
  run(ctx, args) {
    const sub = subcommand(args.words[0]);
    if (args.words[0] && !sub) throw new UserError("error.badArgument", { value: args.words[0], what: "", usage: ctx.t("usage.reminders") });
    switch (sub) {
      case undefined:
        return settingsReply(ctx, mySettings(ctx));
      case "upcoming": {
        const paging = readPaging(args.words);
        const words = [wordFor(remindersCommand, ctx), UPCOMING_WORD[ctx.locale], ...paging.words.slice(1)];
        return upcomingReply(ctx, paging.words[1] ?? ctx.boundForum?.code, { page: paging.page, words });
      }
      case "dm":
      case "channel":
        return settingsReply(ctx, setMyDelivery(ctx, sub), ctx.t(sub === "dm" ? "reminders.deliveryDm" : "reminders.deliveryChannel"));
      case "off":
      case "on": {
        const kinds = kindsFrom(ctx, args.words.slice(1));
        const settings = setMyKindsMuted(ctx, kinds, sub === "off");
        const names = formatList(
          kinds.map((k) => kindName(ctx, k)),
          ctx.locale,
        );
        return settingsReply(ctx, settings, ctx.t(sub === "off" ? "reminders.muted" : "reminders.unmuted", { kinds: names }));
      }
    }
  },
};
