/**
 * A card that updates in Teams: pressing a settling button (accept a proposal) runs the command, then the card it
 * was on is updated in place (updateActivity): that row's buttons are gone, the other rows stay, and a line says who
 * did what. A refused press leaves the card as it was. A press that first opens a form (reject asks for a reason)
 * settles the card only when the form is submitted and works.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forums } from "../../../db/schema/index.js";
import { buildMeeting } from "../../builders.js";
import { reply } from "../../../src/conversation/reply.js";
import { activity } from "../../fixtures/teams/fake-connector.js";
import { startTeamsE2e, teamsChat, type TeamsE2e } from "./harness.js";

let t: TeamsE2e;
const chat = teamsChat(() => t);
let m: string;
const ADMIN = {
  from: { id: "29:aad-admin", aadObjectId: "aad-admin", name: "Aila Admin" },
  conversation: { conversationType: "personal", tenantId: "tenant-1", id: "a:1admin" },
};

/** The data a form card's submit button sends back (what Teams posts when it is pressed). */
const submitDataOf = (body: unknown) =>
  (body as { attachments: { content: { actions: { data: Record<string, unknown> }[] } }[] }).attachments[0]!.content.actions[0]!.data;

/** The admin's Action.Execute press of a settling button on the card `replyToId`, as Teams invokes it. */
const executePress = (replyToId: string, command: string) =>
  activity(
    "card-submit",
    { ...t.vars, REPLY_TO_ID: replyToId },
    {
      ...ADMIN,
      type: "invoke",
      name: "adaptiveCard/action",
      value: { action: { type: "Action.Execute", verb: "yhdyspinta.command", data: { yhdyspinta: "command", command, settles: true } }, trigger: "manual" },
    },
  );

beforeAll(async () => {
  t = await startTeamsE2e();
  const forum = t.app.db.select().from(forums).where(eq(forums.code, "JOHTO")).get()!;
  m = buildMeeting(t.app.db, forum, "2026-12-10T13:00").id;
  await chat.say(`agenda add ${m} Ensimmäinen asia`);
  await chat.say(`agenda add ${m} Toinen asia`);
  await chat.say(`agenda add ${m} Kolmas asia`);
  await chat.say(`agenda add ${m} Neljäs asia`);
});
afterAll(async () => {
  await t?.close();
});

describe("cards that update in Teams", () => {
  it("a member's refused press leaves the card; the secretary's accept updates it in place", async () => {
    const from = await chat.say(`agenda ${m}`, ADMIN);
    const list = chat.calls(from).find((c) => JSON.stringify(c.body).includes(`agenda accept ${m} #1`))!;
    expect(JSON.stringify(list.body)).toContain('"settles":true');

    const refused = await chat.press(`agenda accept ${m} #1`, {
      replyToId: list.activityId,
      value: { yhdyspinta: "command", command: `agenda accept ${m} #1`, settles: true },
    });
    expect(chat.calls(refused).filter((c) => c.method === "update")).toEqual([]);

    const pressed = await chat.press(`agenda accept ${m} #1`, {
      ...ADMIN,
      replyToId: list.activityId,
      value: { yhdyspinta: "command", command: `agenda accept ${m} #1`, settles: true },
    });
    const update = chat.calls(pressed).find((c) => c.method === "update");
    expect(update?.activityId).toBe(list.activityId);
    const card = JSON.stringify(update!.body);
    expect(card).not.toContain(`agenda accept ${m} #1"`);
    expect(card).not.toContain(`agenda reject ${m} #1"`);
    expect(card).toContain(`agenda accept ${m} #2`);
    expect(card).toContain("✓");
    expect(card).toContain("Aila Admin");
    // The answer itself still comes as a message.
    expect(chat.calls(pressed).some((c) => c.method === "send")).toBe(true);
  });

  it("answers a Universal Action (Action.Execute) with the card's new state, Action.Submit being the fallback", async () => {
    const from = await chat.say(`agenda ${m}`, ADMIN);
    const list = chat.calls(from).find((c) => JSON.stringify(c.body).includes(`agenda reject ${m} #2`))!;
    const json = JSON.stringify(list.body);
    expect(json).toContain('"type":"Action.Execute","verb":"yhdyspinta.command"');
    expect(json).toContain('"fallback":{"type":"Action.Submit"');
    const invoke = executePress(list.activityId!, `agenda accept ${m} #2`);
    const sentFrom = t.connector.calls.length;
    const res = await t.post(invoke);
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { statusCode: number; type: string; value: unknown };
    expect(answer).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive" });
    const card = JSON.stringify(answer.value);
    expect(card).not.toContain(`agenda accept ${m} #2"`);
    expect(card).toContain("✓");
    // The answer to the command is still a message in the chat.
    expect(chat.textOf(sentFrom)).toContain("#2");
  });

  it("a notice's settling button (an invitation's answer) updates the notice the outbox sent", async () => {
    const from = t.connector.calls.length;
    const notice = reply([
      { kind: "text", text: `Kutsu ${m}` },
      {
        kind: "actions",
        actions: [
          { kind: "button", label: "Osallistun", command: `attend ${m}`, settles: true },
          { kind: "button", label: "En pääse", command: `absent ${m}`, settles: true },
        ],
      },
    ]);
    expect((await t.notifier().send({ platform: "teams", kind: "person", ref: "aad-memb" }, notice)).ok).toBe(true);
    const sent = chat.calls(from).find((c) => JSON.stringify(c.body).includes(`attend ${m}`))!;
    const pressed = await chat.press(`attend ${m}`, { replyToId: sent.activityId, value: { yhdyspinta: "command", command: `attend ${m}`, settles: true } });
    const update = chat.calls(pressed).find((c) => c.method === "update");
    expect(update?.activityId).toBe(sent.activityId);
    expect(JSON.stringify(update!.body)).not.toContain(`absent ${m}`);
    expect(JSON.stringify(update!.body)).toContain("✓ Osallistun");
  });

  it("a card sent before a restart is still updated in place when its settling button is pressed after it", async () => {
    const from = await chat.say(`agenda ${m}`, ADMIN);
    const list = chat.calls(from).find((c) => JSON.stringify(c.body).includes(`agenda accept ${m} #3`))!;
    await t.restart();
    const pressed = await chat.press(`agenda accept ${m} #3`, {
      ...ADMIN,
      replyToId: list.activityId,
      value: { yhdyspinta: "command", command: `agenda accept ${m} #3`, settles: true },
    });
    const update = chat.calls(pressed).find((c) => c.method === "update");
    expect(update).toMatchObject({ conversationId: "a:1admin", activityId: list.activityId });
    const card = JSON.stringify(update!.body);
    expect(card).not.toContain(`agenda accept ${m} #3"`);
    expect(card).toContain("✓");
    expect(card).toContain("Aila Admin");
    // Pressed again on a stale client: the card is not settled twice.
    const again = await chat.press(`agenda accept ${m} #3`, {
      ...ADMIN,
      replyToId: list.activityId,
      value: { yhdyspinta: "command", command: `agenda accept ${m} #3`, settles: true },
    });
    expect(chat.calls(again).filter((c) => c.method === "update")).toEqual([]);
    // A Universal Action press on the same card after the restart answers with its state, also from the database.
    const invoke = executePress(list.activityId!, `agenda accept ${m} #4`);
    const answer = (await (await t.post(invoke)).json()) as { type: string; value: unknown };
    expect(answer.type).toBe("application/vnd.microsoft.card.adaptive");
    const settled = JSON.stringify(answer.value);
    expect(settled).not.toContain(`agenda accept ${m} #3"`);
    expect(settled).not.toContain(`agenda accept ${m} #4"`);
    expect(settled.match(/✓/g)).toHaveLength(2);
  });

  it("a notice posted in a channel before a restart is updated in its thread after it", async () => {
    await t.post(activity("channel-message", t.vars, { text: "<at>Yhdyspinta</at> forums", id: "1763805600555" }));
    const from = t.connector.calls.length;
    const notice = reply([
      { kind: "text", text: `Kutsu ${m}` },
      { kind: "actions", actions: [{ kind: "button", label: "Osallistun", command: `attend ${m}`, settles: true }] },
    ]);
    expect((await t.notifier().send({ platform: "teams", kind: "channel", ref: "19:johto-channel@thread.tacv2" }, notice)).ok).toBe(true);
    const post = chat.calls(from).find((c) => c.method === "create")!;
    const rootId = post.conversationId.split(";messageid=")[1]!;
    await t.restart();
    const pressed = await chat.press(`attend ${m}`, {
      conversation: { isGroup: true, conversationType: "channel", tenantId: "tenant-1", id: post.conversationId },
      channelData: { channel: { id: "19:johto-channel@thread.tacv2" }, team: { id: "19:team-general@thread.tacv2" }, tenant: { id: "tenant-1" } },
      replyToId: rootId,
      value: { yhdyspinta: "command", command: `attend ${m}`, settles: true },
    });
    const update = chat.calls(pressed).find((c) => c.method === "update");
    expect(update).toMatchObject({ conversationId: post.conversationId, activityId: rootId });
    expect(JSON.stringify(update!.body)).toContain("✓ Osallistun — Jussi Jäsen");
  });
  it("a reject press opens the reason form and leaves the card; only the submitted reason settles it, once", async () => {
    await chat.say(`agenda add ${m} Viides asia`);
    const from = await chat.say(`agenda ${m}`, ADMIN);
    const list = chat.calls(from).find((c) => JSON.stringify(c.body).includes(`agenda reject ${m} #5`))!;
    const pressed = await chat.press(`agenda reject ${m} #5`, {
      ...ADMIN,
      replyToId: list.activityId,
      value: { yhdyspinta: "command", command: `agenda reject ${m} #5`, settles: true },
    });
    // The form asks for the reason; the card keeps its buttons while the form is open or left unsubmitted.
    expect(chat.calls(pressed).filter((c) => c.method === "update")).toEqual([]);
    const form = chat.calls(pressed).find((c) => JSON.stringify(c.body).includes("Input.Text"))!;
    expect(form).toBeDefined();
    // A blank reason is asked again on a new form card, which still settles the card when it is submitted.
    const blank = await chat.press("", { ...ADMIN, replyToId: form.activityId, value: { ...submitDataOf(form.body), "field.reason": "   " } });
    expect(chat.calls(blank).filter((c) => c.method === "update")).toEqual([]);
    const again = chat.calls(blank).find((c) => JSON.stringify(c.body).includes("Input.Text"))!;
    const data = submitDataOf(again.body);
    const submitted = await chat.press("", { ...ADMIN, replyToId: again.activityId, value: { ...data, "field.reason": "Ei tänä vuonna" } });
    const updates = chat.calls(submitted).filter((c) => c.method === "update");
    const settled = updates.filter((c) => c.activityId === list.activityId);
    expect(settled).toHaveLength(1);
    const card = JSON.stringify(settled[0]!.body);
    expect(card).not.toContain(`agenda reject ${m} #5"`);
    expect(card).not.toContain(`agenda accept ${m} #5"`);
    expect(card).toContain("✓");
    expect(card).toContain("Aila Admin");
    expect(chat.textOf(submitted)).toContain("Ei tänä vuonna");
  });

  it("a reject press by Universal Action answers with a message and leaves the card; the submitted form settles it", async () => {
    await chat.say(`agenda add ${m} Kuudes asia`);
    const from = await chat.say(`agenda ${m}`, ADMIN);
    const list = chat.calls(from).find((c) => JSON.stringify(c.body).includes(`agenda reject ${m} #6`))!;
    const invoke = executePress(list.activityId!, `agenda reject ${m} #6`);
    const sentFrom = t.connector.calls.length;
    const answer = (await (await t.post(invoke)).json()) as { type: string };
    // Not the card's settled state: the card stays as it is until the reason is given.
    expect(answer.type).toBe("application/vnd.microsoft.activity.message");
    expect(chat.calls(sentFrom).filter((c) => c.method === "update")).toEqual([]);
    const form = chat.calls(sentFrom).find((c) => JSON.stringify(c.body).includes("Input.Text"))!;
    const data = submitDataOf(form.body);
    // What the client sends back about the card to settle is not trusted: the form card as stored says which.
    const submitted = await chat.press("", {
      ...ADMIN,
      replyToId: form.activityId,
      value: { ...data, settle: { command: `agenda accept ${m} #1`, replyToId: "elsewhere" }, "field.reason": "Toiselle foorumille" },
    });
    const settled = chat.calls(submitted).filter((c) => c.method === "update" && c.activityId === list.activityId);
    expect(settled).toHaveLength(1);
    expect(JSON.stringify(settled[0]!.body)).not.toContain(`agenda reject ${m} #6"`);
    expect(JSON.stringify(settled[0]!.body)).toContain("Aila Admin");
    expect(chat.calls(submitted).filter((c) => c.method === "update" && c.activityId === "elsewhere")).toEqual([]);
  });
});
