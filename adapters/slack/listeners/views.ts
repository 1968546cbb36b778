/**
 * Modal submissions (view_submission): the core validates; field errors go back in the ack as
 * `response_action: "errors"` keyed by block id (https://docs.slack.dev/surfaces/modals#displaying_errors), a
 * follow-up form replaces the modal, a private result is shown in the modal, a result for the forum goes to the
 * channel the form was opened from.
 */
import type { App } from "@slack/bolt";
import { textReply } from "../../../src/conversation/reply.js";
import { deliver } from "../deliver.js";
import type { SlackDeps } from "../deps.js";
import { errorsByBlock, FORM_CALLBACK, readMetadata, readValues, renderModal, renderResultModal } from "../render/modal.js";

/** What is left of Slack's 3 seconds after the request's trip. */
const ACK_BUDGET_MS = 2500;

const late = (ms: number) => new Promise<"late">((resolve) => setTimeout(() => resolve("late"), ms).unref());

export function register(app: App, deps: SlackDeps): void {
  app.view(FORM_CALLBACK, async ({ ack, body, view, client }) => {
    const meta = readMetadata(view.private_metadata);
    if (!meta) return ack();
    const userId = body.user.id;
    const user = await deps.identify(client, userId);
    const submitted = deps.core.submitForm({
      user,
      channelRef: meta.channelId,
      formId: meta.formId,
      values: readValues(view.state.values),
      context: meta.context,
    });
    const result = await Promise.race([submitted, late(ACK_BUDGET_MS)]);
    if (result === "late") {
      // Slack waits 3 seconds for the answer to a submission; past that, close the modal and reply in a message.
      await ack();
      const done = await submitted;
      const reply = done.ok ? done.reply : { ...textReply(Object.values(done.errors).join(" ")), form: done.form };
      await deliver({ ...reply, form: undefined }, { client, userId, channelId: meta.channelId, log: deps.log });
      return;
    }
    if (!result.ok) {
      const fields = view.blocks.map((b) => (b as { block_id?: string }).block_id).filter((id): id is string => Boolean(id));
      return ack({ response_action: "errors", errors: errorsByBlock(result.errors, fields) });
    }
    const reply = result.reply;
    if (reply.form) return ack({ response_action: "update", view: renderModal(reply.form, { channelId: meta.channelId }) });
    if (reply.visibility === "channel" && meta.channelId) {
      await ack();
      await deliver(reply, { client, userId, channelId: meta.channelId, log: deps.log });
      return;
    }
    await ack({ response_action: "update", view: renderResultModal(view.title.text, reply) });
  });
}
