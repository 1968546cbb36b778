/**
 * The router table: every command word (English, with Finnish and Swedish aliases) to its handler, and every
 * form id to its submit handler. A feature adds its specs here; nothing else routes.
 */
import type { CommandSpec, FormSpec } from "./command.js";
import { AGENDA_FORMS, agendaCommand } from "./agenda/index.js";
import { bindCommand } from "./core/bind.js";
import { CALENDAR_COMMANDS, CALENDAR_FORMS } from "./calendar/index.js";
import { forumCommand, forumsCommand } from "./core/forums.js";
import { helpCommand, welcomeCommand } from "./core/help.js";
import { fileDeclinedCommand } from "./core/file-declined.js";
import { languageCommand } from "./core/language.js";
import { whoamiCommand } from "./core/whoami.js";
import { DECISION_COMMANDS, DECISION_FORMS } from "./decisions/index.js";
import { GOAL_COMMANDS } from "./goals/index.js";
import { FEED_COMMANDS } from "./feeds/index.js";
import { remindersCommand } from "./reminders/reminders.js";

export const COMMANDS: CommandSpec[] = [
  helpCommand(
    () => COMMANDS,
    (word) => findCommand(word),
  ),
  welcomeCommand(() => findCommand("help")!),
  fileDeclinedCommand,
  forumsCommand,
  forumCommand,
  whoamiCommand,
  languageCommand,
  bindCommand,
  ...CALENDAR_COMMANDS,
  agendaCommand,
  ...DECISION_COMMANDS,
  ...GOAL_COMMANDS,
  ...FEED_COMMANDS,
  remindersCommand,
];

export const FORMS: FormSpec[] = [...CALENDAR_FORMS, ...AGENDA_FORMS, ...DECISION_FORMS];

let index: Map<string, CommandSpec> | undefined;

function wordIndex(): Map<string, CommandSpec> {
  if (index) return index;
  index = new Map();
  for (const spec of COMMANDS) {
    for (const word of [spec.name, ...spec.aliases.fi, ...spec.aliases.sv, ...(spec.aliases.en ?? [])]) {
      if (!index.has(word.toLowerCase())) index.set(word.toLowerCase(), spec);
    }
  }
  return index;
}

export function findCommand(word: string): CommandSpec | undefined {
  return wordIndex().get(word.toLowerCase());
}

export function allCommandWords(): string[] {
  return [...wordIndex().keys()];
}

export function findForm(id: string): FormSpec | undefined {
  return FORMS.find((f) => f.id === id);
}
