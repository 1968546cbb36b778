/**
 * A command line in the form the person types it where they are (issue 17 §3): a slash command in Slack
 * (`/forum calendar`), an @mention in a Teams channel (`@Yhdyspinta calendar`), the bare words in a Teams personal
 * chat and the console. The adapter supplies the form; the core only applies it.
 */
import type { Context } from "./context.js";

/** @example typedCommand(slackCtx, "calendar all") // "/forum calendar all" */
export function typedCommand(ctx: Pick<Context, "user">, line: string): string {
  const form = ctx.user.commandForm;
  return form ? form(line) : line;
}
