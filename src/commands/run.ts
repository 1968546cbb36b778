/**
 * The core's one entry for every adapter: a command line or a submitted form in, a Reply out. Builds the neutral
 * context, routes through the table, and turns errors into messages in the person's language (never a stack trace).
 */
import { randomUUID } from "node:crypto";
import type { FormInput, CommandInput, UserRef } from "../conversation/input.js";
import type { FormResult } from "../conversation/form.js";
import { reply, textReply, type Reply } from "../conversation/reply.js";
import { closestWord } from "../domain/closest.js";
import { isUserError } from "../errors.js";
import { translator } from "../i18n/catalog.js";
import type { CommandForms } from "../i18n/command-forms.js";
import { DEFAULT_LOCALE, isLocale, matchLocale, type Locale } from "../i18n/locale.js";
import { resolvePerson } from "../services/people.js";
import { findRegion } from "../services/regions.js";
import { forumOfChannel } from "../services/channels.js";
import { WriteBudget, withWriteBudget } from "../services/write-budget.js";
import type { Context, CoreDeps } from "./context.js";
import { checkFormValues, checkText } from "./check-input.js";
import { allCommandWords, findCommand, findForm } from "./index.js";
import { parseLine } from "./parse.js";

export interface Core {
  handleCommand(input: CommandInput): Promise<Reply>;
  submitForm(input: FormInput): Promise<FormResult>;
  /** The context a command from this user would get (for App Home and other adapter views built by the core). */
  contextFor(user: UserRef, channelRef?: string): Promise<Context | undefined>;
}

/**
 * Maps a platform's command entry to our grammar. General entries (`/yhdyspinta`, `/forum`) route to any command:
 * `/forum calendar` → `calendar`, `/forum JOHTO` → `forum JOHTO`, `/yhdyspinta` alone → `help`. A family entry
 * keeps its own command (`/agenda move …` is the agenda's move, never the calendar's), except for the few
 * commands listed as belonging to that family (`/goal report` → `report`).
 */
export function commandTextFor(entry: string, text: string): string {
  const word = entry.replace(/^\//, "").toLowerCase();
  const trimmed = text.trim();
  if (!trimmed) return EMPTY_ENTRY[word] ?? word;
  const routed = findCommand(trimmed.split(/\s+/)[0]!)?.name;
  const allowed = ENTRY_ROUTES[word];
  if (routed && (allowed === "any" || allowed?.includes(routed))) return trimmed;
  return `${word} ${trimmed}`;
}

/** What a bare slash command means: `/forum` lists the forums, `/yhdyspinta` is help. */
const EMPTY_ENTRY: Record<string, string> = { yhdyspinta: "help", forum: "forums", goal: "goals", decision: "decisions" };

/** Which commands each slash entry may route to besides its own. */
const ENTRY_ROUTES: Record<string, "any" | string[]> = {
  yhdyspinta: "any",
  forum: "any",
  agenda: [],
  decision: ["decisions", "minutes"],
  goal: ["goals", "measure", "indicator", "report"],
};

const refused = (answer: Reply): Reply => ({ ...answer, outcome: "refused" });

/** How this user types a command where they are, when it is not the bare words (Slack, a Teams channel). */
function formsOf(user: UserRef): CommandForms | undefined {
  const form = user.commandForm;
  return form ? { form, isCommand: (word) => findCommand(word) !== undefined } : undefined;
}

export function createCore(deps: CoreDeps): Core {
  const budget = new WriteBudget(deps.writeBudget);
  /** Who a command's writes are charged to: the person (or the unlinked chat account) and the channel. */
  const chargedTo = (ctx: Context) => ({
    person: ctx.person?.id ?? `${ctx.platform}:${ctx.user.id}`,
    channel: ctx.channelRef ? `${ctx.platform}:${ctx.channelRef}` : undefined,
  });
  async function contextFor(user: UserRef, channelRef?: string, requestId?: string): Promise<Context | undefined> {
    const region = findRegion(deps.db);
    if (!region) return undefined;
    const now = deps.clock.now();
    const person = await resolvePerson(deps.db, user, now);
    const locale: Locale =
      (isLocale(person?.locale) ? person.locale : undefined) ??
      matchLocale(user.locale) ??
      (isLocale(region.defaultLocale) ? region.defaultLocale : DEFAULT_LOCALE);
    // Every field written out: V8 (Node 20) defines each field that follows a spread in an object literal through
    // a call into its runtime, ~0.7 µs a field; spreading `deps` here cost each command ~9 µs (issue 18 §5).
    return {
      db: deps.db,
      clock: deps.clock,
      config: deps.config,
      writeBudget: deps.writeBudget,
      log: deps.log.child({ req: requestId ?? randomUUID().slice(0, 8), platform: user.platform }),
      region,
      person,
      isAdmin: person?.roles.includes("admin") ?? false,
      locale,
      zone: region.zone,
      now,
      platform: user.platform,
      user,
      channelRef,
      boundForum: channelRef ? forumOfChannel(deps.db, user.platform, channelRef) : undefined,
      t: translator(locale, formsOf(user)),
    };
  }

  function fallbackLocale(user: UserRef): Locale {
    return matchLocale(user.locale) ?? DEFAULT_LOCALE;
  }

  function failure(error: unknown, ctx: Context | undefined, locale: Locale): Reply {
    const t = ctx?.t ?? translator(locale);
    if (isUserError(error)) return refused(textReply(t(error.key, error.params)));
    const ref = randomUUID().slice(0, 8);
    (ctx?.log ?? deps.log).error({ err: error, ref }, "command failed");
    return { ...textReply(t("error.internal", { ref })), outcome: "failed" };
  }

  return {
    contextFor: (user, channelRef) => contextFor(user, channelRef),
    async handleCommand(input) {
      let ctx: Context | undefined;
      try {
        ctx = await contextFor(input.user, input.channelRef, input.requestId);
        const t = ctx?.t ?? translator(fallbackLocale(input.user), formsOf(input.user));
        if (!ctx) return refused(textReply(t("error.noRegion")));
        const checked = checkText(input.text, t);
        if (!checked.ok) return refused(textReply(checked.message));
        const { word, args } = parseLine(checked.value || "help");
        const spec = findCommand(word);
        if (!spec) {
          const suggestion = closestWord(word, allCommandWords());
          return refused(
            reply([
              { kind: "text", text: t("error.unknownCommand", { word }) },
              { kind: "text", text: suggestion ? t("error.didYouMean", { suggestion }) : t("error.seeHelp") },
            ]),
          );
        }
        if (spec.audience !== "anyone" && !ctx.person) return refused(textReply(t("error.notLinked")));
        const db = withWriteBudget(ctx.db, budget, chargedTo(ctx));
        const run: Context = input.attachment ? { ...ctx, db, attachment: input.attachment } : { ...ctx, db };
        return await spec.run(run, args);
      } catch (error) {
        return failure(error, ctx, fallbackLocale(input.user));
      }
    },
    async submitForm(input) {
      let ctx: Context | undefined;
      try {
        ctx = await contextFor(input.user, input.channelRef, input.requestId);
        const t = ctx?.t ?? translator(fallbackLocale(input.user), formsOf(input.user));
        const spec = findForm(input.formId);
        if (!ctx || !spec) return { ok: true, reply: textReply(t(ctx ? "error.seeHelp" : "error.noRegion")) };
        if (!ctx.person) return { ok: true, reply: textReply(t("error.notLinked")) };
        const checked = checkFormValues(input.values, t);
        if (!checked.ok) return { ok: true, reply: textReply(checked.message) };
        const run: Context = { ...ctx, db: withWriteBudget(ctx.db, budget, chargedTo(ctx)) };
        return await spec.submit(run, checked.value, input.context ?? {});
      } catch (error) {
        return { ok: true, reply: failure(error, ctx, fallbackLocale(input.user)) };
      }
    },
  };
}
