/**
 * A message after one of its settling buttons (accept, approve, attend…) did its work: the settling buttons of
 * that row leave, other buttons stay, and a line under the row says what was done and by whom. Slack then shows
 * it in place of the original (`replace_original` on the response_url, else chat.update), so a stale button cannot
 * be pressed again (https://docs.slack.dev/interactivity/handling-user-interaction#updating_message_ephemeral).
 */
import { COMMAND_ACTION } from "./blocks.js";
import { clip } from "./mrkdwn.js";
import type { KnownBlock } from "./slack-types.js";

/** Action ids of settling buttons: `yp_cmd_settle_3`. */
export const SETTLE_ACTION = `${COMMAND_ACTION}_settle`;

export const isSettling = (actionId: string) => actionId.startsWith(`${SETTLE_ACTION}_`);

type Element = { action_id?: string };

/**
 * @example settleBlocks(blocks, "yp_cmd_settle_2", "Hyväksy #2", "U1") // row of #2 gone, "✓ Hyväksy #2 — <@U1>" in its place
 */
export function settleBlocks(blocks: KnownBlock[], pressedId: string, label: string, userId: string): KnownBlock[] {
  return blocks.flatMap((block): KnownBlock[] => {
    if (block.type !== "actions") return [block];
    const elements = block.elements as Element[];
    if (!elements.some((e) => e.action_id === pressedId)) return [block];
    const kept = elements.filter((e) => !isSettling(e.action_id ?? ""));
    const done: KnownBlock = { type: "context", elements: [{ type: "mrkdwn", text: clip(`✓ ${label} — <@${userId}>`, 3000) }] };
    return kept.length ? [{ ...block, elements: kept } as KnownBlock, done] : [done];
  });
}

/**
 * A settling press that first opened a form (reject asks for a reason): nothing is settled until the form's
 * submission worked. It rides in the modal's `private_metadata` (which Slack keeps and people cannot change) as
 * where the pressed message is and, when its blocks came with the press, its settled blocks; a closed modal
 * leaves the message and its buttons as they were.
 */
export interface PendingSettle {
  /** The press's response_url: replaces the pressed message (also an ephemeral one) for up to 30 minutes. */
  responseUrl?: string;
  channelId?: string;
  ts?: string;
  /** The message's blocks once settled; without them (an ephemeral message) the answer takes its place. */
  blocks?: KnownBlock[];
  text?: string;
}
