/**
 * A command line as a Slack user types it: through the slash commands the manifest declares
 * (manifests/slack/manifest.yml), the inverse of `commandTextFor`. `calendar` → `/forum calendar`,
 * `agenda add X` → `/agenda add X`, `report 2026` → `/goal report 2026`, `language sv` → `/yhdyspinta language sv`.
 */
import { findCommand } from "../../src/commands/index.js";
import type { CommandForms } from "../../src/i18n/command-forms.js";

/** Commands that are their own slash entry: the word itself is the slash command. */
const OWN_ENTRY: Record<string, string> = { agenda: "/agenda", decision: "/decision", goal: "/goal", forum: "/forum" };
/** What a slash entry alone means (EMPTY_ENTRY in src/commands/run.ts); with words they go through the family. */
const BARE_ENTRY: Record<string, string> = { forums: "/forum", goals: "/goal" };

/** Commands reached through a family's entry (see ENTRY_ROUTES in src/commands/run.ts). */
const FAMILY_ENTRY: Record<string, string> = {
  decisions: "/decision",
  minutes: "/decision",
  measure: "/goal",
  indicator: "/goal",
  report: "/goal",
  help: "/yhdyspinta",
  whoami: "/yhdyspinta",
  language: "/yhdyspinta",
  bind: "/yhdyspinta",
};

export function slashForm(line: string): string {
  const [word = "", ...rest] = line.split(" ");
  const name = findCommand(word)?.name ?? "";
  const own = OWN_ENTRY[name];
  if (own) return rest.length ? `${own} ${rest.join(" ")}` : own;
  const bare = BARE_ENTRY[name];
  if (bare && rest.length === 0) return bare;
  return `${FAMILY_ENTRY[name] ?? bare ?? "/forum"} ${line}`;
}

/** The slash forms for texts the bot sends on its own (reminders, notices): the same in channels and DMs. */
export const SLACK_FORMS: CommandForms = { form: slashForm, isCommand: (word) => findCommand(word) !== undefined };
