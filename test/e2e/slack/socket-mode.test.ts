import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeSlack, waitFor, type FakeSlack } from "./fake-slack-api.js";
import { fixture, startSlackServer, type SlackServer } from "./slack-server.js";

let fake: FakeSlack;
let server: SlackServer;

beforeAll(async () => {
  fake = await startFakeSlack();
  fake.users.set("UMEMB", { locale: "fi-FI" });
  // Socket Mode needs no public URL and no signing secret: Slack authenticates the WebSocket with the app token.
  server = await startSlackServer(fake, { SLACK_APP_TOKEN: "xapp-1-A0001-test", SLACK_SIGNING_SECRET: "" });
});
afterAll(async () => {
  await server?.app.close();
  await fake?.close();
});

describe("Slack Socket Mode", () => {
  it("connects with the app token and answers a slash command envelope: ack first, then the reply", async () => {
    await fake.socketConnected();
    const open = fake.callsOf("apps.connections.open")[0];
    expect(open?.token).toBe("xapp-1-A0001-test");
    const payload = { ...fixture("slash-command"), command: "/forum", text: "JOHTO", response_url: fake.responseUrl("socket") };
    const ack = await fake.sendEnvelope({
      envelope_id: "57d6a792-4d35-4d0b-b6aa-3361493e1caf",
      type: "slash_commands",
      accepts_response_payload: true,
      payload,
    });
    expect(ack.envelope_id).toBe("57d6a792-4d35-4d0b-b6aa-3361493e1caf");
    const reply = await waitFor(() => fake.responses.find((r) => r.path.endsWith("/socket")), "the reply");
    expect(reply.body.response_type).toBe("ephemeral");
    expect(JSON.stringify(reply.body)).toContain("Jussi Jäsen (puheenjohtaja)");
  });

  it("serves no HTTP endpoint for Slack in Socket Mode", async () => {
    const res = await fetch(server.url, { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(res.status).toBe(404);
  });
});
