import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { channelBindings, meetings, slackSeenEvents } from "../../../db/schema/index.js";
import { reply } from "../../../src/conversation/reply.js";
import { queueForumPost } from "../../../src/services/broadcast.js";
import { waitFor } from "./fake-slack-api.js";
import { postCommand, postEvent, postInteraction } from "./signed-request.js";
import { fixture, SIGNING_SECRET, useSlackServer, type View, viewSubmission } from "./slack-server.js";

const signed = { secret: SIGNING_SECRET };
/** What the server logged: a repeated event leaves a line there when it is dropped (a barrier for "nothing happened"). */
const logs: Record<string, unknown>[] = [];
const slack = useSlackServer({ server: { logs } });

const submission = (view: View, values: Record<string, Record<string, unknown>>, user = "UADMIN") => viewSubmission(view, values, user);

describe("Slack interactivity over HTTP", () => {
  it("opens a form as a modal, returns field errors on the right block, then succeeds", async () => {
    const fields = {
      ...fixture("slash-command"),
      user_id: "UADMIN",
      command: "/forum",
      text: "schedule JOHTO",
      channel_id: "C0SCHED",
      trigger_id: "trigger-123",
      response_url: slack.fake.responseUrl("sched"),
    };
    const ack = await postCommand(slack.server.url, fields, signed);
    expect(ack.status).toBe(200);
    const opened = await waitFor(() => slack.fake.callsOf("views.open")[0], "views.open");
    expect(opened.args.trigger_id).toBe("trigger-123");
    const view = opened.args.view as View;
    expect(view.callback_id).toBe("yp_form");
    expect(view.blocks.map((b) => b.block_id)).toEqual(["date", "start", "end", "place"]);
    expect(JSON.parse(view.private_metadata)).toMatchObject({ formId: "calendar.schedule", context: { forum: "JOHTO" }, channelId: "C0SCHED" });

    const bad = await postInteraction(
      slack.server.url,
      submission(view, {
        date: { value: { type: "datepicker", selected_date: "2027-02-30" } },
        start: { value: { type: "timepicker", selected_time: "25:00" } },
      }),
      signed,
    );
    expect(bad.status).toBe(200);
    const errors = JSON.parse(bad.text) as { response_action: string; errors: Record<string, string> };
    expect(errors.response_action).toBe("errors");
    expect(Object.keys(errors.errors).sort()).toEqual(["date", "start"]);
    expect(slack.server.app.db.select().from(meetings).all()).toHaveLength(2);

    const good = await postInteraction(
      slack.server.url,
      submission(view, {
        date: { value: { type: "datepicker", selected_date: "2027-02-17" } },
        start: { value: { type: "timepicker", selected_time: "13:00" } },
        place: { value: { type: "plain_text_input", value: "Kokkola" } },
      }),
      signed,
    );
    expect(good.status).toBe(200);
    // 17.2.2027 breaks the forum's cadence (JOHTO-2027-1 is in the same half-year): the modal shows the warning and a
    // confirm button, and nothing is stored or sent yet (issue 15 point 3).
    const asked = JSON.parse(good.text) as { response_action: string; view: { blocks: { type: string; elements?: { value?: string }[] }[] } };
    expect(asked.response_action).toBe("update");
    expect(JSON.stringify(asked.view)).toContain("JOHTO-2027-1");
    const confirm = asked.view.blocks.flatMap((b) => b.elements ?? []).find((e) => e.value?.endsWith(" !"));
    expect(confirm?.value).toBe("schedule JOHTO 17.2.2027 13.00 Kokkola !");
    expect(slack.server.app.db.select().from(meetings).all()).toHaveLength(2);
    expect(slack.fake.callsOf("chat.postMessage").filter((c) => c.args.channel === "C0SCHED")).toHaveLength(0);

    const press = fixture("block-actions");
    press.user.id = "UADMIN";
    press.channel = { id: "C0SCHED", name: "sched" };
    press.response_url = slack.fake.responseUrl("confirm");
    press.actions = [{ ...press.actions[0], value: confirm!.value }];
    expect((await postInteraction(slack.server.url, press, signed)).status).toBe(200);
    const confirmed = await waitFor(() => slack.fake.responses.find((r) => r.path.endsWith("/confirm")), "the confirmed reply");
    expect(JSON.stringify(confirmed.body)).toContain("JOHTO-2027-2");
    expect(slack.server.app.db.select().from(meetings).all()).toHaveLength(3);
    await waitFor(() => slack.fake.callsOf("files.completeUploadExternal")[0], "the invite upload");
    expect(slack.fake.callsOf("files.getUploadURLExternal")[0]?.args.filename).toMatch(/\.ics$/);
    expect(slack.fake.uploads[0]?.bytes.toString("utf8")).toContain("BEGIN:VCALENDAR");
  });

  it("runs a button's command as the person who pressed it", async () => {
    const payload = { ...fixture("block-actions"), response_url: slack.fake.responseUrl("button") };
    const res = await postInteraction(slack.server.url, payload, signed);
    expect(res.status).toBe(200);
    const reply = await waitFor(() => slack.fake.responses.find((r) => r.path.endsWith("/button")), "button reply");
    expect(reply.body.response_type).toBe("ephemeral");
    expect(JSON.stringify(reply.body)).toContain("Jussi Jäsen (puheenjohtaja)");
  });

  it("answers a button on the App Home in the person's DM and refreshes the home view", async () => {
    const { channel: _channel, response_url: _url, container: _container, ...base } = fixture("block-actions");
    const payload = {
      ...base,
      container: { type: "view", view_id: "V0HOME" },
      view: {
        id: "V0HOME",
        type: "home",
        blocks: [],
        private_metadata: "",
        callback_id: "",
        state: { values: {} },
        hash: "h",
        title: { type: "plain_text", text: "Home" },
      },
      actions: [{ ...base.actions[0], value: "help" }],
    };
    const res = await postInteraction(slack.server.url, payload, signed);
    expect(res.status).toBe(200);
    const dm = await waitFor(() => slack.fake.callsOf("chat.postMessage").find((c) => c.args.channel === "UMEMB"), "the DM");
    expect(JSON.stringify(dm.args.blocks)).toContain("Yhdyspinta — komennot");
    await waitFor(() => slack.fake.callsOf("views.publish")[0], "the refreshed home");
  });

  it("publishes the App Home with next meetings, agenda calls and a subscribe button, once per event id", async () => {
    const event = fixture("app-home-opened");
    const res = await postEvent(slack.server.url, event, signed);
    expect(res.status).toBe(200);
    const published = await waitFor(() => slack.fake.callsOf("views.publish")[0], "views.publish");
    expect(published.args.user_id).toBe("UMEMB");
    const view = JSON.stringify(published.args.view);
    expect(view).toContain('"type":"home"');
    expect(view).toContain("Seuraavat kokouksesi");
    expect(view).toContain("JOHTO-2026-1");
    expect(view).toContain("ehdota asioita viimeistään");
    expect(view).toContain('"value":"subscribe mine"');

    // Slack signs each retry anew (a later timestamp); the very same signed request again would be a replay.
    const replay = await postEvent(slack.server.url, event, { ...signed, timestamp: Math.floor(Date.now() / 1000) + 1 });
    expect(replay.status).toBe(200);
    // Events are acked before the listeners run; the dedupe's own log line says the replay was handled (dropped).
    await waitFor(() => logs.find((l) => l.eventId === event.event_id && l.msg === "slack event repeated; ignored"), "the replay to be dropped");
    expect(slack.fake.callsOf("views.publish")).toHaveLength(1);
    expect(slack.server.app.db.select().from(slackSeenEvents).where(eq(slackSeenEvents.eventId, event.event_id)).all()).toHaveLength(1);
  });

  it("refuses a forged signature and a stale timestamp, and stores nothing", async () => {
    const fields = {
      ...fixture("slash-command"),
      user_id: "UADMIN",
      text: "bind JOHTO",
      channel_id: "C0FORGED",
      response_url: slack.fake.responseUrl("forged"),
    };
    const forged = await postCommand(slack.server.url, fields, { secret: "not-the-secret" });
    expect(forged.status).toBe(401);
    const stale = await postCommand(slack.server.url, fields, { secret: SIGNING_SECRET, timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(stale.status).toBe(401);
    const forgedEvent = await postEvent(slack.server.url, { ...fixture("app-home-opened"), event_id: "Ev0FORGED" }, { secret: "nope" });
    expect(forgedEvent.status).toBe(401);
    // A 401 is answered by the receiver's signature check, before Bolt runs anything: nothing is left in flight.
    expect(slack.server.app.db.select().from(channelBindings).where(eq(channelBindings.channelRef, "C0FORGED")).all()).toHaveLength(0);
    expect(slack.server.app.db.select().from(slackSeenEvents).where(eq(slackSeenEvents.eventId, "Ev0FORGED")).all()).toHaveLength(0);
    // Nothing reached the forged request's channel. (Messages the earlier tests queued may still be leaving through the
    // outbox on a loaded machine, so other calls are not what a forged request causes.)
    expect(slack.fake.calls.filter((c) => JSON.stringify(c.args).includes("C0FORGED"))).toEqual([]);
    expect(slack.fake.responses).toHaveLength(0);
  });

  it("answers Slack's url_verification challenge", async () => {
    const res = await postEvent(slack.server.url, { token: "x", challenge: "c4a11e", type: "url_verification" }, signed);
    expect(JSON.parse(res.text)).toEqual({ challenge: "c4a11e" });
  });

  /** Queues a post to the forum's channels as a use case does, and lets the running bot's outbox send it. */
  async function post(text: string, key: string): Promise<number> {
    const app = slack.server.app;
    const forumId = slack.server.world.forum.id;
    const queued = queueForumPost(
      app.db,
      { kind: "agenda_published", key, subject: `forum:${forumId}`, forumId, now: slack.server.clock.now() },
      reply([{ kind: "text", text }], { visibility: "channel" }),
    );
    await app.scheduler.tick();
    return queued;
  }

  // Retry-After: 0 keeps this test from waiting; the waits themselves are proven on virtual time (rate-limits.test.ts).
  it("retries a 429 from Slack in the outbox when posting to a forum's channel, delivering once", async () => {
    slack.server.app.db.insert(channelBindings).values({ forumId: slack.server.world.forum.id, platform: "slack", channelRef: "C0SLOW" }).run();
    slack.fake.rateLimitNext("chat.postMessage", 0);
    expect(await post("Esityslista julkaistu", "e2e:slow")).toBeGreaterThanOrEqual(1);
    await waitFor(() => slack.fake.callsOf("chat.postMessage").some((c) => c.args.channel === "C0SLOW" && c.args.text === "Esityslista julkaistu"));
    expect(slack.fake.callsOf("chat.postMessage").filter((c) => c.args.channel === "C0SLOW" && c.args.text === "Esityslista julkaistu")).toHaveLength(1);
    slack.server.app.db.delete(channelBindings).where(eq(channelBindings.channelRef, "C0SLOW")).run();
  });

  it("disables a channel Slack calls archived and tells the forum's secretary", async () => {
    slack.server.app.db.insert(channelBindings).values({ forumId: slack.server.world.forum.id, platform: "slack", channelRef: "C0ARCHIVED" }).run();
    slack.fake.breakChannel("C0ARCHIVED", "is_archived");
    await post("Kokous siirtyy", "e2e:archived");
    const binding = slack.server.app.db.select().from(channelBindings).where(eq(channelBindings.channelRef, "C0ARCHIVED")).get();
    expect(binding?.disabledAt).not.toBeNull();
    expect(binding?.disabledReason).toBe("is_archived");
    // The secretary's notice is an outbox row too; the disable woke the scheduler, which sends it.
    await waitFor(() => slack.fake.callsOf("chat.postMessage").some((c) => c.args.channel === "DUSECR"));
    const told = slack.fake.callsOf("chat.postMessage").filter((c) => c.args.channel === "DUSECR");
    expect(told).toHaveLength(1);
    expect(String(told[0]?.args.text)).toContain("C0ARCHIVED");
    slack.fake.reset();
    await post("Toinen viesti", "e2e:after-archive");
    expect(slack.fake.callsOf("chat.postMessage").filter((c) => c.args.channel === "C0ARCHIVED")).toHaveLength(0);
  });
});
