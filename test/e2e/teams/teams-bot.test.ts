/**
 * End to end through the real path: Teams activity JSON posted to /api/messages of our server, replies and
 * proactive messages recorded by a loopback Bot Connector.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { channelBindings, conversationTargets, personIdentities } from "../../../db/schema/index.js";
import { COMMANDS, FORMS } from "../../../src/commands/index.js";
import { reply } from "../../../src/conversation/reply.js";
import { queuePersonNotice } from "../../../src/services/broadcast.js";
import type { Form } from "../../../src/conversation/form.js";
import { activity, visibleText } from "../../fixtures/teams/fake-connector.js";
import { startTeamsE2e, type TeamsE2e } from "./harness.js";

// A small form of our own, registered through the same tables every feature uses.
const testForm = (errors?: Record<string, string>): Form => ({
  id: "teams-e2e",
  title: "Uusi asia",
  submitLabel: "Tallenna",
  fields: [
    { kind: "text", name: "title", label: "Otsikko", required: true },
    { kind: "date", name: "day", label: "Päivä", value: "2027-10-13" },
    {
      kind: "multiSelect",
      name: "forums",
      label: "Foorumit",
      options: [
        { value: "JOHTO", label: "Johto" },
        { value: "SALA", label: "Sala" },
      ],
    },
  ],
  context: { meeting: "JOHTO-2027-2" },
  errors,
});
COMMANDS.push({
  name: "teamsformtest",
  aliases: { fi: [], sv: [] },
  summary: "cmd.help",
  usage: "usage.help",
  listed: false,
  run: () => reply([{ kind: "text", text: "Täytä lomake" }], { form: testForm() }),
});
FORMS.push({
  id: "teams-e2e",
  submit(_ctx, values, context) {
    if (!values.title) return { ok: false, errors: { title: "Otsikko puuttuu" }, form: testForm({ title: "Otsikko puuttuu" }) };
    return {
      ok: true,
      reply: reply([
        { kind: "text", text: `Tallennettu: ${String(values.title)} / ${String(values.day)} / ${(values.forums as string[]).join("+")} / ${context.meeting}` },
      ]),
    };
  },
});

let t: TeamsE2e;
const sent = (from: number) => t.connector.calls.slice(from);
const textOf = (from: number) =>
  sent(from)
    .map((c) => visibleText(c.body))
    .join("\n");

beforeAll(async () => {
  t = await startTeamsE2e();
});
afterAll(async () => {
  await t?.close();
});

describe("Teams bot end to end", () => {
  it("stores conversation targets from installationUpdate and conversationUpdate", async () => {
    expect((await t.post(activity("installation-update", t.vars))).status).toBe(200);
    expect(t.connector.calls).toMatchObject([{ method: "send", conversationId: "a:1personal-chat-stina" }]);
    // The welcome, in the installer's language: greeting by name and the commands.
    expect(textOf(0)).toContain("Välkommen till Yhdyspinta");
    expect(textOf(0)).toContain("Hej Stina Svensk!");
    expect(textOf(0)).toContain("hjälp [kommando]");
    expect((await t.post(activity("conversation-update", t.vars))).status).toBe(200);
    const rows = t.app.db.select().from(conversationTargets).all();
    expect(rows.find((r) => r.kind === "person" && r.ref === "aad-swed")).toMatchObject({
      conversationId: "a:1personal-chat-stina",
      serviceUrl: t.connector.url,
      tenantId: "tenant-1",
      botId: "28:bot-app-id",
    });
    expect(rows.find((r) => r.kind === "channel" && r.ref === "19:team-general@thread.tacv2")).toMatchObject({
      conversationType: "channel",
      teamId: "19:team-general@thread.tacv2",
    });
  });

  it("refreshes a stored target when the service URL changes, and disables it when the app is removed", async () => {
    const moved = `${t.connector.url}/moved`;
    const chat = { conversation: { conversationType: "groupChat", isGroup: true, tenantId: "tenant-1", id: "19:group-chat@thread.v2" } };
    await t.post(activity("installation-update", t.vars, chat));
    const ref = eq(conversationTargets.ref, "19:group-chat@thread.v2");
    expect(t.app.db.select().from(conversationTargets).where(ref).get()).toMatchObject({ serviceUrl: t.connector.url, conversationType: "groupChat" });
    await t.post(activity("installation-update", { SERVICE_URL: moved }, chat));
    expect(t.app.db.select().from(conversationTargets).where(ref).get()?.serviceUrl).toBe(moved);
    await t.post(activity("installation-update", t.vars, { ...chat, action: "remove" }));
    expect(t.app.db.select().from(conversationTargets).where(ref).get()).toMatchObject({ serviceUrl: t.connector.url, disabledReason: "uninstalled" });
    await t.post(activity("installation-update", t.vars, chat));
    expect(t.app.db.select().from(conversationTargets).where(ref).get()?.disabledAt).toBeNull();
  });

  it("answers a channel @mention in English, in the thread, with the mention stripped", async () => {
    const from = t.connector.calls.length;
    const res = await t.post(activity("channel-message", t.vars));
    expect(res.status).toBe(200);
    const [call] = sent(from);
    expect(call!.conversationId).toBe("19:johto-channel@thread.tacv2;messageid=1763805600123");
    expect(JSON.stringify(call!.body)).toContain("application/vnd.microsoft.card.adaptive");
    expect(textOf(from)).toContain("Forums of");
    expect(textOf(from)).toContain("JOHTO");
    const channel = t.app.db.select().from(conversationTargets).where(eq(conversationTargets.ref, "19:johto-channel@thread.tacv2")).get();
    expect(channel).toMatchObject({ kind: "channel", conversationId: "19:johto-channel@thread.tacv2", channelId: "19:johto-channel@thread.tacv2" });
  });

  it("answers a personal message in Finnish", async () => {
    const from = t.connector.calls.length;
    await t.post(activity("personal-message", t.vars));
    expect(sent(from)[0]!.conversationId).toBe("a:1personal-chat-jussi");
    expect(textOf(from)).toContain("foorumit");
  });

  it("runs a button's command as the person who pressed it", async () => {
    const from = t.connector.calls.length;
    await t.post(activity("card-submit", { ...t.vars, REPLY_TO_ID: "act-x" }, { value: { yhdyspinta: "command", command: "whoami" } }));
    expect(textOf(from)).toContain("Olet Jussi Jäsen");
  });

  it("links an unknown Teams user by the e-mail TeamsInfo returns", async () => {
    t.connector.members.set("29:1new-user", { id: "29:1new-user", aadObjectId: "aad-new", name: "Ulla", email: "ULKO@example.fi" });
    const from = t.connector.calls.length;
    await t.post(activity("personal-message", t.vars, { text: "whoami", locale: "en-US", from: { id: "29:1new-user", aadObjectId: "aad-new", name: "Ulla" } }));
    expect(textOf(from)).toContain("Ulla Ulkopuolinen");
    const link = t.app.db
      .select()
      .from(personIdentities)
      .where(and(eq(personIdentities.platform, "teams"), eq(personIdentities.externalId, "aad-new")))
      .get();
    expect(link?.personId).toBe("ulko");
  });

  it("binds a channel to a forum with `bind` (admin)", async () => {
    const from = t.connector.calls.length;
    await t.post(activity("channel-message", t.vars, { text: "<at>Yhdyspinta</at> bind JOHTO", id: "1763805600999" }));
    expect(textOf(from)).toContain("JOHTO");
    const binding = t.app.db.select().from(channelBindings).where(eq(channelBindings.channelRef, "19:johto-channel@thread.tacv2")).get();
    expect(binding?.platform).toBe("teams");
  });

  it("shows form errors beside the field, then replaces the card after success", async () => {
    let from = t.connector.calls.length;
    await t.post(activity("personal-message", t.vars, { text: "teamsformtest" }));
    const formCall = sent(from).find((c) => JSON.stringify(c.body).includes("Input.Text"))!;
    const card = JSON.stringify(formCall.body);
    expect(card).toContain("Input.Date");
    expect(card).toContain('"isMultiSelect":true');
    const formActivityId = `act-${t.connector.calls.indexOf(formCall) + 1}`;
    const submitData = { yhdyspinta: "form", formId: "teams-e2e", context: { meeting: "JOHTO-2027-2" }, multi: ["forums"] };

    from = t.connector.calls.length;
    await t.post(
      activity(
        "card-submit",
        { ...t.vars, REPLY_TO_ID: formActivityId },
        { value: { ...submitData, "field.title": "", "field.day": "2027-10-13", "field.forums": "JOHTO" } },
      ),
    );
    const again = sent(from);
    expect(again.map((c) => c.method)).toEqual(["send"]);
    const body = (again[0]!.body.attachments as { content: { body: Record<string, unknown>[] } }[])[0]!.content.body;
    const at = body.findIndex((e) => e.id === "field.title");
    expect(body[at + 1]).toMatchObject({ type: "TextBlock", text: "Otsikko puuttuu", color: "Attention" });

    from = t.connector.calls.length;
    await t.post(
      activity(
        "card-submit",
        { ...t.vars, REPLY_TO_ID: formActivityId },
        { value: { ...submitData, "field.title": "Hyte", "field.day": "2027-10-14", "field.forums": "JOHTO,SALA" } },
      ),
    );
    const [update] = sent(from);
    expect(update).toMatchObject({ method: "update", activityId: formActivityId, conversationId: "a:1personal-chat-jussi" });
    expect(visibleText(update!.body)).toContain("Tallennettu: Hyte / 2027-10-14 / JOHTO+SALA / JOHTO-2027-2");
    expect(JSON.stringify(update!.body)).not.toContain("Action.Submit");
  });
});

describe("Teams notifier end to end", () => {
  it("posts a new top-level post in a channel (not a reply in an old thread)", async () => {
    const from = t.connector.calls.length;
    const result = await t
      .notifier()
      .send({ platform: "teams", kind: "channel", ref: "19:johto-channel@thread.tacv2" }, reply([{ kind: "text", text: "Esityslista julkaistu" }]));
    expect(result.ok).toBe(true);
    const [call] = sent(from);
    expect(call!.method).toBe("create");
    expect(call!.body).toMatchObject({ isGroup: true, channelData: { channel: { id: "19:johto-channel@thread.tacv2" } } });
    expect(visibleText(call!.body)).toContain("Esityslista julkaistu");
  });

  it("sends 1:1 messages: into a known personal chat, or a new one with the member and tenant", async () => {
    let from = t.connector.calls.length;
    expect((await t.notifier().send({ platform: "teams", kind: "person", ref: "aad-swed" }, reply([{ kind: "text", text: "Hej Stina" }]))).ok).toBe(true);
    expect(sent(from)).toMatchObject([{ method: "send", conversationId: "a:1personal-chat-stina" }]);

    from = t.connector.calls.length;
    expect((await t.notifier().send({ platform: "teams", kind: "person", ref: "aad-admin" }, reply([{ kind: "text", text: "Hei Aila" }]))).ok).toBe(true);
    const [create, message] = sent(from);
    expect(create).toMatchObject({ method: "create", body: { isGroup: false, members: [{ id: "29:1aad-admin-teams-id" }], tenantId: "tenant-1" } });
    expect(message).toMatchObject({ method: "send", conversationId: create!.conversationId });
    expect(visibleText(message!.body)).toContain("Hei Aila");
  });

  it("reaches a person never seen by their AAD id, and remembers the new 1:1 chat", async () => {
    const from = t.connector.calls.length;
    expect((await t.notifier().send({ platform: "teams", kind: "person", ref: "aad-secr" }, reply([{ kind: "text", text: "Hei Sanna" }]))).ok).toBe(true);
    const [create] = sent(from);
    expect(create).toMatchObject({ method: "create", body: { isGroup: false, members: [{ id: "aad-secr" }], tenantId: "tenant-1" } });
    const row = t.app.db
      .select()
      .from(conversationTargets)
      .where(and(eq(conversationTargets.kind, "person"), eq(conversationTargets.ref, "aad-secr")))
      .get();
    expect(row).toMatchObject({ conversationId: create!.conversationId, serviceUrl: t.connector.url });
  });

  /** Queues a direct message to Stina (Teams aad-swed) as a use case does; the running bot's outbox sends it. */
  const queueToStina = (key: string, text: string) =>
    queuePersonNotice(t.app.db, { kind: "proposer_notice", key, subject: "meeting:x", now: t.clock.now() }, "svensk", reply([{ kind: "text", text }]));

  it("a 412 is sent once by the notifier; the outbox retries it after its back-off and delivers once", async () => {
    t.connector.failNext(412, { code: "PreconditionFailed" });
    const from = t.connector.calls.length;
    queueToStina("e2e:412", "Toinen muistutus");
    await t.app.scheduler.tick();
    expect(sent(from)).toHaveLength(0); // the 412 was answered; nothing retried inside the notifier
    t.clock.advance(61_000);
    await t.app.scheduler.tick();
    expect(sent(from)).toHaveLength(1);
    expect(textOf(from)).toContain("Toinen muistutus");
    await t.app.scheduler.tick();
    expect(sent(from)).toHaveLength(1);
  });

  it("a 429 with Retry-After is waited out by the outbox and delivered once", async () => {
    t.connector.failNext(429, { retryAfter: 0 });
    const from = t.connector.calls.length;
    queueToStina("e2e:429", "Muistutus");
    await t.app.scheduler.tick();
    expect(sent(from)).toHaveLength(1);
    expect(textOf(from)).toContain("Muistutus");
  });

  it("treats 403 BotNotInConversationRoster as terminal and disables the target", async () => {
    t.connector.breakRef("19:team-general@thread.tacv2");
    const target = { platform: "teams" as const, kind: "channel" as const, ref: "19:team-general@thread.tacv2" };
    const result = await t.notifier().send(target, reply([{ kind: "text", text: "x" }]));
    expect(result).toMatchObject({ ok: false, terminal: true });
    const row = t.app.db.select().from(conversationTargets).where(eq(conversationTargets.ref, target.ref)).get();
    expect(row?.disabledAt).not.toBeNull();
    expect(row?.disabledReason).toBe("BotNotInConversationRoster");
    expect(await t.notifier().send(target, reply([{ kind: "text", text: "x" }]))).toMatchObject({ ok: false, terminal: true });
  });

  it("treats a person's 403 ConversationBlockedByUser as terminal for that person", async () => {
    t.connector.breakRef("a:1personal-chat-stina", "ConversationBlockedByUser");
    const result = await t.notifier().send({ platform: "teams", kind: "person", ref: "aad-swed" }, reply([{ kind: "text", text: "x" }]));
    expect(result).toMatchObject({ ok: false, terminal: true });
    const row = t.app.db
      .select()
      .from(conversationTargets)
      .where(and(eq(conversationTargets.kind, "person"), eq(conversationTargets.ref, "aad-swed")))
      .get();
    expect(row?.disabledReason).toBe("ConversationBlockedByUser");
  });
});
