/**
 * Slack's 3-second windows when Slack itself is slow: users.info (who is speaking) counts against them. The budgets
 * are shortened here (1 s) and users.info answers after 2 s, so the budget always runs out first.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { meetings } from "../../../db/schema/index.js";
import { waitFor } from "./fake-slack-api.js";
import { postCommand, postInteraction } from "./signed-request.js";
import { fixture, SIGNING_SECRET, useSlackServer, type View, viewSubmission } from "./slack-server.js";

const BUDGET_MS = 1000;
const USERS_INFO_MS = 2000;

const signed = { secret: SIGNING_SECRET };
const slack = useSlackServer({ server: { budgets: { ackMs: BUDGET_MS, triggerMs: BUDGET_MS } } });

type Button = { type: string; value?: string; action_id?: string; text?: { text: string } };

beforeEach(() => {
  // Past the adapter's users.info cache, so every test asks Slack again.
  slack.server.clock.advance(60 * 60_000);
});

function slash(text: string, trigger: string, response: string, channel = "C0SLOW") {
  const fields = {
    ...fixture("slash-command"),
    user_id: "UADMIN",
    command: "/forum",
    text,
    channel_id: channel,
    trigger_id: trigger,
    response_url: slack.fake.responseUrl(response),
  };
  return postCommand(slack.server.url, fields, signed);
}

function buttonsIn(body: Record<string, unknown>): Button[] {
  const blocks = (body.blocks ?? []) as { type: string; elements?: Button[] }[];
  return blocks.filter((b) => b.type === "actions").flatMap((b) => b.elements ?? []);
}

describe("Slack with a slow users.info", () => {
  it("acks a view_submission within its budget, then posts the result to the channel", async () => {
    expect((await slash("schedule JOHTO", "trigger-view", "view")).status).toBe(200);
    const opened = await waitFor(() => slack.fake.callsOf("views.open")[0], "views.open");
    const view = opened.args.view as View;
    slack.server.clock.advance(60 * 60_000);
    slack.fake.slow("users.info", USERS_INFO_MS);
    const asked = slack.fake.callsOf("users.info").length;

    const values = {
      date: { value: { type: "datepicker", selected_date: "2027-09-15" } },
      start: { value: { type: "timepicker", selected_time: "13:00" } },
      place: { value: { type: "plain_text_input", value: "Kannus" } },
    };
    const ack = await postInteraction(slack.server.url, viewSubmission(view, values, "UADMIN"), signed);
    // The ack came back while users.info was still unanswered: the budget started before identify.
    expect(slack.fake.callsOf("users.info")).toHaveLength(asked);
    expect(ack.status).toBe(200);
    expect(ack.text).toBe("");

    const posted = await waitFor(() => slack.fake.callsOf("chat.postMessage").find((c) => c.args.channel === "C0SLOW"), "the result in the channel");
    expect(slack.fake.callsOf("users.info")).toHaveLength(asked + 1);
    expect(JSON.stringify(posted.args.blocks)).toContain("Kannus");
    expect(slack.server.app.db.select().from(meetings).all()).toHaveLength(3);
  });

  it("offers a button instead of a modal whose trigger_id would have expired; pressing it opens the modal", async () => {
    slack.fake.slow("users.info", USERS_INFO_MS);
    expect((await slash("schedule JOHTO", "trigger-late", "late")).status).toBe(200);
    const offered = await waitFor(() => slack.fake.responses.find((r) => r.path.endsWith("/late")), "the offered button", 10_000);
    expect(slack.fake.callsOf("users.info")).toHaveLength(1);
    expect(slack.fake.callsOf("views.open")).toHaveLength(0);
    expect(offered.body.response_type).toBe("ephemeral");
    const [button, ...more] = buttonsIn(offered.body);
    expect(more).toHaveLength(0);
    expect(button).toMatchObject({ type: "button", style: "primary", value: "schedule JOHTO" });
    expect(button!.text!.text.length).toBeGreaterThan(0);

    // The press brings a new trigger_id, and (users.info now cached) the modal opens with it.
    const press = {
      ...fixture("block-actions"),
      trigger_id: "trigger-fresh",
      response_url: slack.fake.responseUrl("press"),
    };
    press.user = { ...press.user, id: "UADMIN" };
    press.actions = [{ ...press.actions[0], action_id: button!.action_id, value: button!.value }];
    expect((await postInteraction(slack.server.url, press, signed)).status).toBe(200);
    const opened = await waitFor(() => slack.fake.callsOf("views.open")[0], "views.open");
    expect(opened.args.trigger_id).toBe("trigger-fresh");
    expect((opened.args.view as View).callback_id).toBe("yp_form");
  });

  it("offers the button too when Slack answers expired_trigger_id", async () => {
    slack.fake.expireTrigger("trigger-dead");
    expect((await slash("schedule JOHTO", "trigger-dead", "dead")).status).toBe(200);
    const offered = await waitFor(() => slack.fake.responses.find((r) => r.path.endsWith("/dead")), "the offered button");
    expect(slack.fake.callsOf("views.open").map((c) => [c.args.trigger_id, c.ok])).toEqual([["trigger-dead", false]]);
    expect(buttonsIn(offered.body)).toMatchObject([{ type: "button", value: "schedule JOHTO" }]);
  });
});
