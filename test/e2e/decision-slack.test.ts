/**
 * Decisions end to end through Slack over HTTP: `/decision` records a § and posts it to the bound channel, a
 * member is refused, the minutes go out for inspection as a DM with an approve button, and pressing it (a signed
 * block action) approves as the inspector who pressed it. Only the Slack Web API is faked, on loopback.
 */
import { describe, expect, it } from "vitest";
import { channelBindings } from "../../db/schema/index.js";
import { minutesState } from "../../src/services/minutes/status.js";
import { buildGoals } from "../support/goal-builders.js";
import { waitFor } from "./slack/fake-slack-api.js";
import { postCommand, postInteraction } from "./slack/signed-request.js";
import { fixture, SIGNING_SECRET, useSlackServer, type View, viewSubmission } from "./slack/slack-server.js";

let seq = 0;
const M = "JOHTO-2026-1";
const slack = useSlackServer({
  setup: ({ server }) => {
    // The meeting (10.12.2026 at 13.00) has started: decisions and minutes exist only from then on.
    server.clock.set(Date.parse("2026-12-10T11:30:00Z"));
    buildGoals(server.app.db);
    server.app.db.insert(channelBindings).values({ forumId: server.world.forum.id, platform: "slack", channelRef: "C0JOHTO" }).run();
  },
});

async function slash(user: string, command: string, text: string, channel = "C0JOHTO") {
  const id = `d${++seq}`;
  const fields = {
    ...fixture("slash-command"),
    user_id: user,
    command,
    text,
    channel_id: channel,
    response_url: slack.fake.responseUrl(id),
  };
  const res = await postCommand(slack.server.url, fields, { secret: SIGNING_SECRET });
  expect(res.status).toBe(200);
  const posted = await waitFor(() => slack.fake.responses.find((r) => r.path.endsWith(`/${id}`)), `reply to ${command} ${text}`);
  return JSON.stringify(posted.body);
}

describe("/decision through Slack", () => {
  it("records a decision with its § and posts it to the forum's channel", async () => {
    const reply = await slash("USECR", "/decision", `${M} - Hyväksytään yhteinen malli. #T3 diary kaupunki:1559/00.02.13/2023`);
    expect(reply).toContain("Kirjattu JOHTO 10.12.2026 § 1");
    expect(reply).toContain("1559/00.02.13/2023");
    const post = await waitFor(() => slack.fake.callsOf("chat.postMessage").find((c) => c.args.channel === "C0JOHTO"), "channel post");
    expect(JSON.stringify(post.args.blocks)).toContain("JOHTO 10.12.2026 § 1");
    expect(JSON.stringify(post.args.blocks)).toContain("T3");
  });

  it("refuses a member and names the roles needed", async () => {
    const reply = await slash("UMEMB", "/decision", `${M} - Yritetään.`);
    expect(reply).toContain("Tämän voi tehdä vain");
    expect(slack.server.app.db.query.decisions.findMany().sync()).toHaveLength(1);
  });

  it("sends the minutes for inspection with an approve button that approves as the one who pressed it", async () => {
    await slash("USECR", "/decision", `minutes inspectors ${M} svensk`);
    const sent = await slash("USECR", "/decision", `minutes finish ${M}`);
    expect(sent).toContain("Stina Svensk");
    const dm = await waitFor(
      () => slack.fake.callsOf("chat.postMessage").find((c) => JSON.stringify(c.args.blocks ?? "").includes(`minutes approve ${M}`)),
      "inspector DM",
    );
    expect(JSON.stringify(dm.args.blocks)).toContain("Godkänn protokollet");
    const payload = fixture("block-actions");
    payload.user.id = "USWED";
    payload.response_url = slack.fake.responseUrl("approve");
    payload.actions = [{ ...payload.actions[0], text: { type: "plain_text", text: "Godkänn protokollet" }, value: `minutes approve ${M}` }];
    expect((await postInteraction(slack.server.url, payload, { secret: SIGNING_SECRET })).status).toBe(200);
    const reply = await waitFor(() => slack.fake.responses.find((r) => r.path.endsWith("/approve")), "approve reply");
    expect(JSON.stringify(reply.body)).toContain("är nu slutlig");
    expect(minutesState(slack.server.app.db, M)).toEqual({ recorded: true, pendingInspectors: [] });
  });

  it("opens the decision form as a modal titled with the meeting; a decision longer than one input is entered in parts and recorded whole", async () => {
    slack.server.clock.set(Date.parse("2027-03-10T11:30:00Z"));
    const fields = {
      ...fixture("slash-command"),
      user_id: "USECR",
      command: "/decision",
      text: "form JOHTO-2027-1",
      channel_id: "C0JOHTO",
      trigger_id: "trigger-dec",
      response_url: slack.fake.responseUrl("decform"),
    };
    expect((await postCommand(slack.server.url, fields, { secret: SIGNING_SECRET })).status).toBe(200);
    const opened = await waitFor(() => slack.fake.callsOf("views.open")[0], "views.open");
    const view = opened.args.view as View;
    // Slack's input holds 3,000 characters: the 8,000 of a decision come as three parts, never a cut text.
    expect(view.blocks.map((b) => b.block_id)).toEqual([
      "item",
      "title",
      "proposal",
      "proposal#2",
      "decision",
      "decision#2",
      "decision#3",
      "goals",
      "preparers",
      "measures",
      "diary",
      "earlier",
    ]);
    expect(view.title.text).toBe("Päätös JOHTO-2027-1");
    const first = `1. Hyväksytään. ${"Perustelu jatkuu. ".repeat(160)}`.slice(0, 3000).trimEnd();
    const second = "2. Seurataan.";
    const values = {
      item: { value: { type: "plain_text_input", value: "-" } },
      decision: { value: { type: "plain_text_input", value: first } },
      "decision#2": { value: { type: "plain_text_input", value: second } },
      "decision#3": { value: { type: "plain_text_input", value: null } },
      goals: { value: { type: "multi_static_select", selected_options: [{ value: "T3" }, { value: "T5" }] } },
      diary: { value: { type: "plain_text_input", value: "kaupunki: 77/2027" } },
    };
    const res = await postInteraction(slack.server.url, viewSubmission(view, values, "USECR"), { secret: SIGNING_SECRET });
    expect(res.status).toBe(200);
    const recorded = await waitFor(
      () =>
        slack.server.app.db.query.decisions
          .findMany()
          .sync()
          .find((d) => d.meetingId === "JOHTO-2027-1"),
      "the decision",
    );
    expect(recorded).toMatchObject({ section: 1, sectionYear: 2027, decisionText: `${first}\n${second}` });
  });
});
