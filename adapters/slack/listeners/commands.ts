/**
 * Slash commands (declared in manifests/slack/manifest.yml) onto the one command grammar: `/forum JOHTO` is
 * `forum JOHTO`, `/yhdyspinta bind JOHTO` is `bind JOHTO`. ack() comes first, always: Slack gives 3 seconds
 * (https://docs.slack.dev/interactivity/implementing-slash-commands#responding_to_commands). Its HTTP response is
 * written to the socket before ack() returns, so the command runs at once; the reply follows through respond(). A
 * form needs views.open within 3 s of the command too; past the budget, deliver() offers a button that re-runs the
 * command instead.
 */
import type { App } from "@slack/bolt";
import { commandTextFor } from "../../../src/commands/run.js";
import { startDeadline } from "../budget.js";
import { deliver } from "../deliver.js";
import type { SlackDeps } from "../deps.js";

export const SLASH_COMMANDS = ["/forum", "/agenda", "/decision", "/goal", "/yhdyspinta"] as const;

/** One listener for all five: Bolt runs every listener's matcher on every request, so fewer listeners cost less. */
const SLASH_COMMAND = new RegExp(`^(${SLASH_COMMANDS.join("|")})$`);

export function register(app: App, deps: SlackDeps): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    const triggerDeadline = startDeadline(deps.budgets.triggerMs);
    await ack();
    const user = await deps.identify(client, command.user_id);
    const text = commandTextFor(command.command, command.text ?? "");
    const reply = await deps.core.handleCommand({ user, channelRef: command.channel_id, text, requestId: command.trigger_id?.slice(-8) });
    await deliver(reply, {
      client,
      respond,
      triggerId: command.trigger_id,
      triggerDeadline,
      commandText: text,
      channelId: command.channel_id,
      userId: command.user_id,
      log: deps.log,
    });
  });
}
