/** The reply to a change of the agenda: what was done, and when it was already published, how to send the change. */
import { reply, type Action, type Block, type Reply } from "../../conversation/reply.js";
import { freezeAgenda, isUnchanged } from "../../services/agenda/freeze.js";
import { latestVersion } from "../../services/agenda/published.js";
import type { Context } from "../context.js";
import { publishButton, viewButton } from "./buttons.js";

export function changedReply(ctx: Context, meetingId: string, lines: string[], canPublish: boolean): Reply {
  const blocks: Block[] = lines.map((text) => ({ kind: "text", text }));
  const actions: Action[] = [viewButton(ctx.t, meetingId)];
  const version = latestVersion(ctx.db, meetingId);
  if (version && !isUnchanged(version.content, freezeAgenda(ctx.db, meetingId))) {
    blocks.push({ kind: "text", text: ctx.t("agenda.done.republishHint", { version: version.version }) });
    if (canPublish) actions.push(publishButton(ctx.t, meetingId));
  }
  blocks.push({ kind: "actions", actions });
  return reply(blocks);
}
