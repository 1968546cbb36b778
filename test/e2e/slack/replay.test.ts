/**
 * Replayed and mistimed Slack requests (issue 16 point 2), through signed HTTP requests to the real Bolt receiver:
 * a correctly signed request runs once, whatever is sent again within the window, also after a restart, and a
 * timestamp more than five minutes off in either direction is refused.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, channelBindings, slackSeenSignatures } from "../../../db/schema/index.js";
import { startFakeSlack, waitFor, type FakeSlack } from "./fake-slack-api.js";
import { formBody, postSigned, signatureHeaders } from "./signed-request.js";
import { fixture, SIGNING_SECRET, SLACK_PEOPLE, startSlackServer, type SlackServer } from "./slack-server.js";

const FORM = "application/x-www-form-urlencoded";
const nowSeconds = () => Math.floor(Date.now() / 1000);

let fake: FakeSlack;
let server: SlackServer;

beforeAll(async () => {
  fake = await startFakeSlack();
  for (const [id, user] of Object.entries(SLACK_PEOPLE)) fake.users.set(id, user);
  server = await startSlackServer(fake);
});
afterAll(async () => {
  await server?.app.close();
  await fake?.close();
});

/** The exact bytes and headers of one signed request, to be sent again as an eavesdropper would. */
function signedRequest(body: string, timestamp = nowSeconds()) {
  const headers = { "content-type": FORM, ...signatureHeaders(body, { secret: SIGNING_SECRET, timestamp }) };
  return async () => {
    const res = await fetch(server.url, { method: "POST", body, headers });
    return res.status;
  };
}

function bindCommand(channel: string, responseId: string): string {
  return formBody({
    ...fixture("slash-command"),
    user_id: "UADMIN",
    command: "/yhdyspinta",
    text: "bind JOHTO",
    channel_id: channel,
    response_url: fake.responseUrl(responseId),
  });
}

const bindAudits = (channel: string) =>
  server.app.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, "channel.bind"), eq(auditLog.entityId, `slack:${channel}`)))
    .all();

describe("Slack replay protection", () => {
  it("runs a signed slash command once: the same request again is refused and changes nothing", async () => {
    const send = signedRequest(bindCommand("C0REPLAY", "replay-1"));
    expect(await send()).toBe(200);
    await waitFor(() => fake.responses.find((r) => r.path.endsWith("/replay-1")), "the reply to the bind");
    expect(await send()).toBe(401);
    expect(await send()).toBe(401);
    expect(bindAudits("C0REPLAY")).toHaveLength(1);
    expect(fake.responses.filter((r) => r.path.endsWith("/replay-1"))).toHaveLength(1);
  });

  it("refuses a timestamp ten minutes in the future or six in the past, and accepts one four minutes off", async () => {
    expect(await signedRequest(bindCommand("C0FUTURE", "future"), nowSeconds() + 10 * 60)()).toBe(401);
    expect(await signedRequest(bindCommand("C0PAST", "past"), nowSeconds() - 6 * 60)()).toBe(401);
    expect(server.app.db.select().from(channelBindings).where(eq(channelBindings.channelRef, "C0FUTURE")).all()).toHaveLength(0);
    expect(server.app.db.select().from(channelBindings).where(eq(channelBindings.channelRef, "C0PAST")).all()).toHaveLength(0);

    expect(await signedRequest(bindCommand("C0AHEAD", "ahead"), nowSeconds() + 4 * 60)()).toBe(200);
    expect(await signedRequest(bindCommand("C0BEHIND", "behind"), nowSeconds() - 4 * 60)()).toBe(200);
    await waitFor(() => fake.responses.find((r) => r.path.endsWith("/behind")), "the reply to the bind four minutes old");
    await waitFor(() => bindAudits("C0AHEAD").length === 1 || undefined, "the bind four minutes ahead");
    expect(bindAudits("C0BEHIND")).toHaveLength(1);
  });

  it("refuses a replayed button press (interactive payload) and a replayed event", async () => {
    const action = fixture("block-actions");
    action.user.id = "UADMIN";
    action.response_url = fake.responseUrl("button");
    action.actions = [{ ...action.actions[0], value: "forums" }];
    const press = signedRequest(formBody({ payload: JSON.stringify(action) }));
    expect(await press()).toBe(200);
    expect(await press()).toBe(401);

    const event = { ...fixture("app-home-opened"), event_id: "Ev0REPLAY" };
    const body = JSON.stringify(event);
    const timestamp = nowSeconds();
    const post = () => postSigned(server.url, body, "application/json", { secret: SIGNING_SECRET, timestamp });
    expect((await post()).status).toBe(200);
    expect((await post()).status).toBe(401);
  });

  it("remembers the signatures across a restart", async () => {
    const send = signedRequest(bindCommand("C0RESTART", "restart"));
    expect(await send()).toBe(200);
    await waitFor(() => fake.responses.find((r) => r.path.endsWith("/restart")), "the reply before the restart");
    server = await server.restart();
    expect(await send()).toBe(401);
    expect(bindAudits("C0RESTART")).toHaveLength(1);
    expect(server.app.db.select().from(slackSeenSignatures).all().length).toBeGreaterThan(0);
  });
});
