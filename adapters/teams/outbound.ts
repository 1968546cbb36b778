/** A Reply as the Teams message activities that show it: one card for the blocks, one more for a form. */
import { CardFactory, type Activity } from "botbuilder";
import type { Form } from "../../src/conversation/form.js";
import type { Reply } from "../../src/conversation/reply.js";
import { renderReplyCard, replySummary } from "./render/card.js";
import { renderFormCard } from "./render/form-card.js";

export function formActivity(form: Form): Partial<Activity> {
  return { type: "message", summary: form.title, attachments: [CardFactory.adaptiveCard(renderFormCard(form))] };
}

export function replyActivities(reply: Reply): Partial<Activity>[] {
  const activities: Partial<Activity>[] = [];
  if (reply.blocks.length || reply.attachments?.some((a) => a.url)) {
    activities.push({ type: "message", summary: replySummary(reply), attachments: [CardFactory.adaptiveCard(renderReplyCard(reply))] });
  }
  if (reply.form) activities.push(formActivity(reply.form));
  return activities;
}
