/**
 * A Reply as the Teams message activities that show it: one card for the blocks, one more for a form, and its
 * files: in a personal chat a file-consent card each (the file lands in the person's OneDrive), elsewhere a
 * download link each on the card (a bot cannot upload into a channel).
 */
import { CardFactory, type Activity } from "botbuilder";
import type { Form } from "../../src/conversation/form.js";
import type { Reply } from "../../src/conversation/reply.js";
import { consentActivity } from "./file-consent.js";
import type { FileShelf } from "./file-shelf.js";
import type { FileUrl } from "./render/attachments.js";
import { renderReplyCard, replySummary } from "./render/card.js";
import { renderFormCard } from "./render/form-card.js";

export interface FileDelivery {
  /** A personal chat takes files by consent; channels and group chats get links. */
  personal: boolean;
  shelf: FileShelf;
}

export function formActivity(form: Form): Partial<Activity> {
  return { type: "message", summary: form.title, attachments: [CardFactory.adaptiveCard(renderFormCard(form))] };
}

export function replyActivities(reply: Reply, files?: FileDelivery): Partial<Activity>[] {
  const activities: Partial<Activity>[] = [];
  const attachments = reply.attachments ?? [];
  const byConsent = files?.personal === true;
  const fileUrl: FileUrl | undefined = byConsent ? () => undefined : files ? (file) => file.url ?? files.shelf.urlOf(files.shelf.put(file), file) : undefined;
  const linked = !byConsent && attachments.some((a) => a.url || files);
  if (reply.blocks.length || linked) {
    activities.push({ type: "message", summary: replySummary(reply), attachments: [CardFactory.adaptiveCard(renderReplyCard(reply, fileUrl))] });
  }
  if (byConsent) for (const file of attachments) activities.push(consentActivity(file, files.shelf));
  if (reply.form) activities.push(formActivity(reply.form));
  return activities;
}
