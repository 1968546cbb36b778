/**
 * A settling button that first opens a form (the secretary's reject asks for a reason) settles its message only
 * when the form's submission worked, through the real Bolt receiver and the strict fake: a modal closed without
 * submitting leaves the message and its buttons as they were; a submitted reason updates the message once, naming
 * who did it.
 */
import { describe, expect, it } from "vitest";
import { agendaItems } from "../../../db/schema/index.js";
import { renderBlocks } from "../../../adapters/slack/render/blocks.js";
import { waitFor } from "./fake-slack-api.js";
import { postInteraction } from "./signed-request.js";
import { fixture, SIGNING_SECRET, useSlackServer, type View, viewSubmission } from "./slack-server.js";
import { postCommand } from "./signed-request.js";

const slack = useSlackServer({ resetEachTest: false });
const signed = { secret: SIGNING_SECRET };
const M = "JOHTO-2026-1";
let seq = 0;

const item = (number: number) =>
  slack.server.app.db
    .select()
    .from(agendaItems)
    .all()
    .find((i) => i.meetingId === M && i.number === number);

async function propose(title: string) {
  const id = `p${++seq}`;
  const fields = { ...fixture("slash-command"), user_id: "UMEMB", command: "/agenda", text: `lisää ${M} ${title}`, response_url: slack.fake.responseUrl(id) };
  expect((await postCommand(slack.server.url, fields, signed)).status).toBe(200);
  await waitFor(() => slack.fake.responses.find((r) => r.path.endsWith(`/${id}`)), "the proposal");
}

/** The late-proposal notice in the secretary's DM, with its accept and reject buttons (settling). */
function notice(number: number) {
  return renderBlocks({
    visibility: "private",
    blocks: [
      { kind: "text", text: `Myöhäinen ehdotus #${number}` },
      {
        kind: "actions",
        actions: [
          { kind: "button", label: `Hyväksy #${number}`, command: `agenda accept ${M} #${number}`, style: "primary", settles: true },
          { kind: "button", label: `Hylkää #${number}`, command: `agenda reject ${M} #${number}`, style: "danger", settles: true },
        ],
      },
    ],
  });
}

/** Presses the reject button (the second, `yp_cmd_settle_1`) of a message; `blocks` undefined for an ephemeral one. */
async function pressReject(number: number, blocks: unknown[] | undefined, urlId: string): Promise<View> {
  const trigger = `trigger-${++seq}`;
  const payload = {
    ...fixture("block-actions"),
    user: { id: "USECR", username: "sihteeri", name: "sihteeri", team_id: "T0001" },
    trigger_id: trigger,
    ...(blocks
      ? {
          container: { type: "message", message_ts: "1700000200.000100", channel_id: "DUSECR", is_ephemeral: false },
          channel: { id: "DUSECR", name: "directmessage" },
          message: { type: "message", ts: "1700000200.000100", text: `Myöhäinen ehdotus #${number}`, blocks },
        }
      : {}),
    response_url: slack.fake.responseUrl(urlId),
    actions: [
      {
        action_id: "yp_cmd_settle_1",
        block_id: "b1",
        text: { type: "plain_text", text: `Hylkää #${number}` },
        value: `agenda reject ${M} #${number}`,
        type: "button",
      },
    ],
  };
  expect((await postInteraction(slack.server.url, payload, signed)).status).toBe(200);
  const opened = await waitFor(() => slack.fake.callsOf("views.open").find((c) => c.args.trigger_id === trigger), "the reason form");
  return opened.args.view as View;
}

async function submitReason(view: View, reason: string) {
  return postInteraction(slack.server.url, viewSubmission(view, { reason: { value: { type: "plain_text_input", value: reason } } }, "USECR"), signed);
}

const replacing = (urlId: string) => slack.fake.responses.filter((r) => r.path.endsWith(`/${urlId}`) && r.body.replace_original === true);
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe("a settling button that opens a form, in Slack", () => {
  it("reject on a message: a closed form leaves its buttons; a submitted reason settles it once, naming who", async () => {
    await propose("Ensimmäinen");
    const blocks = notice(1);
    const view = await pressReject(1, blocks, "n1");
    expect(view.private_metadata.length).toBeLessThanOrEqual(3000);
    // The form is open (and then closed without submitting): nothing done, nothing updated.
    await settle();
    expect(replacing("n1")).toEqual([]);
    expect(slack.fake.callsOf("chat.update")).toEqual([]);
    expect(item(1)!.state).toBe("proposed");

    // Pressed again on the message that kept its buttons, and this time the reason is submitted.
    const again = await pressReject(1, blocks, "n2");
    expect((await submitReason(again, "Ei tälle vuodelle")).status).toBe(200);
    const updates = await waitFor(() => replacing("n2").length > 0 && replacing("n2"), "the settled message");
    await settle();
    expect(replacing("n2")).toHaveLength(1);
    expect(item(1)).toMatchObject({ state: "rejected", rejectReason: "Ei tälle vuodelle" });
    const updated = JSON.stringify(updates[0]!.body.blocks);
    expect(updated).not.toContain(`agenda reject ${M} #1`);
    expect(updated).not.toContain(`agenda accept ${M} #1`);
    expect(updated).toContain("✓ Hylkää #1 — <@USECR>");
    expect(replacing("n1")).toEqual([]);
  });

  it("reject on an ephemeral list: the submitted reason's answer takes the list's place; before it nothing changes", async () => {
    await propose("Toinen");
    const view = await pressReject(2, undefined, "e1");
    await settle();
    expect(replacing("e1")).toEqual([]);
    expect(item(2)!.state).toBe("proposed");
    expect((await submitReason(view, "Kuuluu toiselle ryhmälle")).status).toBe(200);
    const [answer] = await waitFor(() => replacing("e1").length > 0 && replacing("e1"), "the answer in the list's place");
    expect(JSON.stringify(answer!.body)).toContain("Kuuluu toiselle ryhmälle");
    await settle();
    expect(replacing("e1")).toHaveLength(1);
    expect(item(2)!.state).toBe("rejected");
  });
});
