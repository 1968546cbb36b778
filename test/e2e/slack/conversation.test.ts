/**
 * Talking to the bot in Slack, through signed Events API requests to the real Bolt receiver: an @mention in a
 * channel and a direct message run the same grammar as the slash commands; a private answer to a mention is shown
 * only to its asker; a form comes as a button (no event carries a trigger_id); the bot's own posts are ignored.
 */
import { describe, expect, it } from "vitest";
import { commandTextOfMessage } from "../../../adapters/slack/listeners/messages.js";
import { waitFor } from "./fake-slack-api.js";
import { postEvent, postInteraction } from "./signed-request.js";
import { fixture, SIGNING_SECRET, useSlackServer } from "./slack-server.js";

const slack = useSlackServer();
let seq = 0;

function eventOf(event: Record<string, unknown>) {
  seq++;
  return {
    token: "t",
    team_id: "T0001",
    api_app_id: "A0001",
    type: "event_callback",
    event_id: `Ev0CONV${seq}`,
    event_time: 1_700_000_000 + seq,
    authorizations: [{ team_id: "T0001", user_id: "UBOT", is_bot: true }],
    event: { event_ts: `17000000${seq}.000100`, ts: `17000000${seq}.000100`, ...event },
  };
}

async function send(event: Record<string, unknown>) {
  const res = await postEvent(slack.server.url, eventOf(event), { secret: SIGNING_SECRET });
  expect(res.status).toBe(200);
}

describe("a conversation in Slack", () => {
  it("reads the command out of a mention and Slack's escapes", () => {
    expect(commandTextOfMessage("<@UBOT> kalenteri")).toBe("kalenteri");
    expect(commandTextOfMessage("<@UBOT|yhdyspinta>  foorumi JOHTO")).toBe("foorumi JOHTO");
    expect(commandTextOfMessage("<@UBOT> esityslista lisää X &amp; Y &lt;3")).toBe("esityslista lisää X & Y <3");
  });

  it("answers an @mention in the channel, privately to the asker when the answer is private", async () => {
    await send({ type: "app_mention", user: "UMEMB", text: "<@UBOT> foorumit", channel: "C0JOHTO" });
    const call = await waitFor(() => slack.fake.callsOf("chat.postEphemeral")[0], "ephemeral answer");
    expect(call.args).toMatchObject({ channel: "C0JOHTO", user: "UMEMB" });
    expect(JSON.stringify(call.args.blocks)).toContain("JOHTO");
  });

  it("answers a direct message in the DM, in the person's language", async () => {
    await send({ type: "message", channel_type: "im", user: "USWED", text: "foran", channel: "D0SWED" });
    const call = await waitFor(() => slack.fake.callsOf("chat.postMessage")[0], "DM answer");
    expect(JSON.stringify(call.args)).toContain("JOHTO");
    expect(call.args.channel === "D0SWED" || call.args.channel === "USWED").toBe(true);
  });

  it("offers a form as a button that opens it, since an event has no trigger_id", async () => {
    await send({ type: "message", channel_type: "im", user: "USECR", text: "ajoita JOHTO", channel: "D0SECR" });
    const posts = await waitFor(() => slack.fake.callsOf("chat.postMessage")[1] && slack.fake.callsOf("chat.postMessage"), "form button and text");
    const blocks = JSON.stringify(posts.map((p) => p.args.blocks));
    expect(blocks).toContain('"value":"ajoita JOHTO"');
    expect(slack.fake.callsOf("views.open")).toHaveLength(0);
  });

  it("ignores its own posts and edits in the DM", async () => {
    await send({ type: "message", channel_type: "im", user: "UBOT", bot_id: "BBOT", text: "foorumit", channel: "D0SWED" });
    await send({ type: "message", channel_type: "im", subtype: "message_changed", user: "USWED", text: "foran", channel: "D0SWED" });
    await send({ type: "message", channel_type: "channel", user: "USWED", text: "foran", channel: "C0JOHTO" });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(slack.fake.callsOf("chat.postMessage").map((c) => JSON.stringify(c.args).slice(0, 300))).toEqual([]);
  });
});

describe("a message that updates in Slack", () => {
  it("after an answered invitation the message loses its answer buttons and says who answered; the answer follows", async () => {
    const { renderBlocks } = await import("../../../adapters/slack/render/blocks.js");
    const blocks = renderBlocks({
      visibility: "private",
      blocks: [
        { kind: "text", text: "Kutsu: JOHTO-2026-1" },
        {
          kind: "actions",
          actions: [
            { kind: "button", label: "Kokous", command: "meeting JOHTO-2026-1" },
            { kind: "button", label: "Osallistun", command: "attend JOHTO-2026-1", settles: true },
            { kind: "button", label: "En pääse", command: "absent JOHTO-2026-1", settles: true },
          ],
        },
      ],
    });
    const payload = {
      ...fixture("block-actions"),
      user: { id: "UMEMB", username: "jussi", name: "jussi", team_id: "T0001" },
      container: { type: "message", message_ts: "1700000100.000100", channel_id: "DUMEMB", is_ephemeral: false },
      channel: { id: "DUMEMB", name: "directmessage" },
      message: { type: "message", ts: "1700000100.000100", text: "Kutsu: JOHTO-2026-1", blocks },
      response_url: slack.fake.responseUrl("invite"),
      actions: [
        { action_id: "yp_cmd_settle_1", block_id: "b1", text: { type: "plain_text", text: "Osallistun" }, value: "attend JOHTO-2026-1", type: "button" },
      ],
    };
    expect((await postInteraction(slack.server.url, payload, { secret: SIGNING_SECRET })).status).toBe(200);
    const posts = await waitFor(() => {
      const found = slack.fake.responses.filter((r) => r.path.endsWith("/invite"));
      return found.length >= 2 && found;
    }, "the update and the answer");
    const update = posts[0]!;
    const answer = posts[1]!;
    expect(update.body.replace_original).toBe(true);
    const updated = JSON.stringify(update.body.blocks);
    expect(updated).not.toContain("attend JOHTO-2026-1");
    expect(updated).not.toContain("absent JOHTO-2026-1");
    expect(updated).toContain("meeting JOHTO-2026-1");
    expect(updated).toContain("✓ Osallistun — <@UMEMB>");
    expect(answer.body.replace_original).toBe(false);
  });
});
