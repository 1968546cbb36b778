/**
 * Shows the core's Reply to the person who asked: a form opens as a modal first (the trigger_id lives only
 * 3 seconds, so before any other Slack call), then the blocks go through `respond()` (ephemeral for "private",
 * in_channel for "channel") or, with no response_url (App Home buttons), chat.postMessage to the channel or the
 * person's DM. Files are uploaded into the channel; privately, only files without a link (to the DM).
 * When the trigger_id is too old to open the modal (a slow users.info, a busy core), the person gets a private
 * button, labelled with the form's title, that re-runs the command: pressing it brings a fresh trigger_id.
 */
import type { RespondFn, webApi } from "@slack/bolt";
import type { Form } from "../../src/conversation/form.js";
import { reply as makeReply, type Reply } from "../../src/conversation/reply.js";
import type { Logger } from "../../src/log.js";
import type { Deadline } from "./budget.js";
import { renderMessage } from "./render/blocks.js";
import { renderModal } from "./render/modal.js";
import type { PendingSettle } from "./render/settle.js";
import { slackErrorCode } from "./slack-errors.js";
import { uploadAttachment } from "./upload-file.js";

export interface Delivery {
  client: webApi.WebClient;
  userId: string;
  channelId?: string;
  respond?: RespondFn;
  triggerId?: string;
  /** When views.open must have been reached with the trigger_id (started when the request arrived). */
  triggerDeadline?: Deadline;
  /** The command that made the reply; with it, a form the trigger_id came too late for (or that came with none, as
   * from an @mention) becomes a re-run button. */
  commandText?: string;
  /** The answer takes the place of the message whose button was pressed (a settling button on an ephemeral message). */
  replaceOriginal?: boolean;
  /** A channel where a private answer is shown only to the asker (an @mention), instead of their DM. */
  ephemeralIn?: string;
  /** The pressed message a form's submission settles (a settling button that opened the form). */
  settle?: PendingSettle;
  log: Logger;
}

export async function deliver(reply: Reply, to: Delivery): Promise<void> {
  if (reply.form) {
    const opened = to.triggerId !== undefined && (await openForm(reply.form, to.triggerId, to));
    if (!opened && to.commandText !== undefined) {
      await deliver(reopenButton(reply.form, to.commandText), { ...to, triggerId: undefined, commandText: undefined });
    }
  }
  const message: Reply = { ...reply, form: undefined };
  if (message.blocks.length === 0 && !message.attachments?.length) return;
  const rendered = renderMessage(message);
  const toChannel = reply.visibility === "channel" && to.channelId !== undefined;
  if (to.respond) {
    // An ephemeral message can only be replaced by another; an answer for the channel is posted as a new message.
    const replace = to.replaceOriginal === true && !toChannel;
    await to.respond({ ...rendered, response_type: toChannel ? "in_channel" : "ephemeral", replace_original: replace });
  } else if (!toChannel && to.ephemeralIn) await postEphemeral(to, to.ephemeralIn, rendered);
  else await postWithFallback(to, toChannel ? to.channelId! : to.userId, rendered);
  await uploadFiles(message, to, toChannel ? to.channelId! : undefined);
}

/** Opens the form as a modal; false when the trigger_id is (or turns out) too old and a re-run button can be offered. */
async function openForm(form: Form, triggerId: string, to: Delivery): Promise<boolean> {
  const canOffer = to.commandText !== undefined;
  if (canOffer && to.triggerDeadline?.expired()) {
    to.log.warn({ user: to.userId }, "slack trigger_id too old for the form; offering a button instead");
    return false;
  }
  try {
    await to.client.views.open({ trigger_id: triggerId, view: renderModal(form, { channelId: to.channelId, settle: to.settle }) });
    return true;
  } catch (error) {
    if (!canOffer || slackErrorCode(error) !== "expired_trigger_id") throw error;
    to.log.warn({ user: to.userId }, "slack trigger_id expired; offering a button instead");
    return false;
  }
}

/** A private message with one button (the form's title, already in the person's language) that re-runs the command. */
function reopenButton(form: Form, commandText: string): Reply {
  return makeReply([{ kind: "actions", actions: [{ kind: "button", label: form.title, command: commandText, style: "primary" }] }], {
    visibility: "private",
    summary: form.title,
  });
}

/** Shows a message to one person in a channel; when the bot cannot, the person gets it in their DM instead. */
async function postEphemeral(to: Delivery, channel: string, rendered: ReturnType<typeof renderMessage>): Promise<void> {
  try {
    await to.client.chat.postEphemeral({ channel, user: to.userId, ...rendered });
  } catch (error) {
    to.log.warn({ channel, error: slackErrorCode(error) }, "slack ephemeral post failed; sending to the person instead");
    await to.client.chat.postMessage({ channel: to.userId, ...rendered, unfurl_links: false });
  }
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

/**
 * A form opened by a settling button was submitted and worked: the pressed message takes its settled state (its
 * blocks through the response_url, else chat.update), or, when its blocks did not come with the press (an
 * ephemeral message), the answer takes its place. True when the answer was shown that way.
 */
export async function settleAfterForm(settle: PendingSettle, reply: Reply, to: Pick<Delivery, "client" | "log">): Promise<boolean> {
  const message = settle.blocks ? { text: settle.text ?? "", blocks: settle.blocks } : renderMessage({ ...reply, form: undefined });
  try {
    if (settle.responseUrl) {
      const res = await fetch(settle.responseUrl, {
        method: "POST",
        headers: { "content-type": "application/json; charset=utf-8" },
        body: JSON.stringify({ ...message, response_type: "ephemeral", replace_original: true }),
      });
      if (!res.ok) throw new Error(`response_url answered ${res.status}`);
    } else if (settle.blocks && settle.channelId && settle.ts) {
      await to.client.chat.update({ channel: settle.channelId, ts: settle.ts, ...message });
    } else return false;
    return !settle.blocks;
  } catch (error) {
    to.log.warn({ error: slackErrorCode(error) }, "slack could not update the message whose button opened the form");
    return false;
  }
}
