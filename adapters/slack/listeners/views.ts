/**
 * Modal submissions (view_submission): the core validates; field errors go back in the ack as
 * `response_action: "errors"` keyed by block id (https://docs.slack.dev/surfaces/modals#displaying_errors), a
 * follow-up form replaces the modal, a private result is shown in the modal, a result for the forum goes to the
 * channel the form was opened from. The ack budget (budget.ts) starts on arrival, so users.info counts against it.
 */
import type { App } from "@slack/bolt";
import { pressResult, textReply } from "../../../src/conversation/reply.js";
import { startDeadline } from "../budget.js";
import { deliver, settleAfterForm } from "../deliver.js";
import type { SlackDeps } from "../deps.js";
import { errorsByBlock, FORM_CALLBACK, readMetadata, readValues, renderModal, renderResultModal } from "../render/modal.js";

export function register(app: App, deps: SlackDeps): void {
  app.view(FORM_CALLBACK, async ({ ack, body, view, client }) => {
    const ackDeadline = startDeadline(deps.budgets.ackMs);
    const meta = readMetadata(view.private_metadata);
    if (!meta) return ack();
    const userId = body.user.id;
    const values = readValues(view.state.values);
    const submitted = deps
      .identify(client, userId)
      .then((user) => deps.core.submitForm({ user, channelRef: meta.channelId, formId: meta.formId, values, context: meta.context }));
    const result = await Promise.race([submitted, ackDeadline.late()]);
    if (result === "late") {
      // Slack waits 3 seconds for the answer to a submission; past that, close the modal and reply in a message.
      await ack();
      const done = await submitted;
      const reply = done.ok ? done.reply : { ...textReply(Object.values(done.errors).join(" ")), form: done.form };
      if (done.ok && meta.settle && pressResult(reply) === "done") await settleAfterForm(meta.settle, reply, { client, log: deps.log });
      await deliver({ ...reply, form: undefined }, { client, userId, channelId: meta.channelId, log: deps.log });
      return;
    }
    if (!result.ok) {
      const fields = view.blocks.map((b) => (b as { block_id?: string }).block_id).filter((id): id is string => Boolean(id));
      return ack({ response_action: "errors", errors: errorsByBlock(result.errors, fields) });
    }
    const reply = result.reply;
    // A follow-up form keeps the pending settle of the message whose button opened the first.
    if (reply.form) return ack({ response_action: "update", view: renderModal(reply.form, { channelId: meta.channelId, settle: meta.settle }) });
    const settle = pressResult(reply) === "done" ? meta.settle : undefined;
    if (reply.visibility === "channel" && meta.channelId) {
      await ack();
      if (settle) await settleAfterForm(settle, reply, { client, log: deps.log });
      await deliver(reply, { client, userId, channelId: meta.channelId, log: deps.log });
      return;
    }
    if (settle && !settle.blocks && settle.responseUrl) {
      // The answer takes the place of the ephemeral message the button was on; the modal closes.
      await ack();
      if (await settleAfterForm(settle, reply, { client, log: deps.log })) return;
      await deliver(reply, { client, userId, channelId: meta.channelId, log: deps.log });
      return;
    }
    await ack({ response_action: "update", view: renderResultModal(view.title.text, reply) });
    if (settle) await settleAfterForm(settle, reply, { client, log: deps.log });
  });
}
