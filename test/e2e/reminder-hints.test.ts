/**
 * A reminder that tells people what to type ("propose items: `agenda add …`") writes it as it is typed where the
 * message is read (issue 17 §3): the slash form in Slack, the @mention form in a Teams channel, bare words in a
 * Teams personal chat. Through the real outbox, the real notifiers and the loopback fakes.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelBindings, forums, reminders } from "../../db/schema/index.js";
import { activity, visibleText } from "../fixtures/teams/fake-connector.js";
import { waitFor } from "./slack/fake-slack-api.js";
import { postCommand } from "./slack/signed-request.js";
import { fixture, SIGNING_SECRET, useSlackServer } from "./slack/slack-server.js";
import { startTeamsE2e, teamsChat, type TeamsE2e } from "./teams/harness.js";
import type { Db } from "../../db/connection.js";

/** When the meeting's call for agenda items falls due (the outbox row's due instant). */
function agendaCallDue(db: Db, meetingId: string): number {
  const rows = db.select().from(reminders).where(eq(reminders.meetingId, meetingId)).all();
  return Math.max(...rows.filter((r) => r.kind === "agenda_call").map((r) => r.dueAt));
}

describe("reminders in Slack", () => {
  const slack = useSlackServer({
    setup: ({ server }) => {
      server.app.db.insert(channelBindings).values({ forumId: server.world.forum.id, platform: "slack", channelRef: "C0JOHTO" }).run();
    },
  });

  it("write `agenda add` as the /agenda slash command, in the channel and in a member's DM", async () => {
    const fields = {
      ...fixture("slash-command"),
      user_id: "USECR",
      command: "/forum",
      text: "ajoita JOHTO 20.1.2027 13-15 Kokkola !",
      response_url: slack.fake.responseUrl("sched"),
    };
    expect((await postCommand(slack.server.url, fields, { secret: SIGNING_SECRET })).status).toBe(200);
    await waitFor(() => slack.fake.responses.find((r) => r.path.endsWith("/sched")), "scheduled");
    // Jussi takes forum-wide reminders by DM too (by default they go to the forum's channel only).
    const dm = { ...fields, user_id: "UMEMB", text: "muistutukset yksityisviesti", response_url: slack.fake.responseUrl("dm") };
    expect((await postCommand(slack.server.url, dm, { secret: SIGNING_SECRET })).status).toBe(200);
    await waitFor(() => slack.fake.responses.find((r) => r.path.endsWith("/dm")), "reminders by DM");
    const id = "JOHTO-2027-1";
    slack.server.clock.set(agendaCallDue(slack.server.app.db, id) + 60_000);
    await slack.server.app.scheduler.tick();
    const posted = (channel: string) =>
      slack.fake.callsOf("chat.postMessage").find((c) => c.args.channel === channel && JSON.stringify(c.args.blocks).includes(`lisää ${id}`));
    const inChannel = JSON.stringify((await waitFor(() => posted("C0JOHTO"), "the channel's call for items")).args.blocks);
    expect(inChannel).toContain(`/agenda lisää ${id} &lt;otsikko&gt;`);
    const inDm = JSON.stringify((await waitFor(() => posted("DUMEMB"), "the member's call for items")).args.blocks);
    expect(inDm).toContain(`/agenda lisää ${id}`);
    expect(inDm).not.toContain(`\`esityslista lisää ${id}`);
  });
});

describe("reminders in Teams", () => {
  let t: TeamsE2e;
  const chat = teamsChat(() => t);
  beforeAll(async () => {
    t = await startTeamsE2e();
    await t.post(activity("channel-message", t.vars, { text: "<at>Yhdyspinta</at> bind JOHTO", id: "1763805600999" }));
  });
  afterAll(async () => {
    await t?.close();
  });

  it("write `agenda add` after an @mention in the bound channel and as bare words in a personal chat", async () => {
    // Jussi's personal chat is known to the bot once he has written to it; he takes forum-wide reminders there too.
    await chat.say("muistutukset yksityisviesti", { from: { id: "29:aad-memb", aadObjectId: "aad-memb" } });
    const secretary = {
      from: { id: "29:aad-secr", aadObjectId: "aad-secr" },
      conversation: { conversationType: "personal", tenantId: "tenant-1", id: "a:secr" },
    };
    await chat.say("ajoita JOHTO 20.1.2027 13-15 Kokkola !", secretary);
    const forum = t.app.db.select().from(forums).where(eq(forums.code, "JOHTO")).get()!;
    const id = t.app.db.select().from(reminders).where(eq(reminders.forumId, forum.id)).all()[0]!.meetingId!;
    const from = t.connector.calls.length;
    t.clock.set(agendaCallDue(t.app.db, id) + 60_000);
    await t.app.scheduler.tick();
    const sent = () => chat.calls(from).filter((c) => visibleText(c.body).includes(`lisää ${id}`));
    await waitFor(() => (sent().length >= 2 ? sent() : undefined), "the calls for items");
    const inChannel = sent().find((c) => c.conversationId.includes("19:johto-channel"));
    expect(visibleText(inChannel!.body)).toContain(`@Yhdyspinta esityslista lisää ${id}`);
    const personal = sent().filter((c) => c !== inChannel);
    expect(personal.length).toBeGreaterThan(0);
    for (const c of personal) {
      expect(visibleText(c.body)).toContain(`esityslista lisää ${id}`);
      expect(visibleText(c.body)).not.toContain("@Yhdyspinta");
    }
  });
});
