/**
 * A command family's entry in the router table: canonical English word, Finnish and Swedish aliases, help texts
 * and the handler. Forms have their own table entries (FormSpec).
 */
import type { FormResult, FormValues } from "../conversation/form.js";
import type { Reply } from "../conversation/reply.js";
import type { MessageKey } from "../i18n/catalog.js";
import type { Context } from "./context.js";

export interface Args {
  /** The words after the command word; quoted "two words" stay one. */
  words: string[];
  /** The raw text after the command word, trimmed. */
  text: string;
  /** The raw text from word `index` on (for free text such as titles and reasons). */
  rest(index: number): string;
}

export interface CommandSpec {
  name: string;
  aliases: { fi: string[]; sv: string[]; en?: string[] };
  summary: MessageKey;
  usage: MessageKey;
  /** "anyone": also for chat users not yet linked to a person (help, whoami, language). */
  audience?: "anyone" | "known";
  /** Listed in `help` (false hides internal words such as button targets). */
  listed?: boolean;
  run(ctx: Context, args: Args): Reply | Promise<Reply>;
}

export interface FormSpec {
  id: string;
  submit(ctx: Context, values: FormValues, context: Record<string, string>): FormResult | Promise<FormResult>;
}
