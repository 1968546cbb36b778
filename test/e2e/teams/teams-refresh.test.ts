/**
 * Per-reader cards in a Teams channel (Universal Actions user-specific views): an agenda shown in a forum's channel
 * is posted without its accept/reject buttons, with a refresh naming the people who shape the agenda; Teams asks
 * the bot for each reader's own card (adaptiveCard/action, trigger automatic) and gets the secretary's card with the
 * buttons, a member's read-only one. A press on the secretary's card answers with their fresh view.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forums } from "../../../db/schema/index.js";
import { buildMeeting } from "../../builders.js";
import { activity } from "../../fixtures/teams/fake-connector.js";
import { checkCard } from "../../support/card-limits.js";
import { startTeamsE2e, teamsChat, type TeamsE2e } from "./harness.js";

let t: TeamsE2e;
const chat = teamsChat(() => t);
let m: string;
const SECRETARY = { from: { id: "29:1aad-secr-teams-id", aadObjectId: "aad-secr", name: "Sanna Sihteeri" } };
const MEMBER = { from: { id: "29:1aad-memb-teams-id", aadObjectId: "aad-memb", name: "Jussi Jäsen" } };
const CHANNEL_THREAD = "19:johto-channel@thread.tacv2;messageid=1763805600777";

type Card = { body: unknown[]; refresh?: { action: { type: string; verb: string; data: { yhdyspinta: string; command: string } }; userIds: string[] } };

/** An adaptiveCard/action invoke in the channel thread, as Teams sends it for a refresh or an Action.Execute press. */
async function invoke(from: typeof SECRETARY, data: unknown, trigger: "automatic" | "manual", replyToId = "1763805600777") {
  const body = activity("channel-message", t.vars, {
    type: "invoke",
    name: "adaptiveCard/action",
    text: undefined,
    id: `invoke-${Math.random()}`,
    conversation: { isGroup: true, conversationType: "channel", tenantId: "tenant-1", id: CHANNEL_THREAD },
    ...from,
    replyToId,
    value: { action: { type: "Action.Execute", verb: trigger === "automatic" ? "yhdyspinta.view" : "yhdyspinta.command", data }, trigger },
  });
  const res = await t.post(body);
  expect(res.status).toBe(200);
  return (await res.json()) as { statusCode: number; type: string; value: Card };
}

beforeAll(async () => {
  t = await startTeamsE2e();
  const forum = t.app.db.select().from(forums).where(eq(forums.code, "JOHTO")).get()!;
  m = buildMeeting(t.app.db, forum, "2026-12-10T13:00").id;
  await chat.say(`agenda add ${m} Ensimmäinen asia`);
  await chat.say(`agenda add ${m} Toinen asia`);
  // The secretary has talked to the bot, so their Teams user id is known; the admin has not.
  await chat.say("whoami", { ...SECRETARY, conversation: { conversationType: "personal", tenantId: "tenant-1", id: "a:1secr" } });
});
afterAll(async () => {
  await t?.close();
});

describe("per-reader cards in a Teams channel", () => {
  let posted: Card;

  it("posts the agenda in the channel without its settling buttons, refreshing for those who shape it", async () => {
    const from = t.connector.calls.length;
    await t.post(
      activity("channel-message", t.vars, {
        ...SECRETARY,
        text: `<at>Yhdyspinta</at> agenda ${m}`,
        id: "1763805600777",
        conversation: { isGroup: true, conversationType: "channel", tenantId: "tenant-1", id: CHANNEL_THREAD },
      }),
    );
    const call = t.connector.calls.slice(from).find((c) => JSON.stringify(c.body).includes("refresh"))!;
    expect(call.conversationId).toBe(CHANNEL_THREAD);
    posted = (call.body.attachments as { content: Card }[])[0]!.content;
    expect(posted.refresh).toEqual({
      action: { type: "Action.Execute", verb: "yhdyspinta.view", data: { yhdyspinta: "view", command: `agenda ${m}` } },
      userIds: ["29:1aad-secr-teams-id"],
    });
    const json = JSON.stringify(posted);
    expect(json).toContain("Ensimmäinen asia");
    expect(json).not.toContain(`agenda accept ${m} #1`);
    expect(json).not.toContain(`agenda publish ${m}`);
    expect(checkCard(posted)).toEqual([]);
  });

  it("answers an automatic refresh with the secretary's card (buttons) and a member's card (none)", async () => {
    const data = posted.refresh!.action.data;
    const secretary = await invoke(SECRETARY, data, "automatic");
    const member = await invoke(MEMBER, data, "automatic");
    for (const answer of [secretary, member]) {
      expect(answer).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive" });
      expect(checkCard(answer.value)).toEqual([]);
      // The refresh stays on the card, so the view keeps up for each reader.
      expect(answer.value.refresh).toEqual(posted.refresh);
    }
    const mine = JSON.stringify(secretary.value);
    expect(mine).toContain(`agenda accept ${m} #1`);
    expect(mine).toContain(`agenda reject ${m} #2`);
    expect(mine).toContain(`"view":"agenda ${m}"`);
    const theirs = JSON.stringify(member.value);
    expect(theirs).not.toContain("agenda accept");
    expect(theirs).not.toContain("agenda reject");
    expect(theirs).not.toEqual(mine);
  });

  it("answers a refresh by someone who may not see the view with the reason, leaving their card as it is", async () => {
    const stranger = { from: { id: "29:1stranger", aadObjectId: "aad-stranger", name: "Vieras" } };
    const answer = await invoke(stranger as typeof MEMBER, posted.refresh!.action.data, "manual");
    expect(answer.type).toBe("application/vnd.microsoft.activity.message");
    expect(answer.value).toContain("I don't know you yet");
  });

  it("answers a press on the secretary's card with their fresh view: that item's buttons are gone", async () => {
    const from = t.connector.calls.length;
    const pressed = await invoke(SECRETARY, { yhdyspinta: "command", command: `agenda accept ${m} #1`, settles: true, view: `agenda ${m}` }, "manual");
    expect(pressed.type).toBe("application/vnd.microsoft.card.adaptive");
    const card = JSON.stringify(pressed.value);
    expect(card).not.toContain(`agenda accept ${m} #1"`);
    expect(card).toContain(`agenda accept ${m} #2`);
    expect(checkCard(pressed.value)).toEqual([]);
    // The answer to the command still comes as a message in the thread.
    expect(t.connector.calls.slice(from).some((c) => c.method === "send" && c.conversationId === CHANNEL_THREAD)).toBe(true);
  });

  it("keeps the buttons in a personal chat, where nobody else reads the card", async () => {
    const from = await chat.say(`agenda ${m}`, { ...SECRETARY, conversation: { conversationType: "personal", tenantId: "tenant-1", id: "a:1secr" } });
    const json = JSON.stringify(chat.calls(from).map((c) => c.body));
    expect(json).toContain(`agenda reject ${m} #2`);
    expect(json).not.toContain('"refresh"');
  });

  it("posts a meeting's invitation in the forum's channel without answer buttons; each member refreshes to their own", async () => {
    await t.post(activity("channel-message", t.vars, { text: "<at>Yhdyspinta</at> bind JOHTO", id: "1763805600888" }));
    const from = t.connector.calls.length;
    await chat.say("ajoita JOHTO 14.1.2027 13 Kokkola !", {
      ...SECRETARY,
      conversation: { conversationType: "personal", tenantId: "tenant-1", id: "a:1secr" },
    });
    await t.app.scheduler.tick();
    const post = t.connector.calls.slice(from).find((c) => c.method === "create" && JSON.stringify(c.body).includes("refresh"))!;
    const card = (post.body.activity as { attachments: { content: Card }[] }).attachments[0]!.content;
    const id = card.refresh!.action.data.command.replace("meeting ", "");
    expect(id).toMatch(/^JOHTO-2027-\d+$/);
    expect(JSON.stringify(card)).not.toContain(`attend ${id}`);
    expect(JSON.stringify(card)).toContain(`invite ${id}`);
    // Those who manage the meetings (secretary, convener) and the members the bot has met; the Swedish member has not
    // talked to it yet (she can refresh by hand).
    expect(card.refresh!.userIds).toEqual(["29:1aad-secr-teams-id", "29:1aad-admin-teams-id", "29:1aad-memb-teams-id"]);
    const conversation = { isGroup: true, conversationType: "channel", tenantId: "tenant-1", id: post.conversationId };
    const asMember = await invoke({ ...MEMBER, conversation } as typeof MEMBER, card.refresh!.action.data, "automatic");
    expect(JSON.stringify(asMember.value)).toContain(`attend ${id}`);
    expect(checkCard(asMember.value)).toEqual([]);
    // The convener is no voting member: no answer buttons, but the cancel button members do not get.
    const convener = { from: { id: "29:1aad-admin-teams-id", aadObjectId: "aad-admin", name: "Aila Admin" }, conversation };
    const asConvener = JSON.stringify((await invoke(convener as typeof MEMBER, card.refresh!.action.data, "manual")).value);
    expect(asConvener).not.toContain(`attend ${id}`);
    expect(asConvener).toContain(`cancel ${id}`);
    expect(JSON.stringify(asMember.value)).not.toContain(`cancel ${id}`);
  });
});
