/**
 * Command lines in a text as the person types them where they are (issue 17 §3): in Slack through the slash
 * commands (`/forum calendar`), in a Teams channel after an @mention (`@Yhdyspinta calendar`), bare in a Teams
 * personal chat and the console. A text marks what to type as `code`; a code span that starts with a command word is
 * rewritten, and so is a param that holds a command line (`usage`, `command`, `suggestion`). Anything the person
 * typed themselves (`{value}`, `{word}`) stays as it was.
 */

export interface CommandForms {
  /** A command line in the platform's form: `calendar all` → `/forum calendar all`. */
  form(line: string): string;
  /** Whether a word is a command word in any language. */
  isCommand(word: string): boolean;
}

/** Params whose value is a command line to type. */
const COMMAND_PARAMS = new Set(["usage", "command", "suggestion"]);

/**
 * A usage or command line in the platform's form; of alternatives (`agenda <MEETING> | agenda add …`) each one that
 * starts with a command word. A line already in form (`/forum …`, `@Yhdyspinta …`) stays as it is.
 * @example typedLine("agenda <MEETING> | FORUM", slack) // "/agenda <MEETING> | FORUM"
 */
export function typedLine(line: string, forms: CommandForms): string {
  return line
    .split(" | ")
    .map((part) => (forms.isCommand(part.split(" ")[0]!) ? forms.form(part) : part))
    .join(" | ");
}

/** A template with each code span that starts with a command word in the platform's form. */
export function typedTemplate(template: string, forms: CommandForms): string {
  if (!template.includes("`")) return template;
  return template.replace(/`([^`\n]+)`/g, (_span, body: string) => `\`${typedLine(body, forms)}\``);
}

/** The params with each command line in the platform's form. */
export function typedParams<P extends Readonly<Record<string, string | number>>>(params: P, forms: CommandForms): P {
  let typed: Record<string, string | number> | undefined;
  for (const [name, value] of Object.entries(params)) {
    if (!COMMAND_PARAMS.has(name) || typeof value !== "string") continue;
    typed ??= { ...params };
    typed[name] = typedLine(value, forms);
  }
  return (typed ?? params) as P;
}
