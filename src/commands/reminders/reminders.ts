/**
 * `reminders` (fi muistutukset, sv påminnelser): your settings; `reminders off|on <kind|all>` mutes or unmutes a
 * kind; `reminders dm|channel` chooses how forum-wide reminders reach you; `reminders upcoming [forum]` lists what
 * will be sent.
 */
import { parseReminderKind, REMINDER_KINDS, type ReminderKind } from "../../domain/reminder-kinds.js";
import { UserError } from "../../errors.js";
import { setDelivery, setKindsMuted, settingsOf } from "../../services/reminders/settings.js";
import type { CommandSpec } from "../command.js";
import type { Context } from "../context.js";
import { kindName, kindWord, settingsReply } from "./settings-view.js";
import { upcomingReply } from "./upcoming.js";

/** Sub-command words in each language. */
const WORDS: Record<"off" | "on" | "dm" | "channel" | "upcoming", string[]> = {
  off: ["off", "mute", "pois", "av", "tyst"],
  on: ["on", "unmute", "päälle", "på"],
  dm: ["dm", "direct", "yksityisviesti", "yksityinen", "direkt"],
  channel: ["channel", "kanava", "kanal"],
  upcoming: ["upcoming", "tulevat", "tulossa", "kommande"],
};

function subcommand(word: string | undefined): keyof typeof WORDS | undefined {
  if (!word) return undefined;
  const lower = word.toLowerCase();
  return (Object.keys(WORDS) as (keyof typeof WORDS)[]).find((k) => WORDS[k].includes(lower));
}

function kindsFrom(ctx: Context, words: string[]): ReminderKind[] {
  if (words.length === 0) throw new UserError("error.missingArgument", { what: "<kind>", usage: ctx.t("usage.reminders") });
  if (words.some((w) => ["all", "kaikki", "alla"].includes(w.toLowerCase()))) return [...REMINDER_KINDS];
  return words.map((word) => {
    const kind = parseReminderKind(word);
    if (!kind) throw new UserError("reminders.badKind", { value: word, kinds: REMINDER_KINDS.map((k) => `\`${kindWord(k)}\``).join(", ") });
    return kind;
  });
}

export const remindersCommand: CommandSpec = {
  name: "reminders",
  aliases: { fi: ["muistutukset", "muistutus"], sv: ["påminnelser", "påminnelse"] },
  summary: "cmd.reminders",
  usage: "usage.reminders",
  run(ctx, args) {
    const person = ctx.person!;
    const sub = subcommand(args.words[0]);
    if (args.words[0] && !sub) throw new UserError("error.badArgument", { value: args.words[0], what: "", usage: ctx.t("usage.reminders") });
    switch (sub) {
      case undefined:
        return settingsReply(ctx, settingsOf(ctx.db, person.id));
      case "upcoming":
        return upcomingReply(ctx, args.words[1] ?? ctx.boundForum?.code);
      case "dm":
      case "channel":
        return settingsReply(ctx, setDelivery(ctx.db, person.id, sub, ctx.now), ctx.t(sub === "dm" ? "reminders.deliveryDm" : "reminders.deliveryChannel"));
      case "off":
      case "on": {
        const kinds = kindsFrom(ctx, args.words.slice(1));
        const settings = setKindsMuted(ctx.db, person.id, kinds, sub === "off", ctx.now);
        const names = kinds.map((k) => kindName(ctx, k)).join(", ");
        return settingsReply(ctx, settings, ctx.t(sub === "off" ? "reminders.muted" : "reminders.unmuted", { kinds: names }));
      }
    }
  },
};
