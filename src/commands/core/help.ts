/** `help` and `help <command>`: the command list in the person's language, with usage and aliases. */
import { reply, type Reply } from "../../conversation/reply.js";
import { typedLine } from "../../i18n/command-forms.js";
import { formatList } from "../../i18n/format.js";
import type { Locale } from "../../i18n/locale.js";
import type { CommandSpec } from "../command.js";
import type { Context } from "../context.js";

/** Stands for "no command form" (the console, the CLI) as a key of the listings kept per form. */
const BARE_WORDS = {};

/** The help command needs the table it describes; the router passes it in. */
export function helpCommand(table: () => CommandSpec[], find: (word: string) => CommandSpec | undefined): CommandSpec {
  /**
   * The command list is the same for everyone who reads one language and types commands one way (the platform's
   * command form): it is made once for each, not for every `help` (~60 µs of usage lines typed the platform's way).
   */
  const listings = new WeakMap<object, Map<Locale, Reply>>();
  const listing = (ctx: Context): Reply => {
    const key = ctx.user.commandForm ?? BARE_WORDS;
    let byLocale = listings.get(key);
    if (!byLocale) {
      byLocale = new Map();
      listings.set(key, byLocale);
    }
    let made = byLocale.get(ctx.locale);
    if (!made) {
      const listed = table().filter((s) => s.listed !== false);
      made = reply([
        { kind: "heading", text: ctx.t("help.title") },
        { kind: "text", text: ctx.t("help.intro") },
        { kind: "list", items: listed.map((s) => `\`${typedUsage(ctx, ctx.t(s.usage), find)}\` — ${ctx.t(s.summary)}`) },
        { kind: "text", text: ctx.t("help.more") },
      ]);
      // Shared by every reader from now on: frozen, so that no renderer can change it for the others.
      for (const block of made.blocks) Object.freeze(block);
      Object.freeze(made.blocks);
      byLocale.set(ctx.locale, Object.freeze(made));
    }
    return made;
  };
  return {
    name: "help",
    aliases: { fi: ["ohje", "apua"], sv: ["hjälp"], en: ["?"] },
    summary: "cmd.help",
    usage: "usage.help",
    audience: "anyone",
    run(ctx: Context, args) {
      const topic = args.words[0];
      if (topic) {
        const spec = find(topic.toLowerCase());
        if (!spec) return reply([{ kind: "text", text: ctx.t("help.unknownTopic", { word: topic }) }]);
        const aliases = formatList(wordsFor(spec, ctx.locale), ctx.locale, "unit");
        return reply([
          { kind: "heading", text: wordFor(spec, ctx) },
          { kind: "text", text: ctx.t(spec.summary) },
          {
            kind: "facts",
            facts: [
              { label: ctx.t("help.usage"), value: `\`${typedUsage(ctx, ctx.t(spec.usage), find)}\`` },
              { label: ctx.t("help.aliases"), value: aliases },
            ],
          },
        ]);
      }
      return listing(ctx);
    },
  };
}

/**
 * A usage text in the form the person types it on their platform: each alternative that starts with a command word
 * ("agenda <MEETING> | agenda add …") goes through the adapter's `commandForm`; bracketed choices stay as they are.
 */
export function typedUsage(ctx: Pick<Context, "user">, usage: string, find: (word: string) => CommandSpec | undefined): string {
  const form = ctx.user.commandForm;
  return form ? typedLine(usage, { form, isCommand: (word) => find(word.toLowerCase()) !== undefined }) : usage;
}

/**
 * `welcome`: what a person sees when they add the bot (Teams sends it on install): a greeting by name, or how to
 * get linked, then the command list of `help`. Hidden from the list; anyone may run it.
 */
export function welcomeCommand(help: () => CommandSpec): CommandSpec {
  return {
    name: "welcome",
    aliases: { fi: [], sv: [] },
    summary: "cmd.help",
    usage: "usage.help",
    audience: "anyone",
    listed: false,
    async run(ctx, args) {
      const list = await help().run(ctx, { ...args, words: [], text: "" });
      const greeting = ctx.person ? ctx.t("welcome.known", { name: ctx.person.name }) : ctx.t("welcome.unknown");
      const [, , ...rest] = list.blocks;
      return reply([{ kind: "heading", text: ctx.t("welcome.title") }, { kind: "text", text: greeting }, ...rest]);
    },
  };
}

/** The words for a command in the person's language (English: its name and English aliases); others' words work too. */
function wordsFor(spec: CommandSpec, locale: Locale): string[] {
  const own = locale === "en" ? [spec.name, ...(spec.aliases.en ?? [])] : (spec.aliases[locale] ?? []);
  return own.length > 0 ? own : [spec.name];
}

/** The command's word in the person's language (its first alias there, else the English word). */
export function wordFor(spec: CommandSpec, ctx: Pick<Context, "locale">): string {
  if (ctx.locale === "en") return spec.name;
  return spec.aliases[ctx.locale][0] ?? spec.name;
}
