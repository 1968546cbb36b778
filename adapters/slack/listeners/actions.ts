/**
 * Buttons (block_actions): a command button carries its chat command in `value` and runs it as the person who
 * pressed it; a URL button only needs the acknowledgement. A press on the App Home refreshes the home view.
 */
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { pressResult } from "../../../src/conversation/reply.js";
import { startDeadline } from "../budget.js";
import { COMMAND_ACTION, LINK_ACTION } from "../render/blocks.js";
import { deliver } from "../deliver.js";
import type { SlackDeps } from "../deps.js";
import { publishHome } from "../home.js";
import { isSettling, settleBlocks, type PendingSettle } from "../render/settle.js";
import type { KnownBlock } from "../render/slack-types.js";
import { slackErrorCode } from "../slack-errors.js";

export function register(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(new RegExp(`^${COMMAND_ACTION}_`), async ({ ack, body, action, client, respond }) => {
    const triggerDeadline = startDeadline(deps.budgets.triggerMs);
    await ack();
    if (!action.value) return;
    const userId = body.user.id;
    const channelId = body.channel?.id;
    const user = await deps.identify(client, userId);
    const reply = await deps.core.handleCommand({ user, channelRef: channelId, text: action.value, requestId: body.trigger_id?.slice(-8) });
    const press = isSettling(action.action_id) && body.view?.type !== "home" ? pressResult(reply) : "nothing";
    // A press that opens a form (reject asks for a reason) has done nothing yet: its message settles when the form
    // is submitted and works (views.ts); a closed form leaves the message and its buttons as they were.
    const settled = press === "done";
    const original = body.message as { blocks?: KnownBlock[]; text?: string; ts?: string } | undefined;
    const settle: PendingSettle | undefined =
      press === "asks"
        ? {
            responseUrl: body.response_url,
            channelId,
            ts: original?.ts,
            ...(original?.blocks
              ? { blocks: settleBlocks(original.blocks, action.action_id, action.text.text, userId), text: original.text ?? action.text.text }
              : {}),
          }
        : undefined;
    if (settled) {
      if (original?.blocks) {
        const blocks = settleBlocks(original.blocks, action.action_id, action.text.text, userId);
        const text = original.text ?? action.text.text;
        try {
          if (body.response_url) await respond({ replace_original: true, text, blocks });
          else if (channelId && original.ts) await client.chat.update({ channel: channelId, ts: original.ts, text, blocks });
        } catch (error) {
          deps.log.warn({ error: slackErrorCode(error) }, "slack could not update the pressed message");
        }
      }
    }
    await deliver(reply, {
      client,
      respond: body.response_url ? respond : undefined,
      triggerId: body.trigger_id,
      triggerDeadline,
      commandText: action.value,
      channelId,
      userId,
      // An ephemeral message's blocks do not come with the press: its new state is the answer itself.
      replaceOriginal: settled && !original?.blocks,
      settle,
      log: deps.log,
    });
    if (body.view?.type === "home") await publishHome(deps, client, userId);
  });
  app.action(new RegExp(`^${LINK_ACTION}_`), async ({ ack }) => {
    await ack();
  });
}
