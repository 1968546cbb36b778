/** `reminders`: the person's settings, every kind with on/muted, and how to change them. */
import { reply, type Reply } from "../../conversation/reply.js";
import { REMINDER_KINDS } from "../../domain/reminder-kinds.js";
import type { MessageKey } from "../../i18n/catalog.js";
import type { ReminderSettings } from "../../services/reminders/settings.js";
import type { Context } from "../context.js";
import { kindWord } from "./kind-words.js";

export function kindName(ctx: Context, kind: string): string {
  return ctx.t(`reminders.kind.${kind}` as MessageKey);
}

export function settingsReply(ctx: Context, settings: ReminderSettings, lead?: string): Reply {
  return reply([
    ...(lead ? [{ kind: "text" as const, text: lead }] : []),
    { kind: "heading", text: ctx.t("reminders.settings.title") },
    {
      kind: "list",
      items: REMINDER_KINDS.map((kind) =>
        ctx.t("reminders.settings.kind", {
          code: kindWord(kind, ctx.locale),
          name: kindName(ctx, kind),
          state: ctx.t(settings.muted.has(kind) ? "reminders.settings.off" : "reminders.settings.on"),
        }),
      ),
    },
    { kind: "text", text: ctx.t(settings.delivery === "dm" ? "reminders.settings.dm" : "reminders.settings.channel") },
    { kind: "text", text: ctx.t("reminders.settings.help", { example: kindWord("day_before", ctx.locale) }) },
  ]);
}
