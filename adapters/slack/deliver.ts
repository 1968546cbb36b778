/**
 * Shows the core's Reply to the person who asked: a form opens as a modal first (the trigger_id lives only
 * 3 seconds, so before any other Slack call), then the blocks go through `respond()` (ephemeral for "private",
 * in_channel for "channel") or, with no response_url (App Home buttons), chat.postMessage to the channel or the
 * person's DM. Files are uploaded into the channel; privately, only files without a link (to the DM).
 */
import type { RespondFn, webApi } from "@slack/bolt";
import type { Reply } from "../../src/conversation/reply.js";
import type { Logger } from "../../src/log.js";
import { renderMessage } from "./render/blocks.js";
import { renderModal } from "./render/modal.js";
import { slackErrorCode } from "./slack-errors.js";
import { uploadAttachment } from "./upload-file.js";

export interface Delivery {
  client: webApi.WebClient;
  userId: string;
  channelId?: string;
  respond?: RespondFn;
  triggerId?: string;
  log: Logger;
}

export async function deliver(reply: Reply, to: Delivery): Promise<void> {
  if (reply.form && to.triggerId) {
    await to.client.views.open({ trigger_id: to.triggerId, view: renderModal(reply.form, { channelId: to.channelId }) });
  }
  const message: Reply = { ...reply, form: undefined };
  if (message.blocks.length === 0 && !message.attachments?.length) return;
  const rendered = renderMessage(message);
  const toChannel = reply.visibility === "channel" && to.channelId !== undefined;
  if (to.respond) await to.respond({ ...rendered, response_type: toChannel ? "in_channel" : "ephemeral", replace_original: false });
  else await postWithFallback(to, toChannel ? to.channelId! : to.userId, rendered);
  await uploadFiles(message, to, toChannel ? to.channelId! : undefined);
}

/** Posts to a channel; when the bot cannot (not a member), the person gets it in their DM instead. */
export async function postWithFallback(to: Delivery, channel: string, rendered: ReturnType<typeof renderMessage>): Promise<void> {
  try {
    await to.client.chat.postMessage({ channel, ...rendered, unfurl_links: false });
  } catch (error) {
    if (channel === to.userId) throw error;
    to.log.warn({ channel, error: slackErrorCode(error) }, "slack channel post failed; sending to the person instead");
    await to.client.chat.postMessage({ channel: to.userId, ...rendered, unfurl_links: false });
  }
}

async function uploadFiles(reply: Reply, to: Delivery, channel: string | undefined): Promise<void> {
  // In a channel the file itself is shared (the link stays in the message); privately the link is enough, and a
  // file without a link goes to the person's DM.
  const files = (reply.attachments ?? []).filter((a) => channel !== undefined || !a.url);
  if (files.length === 0) return;
  try {
    const target = channel ?? (await to.client.conversations.open({ users: to.userId })).channel?.id ?? to.userId;
    for (const file of files) await uploadAttachment(to.client, target, file);
  } catch (error) {
    to.log.warn({ error: slackErrorCode(error) }, "slack file upload failed");
  }
}
