/**
 * The router table: every command word (English, with Finnish and Swedish aliases) to its handler, and every
 * form id to its submit handler. A feature adds its specs here; nothing else routes.
 */
import type { CommandSpec, FormSpec } from "./command.js";
import { bindCommand } from "./core/bind.js";
import { forumCommand, forumsCommand } from "./core/forums.js";
import { helpCommand } from "./core/help.js";
import { languageCommand } from "./core/language.js";
import { whoamiCommand } from "./core/whoami.js";

export const COMMANDS: CommandSpec[] = [
  helpCommand(() => COMMANDS, (word) => findCommand(word)),
  forumsCommand,
  forumCommand,
  whoamiCommand,
  languageCommand,
  bindCommand,
];

export const FORMS: FormSpec[] = [];

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
