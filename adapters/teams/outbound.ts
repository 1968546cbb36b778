/**
 * A Reply as the Teams message activities that show it: one card for the blocks, one more for a form, and its
 * files: in a personal chat a file-consent card each (the file lands in the person's OneDrive), elsewhere a
 * download link each on the card (a bot cannot upload into a channel).
 */
import { CardFactory, type Activity } from "botbuilder";
import type { Form } from "../../src/conversation/form.js";
import type { ChatAccount, Reply } from "../../src/conversation/reply.js";
import { consentActivity } from "./file-consent.js";
import type { FileShelf } from "./file-shelf.js";
import type { FileUrl } from "./render/attachments.js";
import { renderReplyCard, replySummary } from "./render/card.js";
import { renderFormCard } from "./render/form-card.js";
import { sharedCard } from "./render/refresh.js";
import type { AdaptiveCard } from "./render/types.js";
import type { PendingSettle } from "./sent-cards.js";

export interface FileDelivery {
  /** A personal chat takes files by consent; channels and group chats get links. */
  personal: boolean;
  shelf: FileShelf;
}

/**
 * The Teams user ids of the accounts a per-reader reply's buttons are for. Given for shared conversations (channels,
 * group chats), where such a reply is posted without its settling buttons and each of them sees their own card.
 */
export type ReaderIds = (accounts: readonly ChatAccount[]) => string[];

/** The reply's card as posted: in a shared conversation a per-reader reply leaves its settling buttons to each reader. */
export function postedCard(reply: Reply, fileUrl?: FileUrl, readerIds?: ReaderIds): AdaptiveCard {
  const card = renderReplyCard(reply, fileUrl);
  return reply.perReader && readerIds ? sharedCard(card, reply.perReader.command, readerIds(reply.perReader.viewers)) : card;
}

/** `settle`: the settling button's card the form settles once submitted (sent-cards.ts, PendingSettle). */
export function formActivity(form: Form, settle?: PendingSettle): Partial<Activity> {
  return { type: "message", summary: form.title, attachments: [CardFactory.adaptiveCard(renderFormCard(form, settle))] };
}

export function replyActivities(reply: Reply, files?: FileDelivery, readerIds?: ReaderIds, settle?: PendingSettle): Partial<Activity>[] {
  const activities: Partial<Activity>[] = [];
  const attachments = reply.attachments ?? [];
  const byConsent = files?.personal === true;
  const fileUrl: FileUrl | undefined = byConsent ? () => undefined : files ? (file) => file.url ?? files.shelf.urlOf(files.shelf.put(file), file) : undefined;
  const linked = !byConsent && attachments.some((a) => a.url || files);
  if (reply.blocks.length || linked) {
    const card = postedCard(reply, fileUrl, readerIds);
    activities.push({ type: "message", summary: replySummary(reply), attachments: [CardFactory.adaptiveCard(card)] });
  }
  if (byConsent) for (const file of attachments) activities.push(consentActivity(file, files.shelf));
  if (reply.form) activities.push(formActivity(reply.form, settle));
  return activities;
}
