/**
 * Decisions end to end through Teams: `decision` as a message to the bot records a § and posts it to the bound
 * channel; a member is refused; the inspector's approve button (Action.Submit) approves as the one who pressed it.
 * Only the Bot Connector is faked, on loopback.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forums } from "../../db/schema/index.js";
import { minutesState } from "../../src/services/minutes/status.js";
import { buildMeeting } from "../builders.js";
import { buildGoals } from "../support/goal-builders.js";
import { activity, visibleText } from "../fixtures/teams/fake-connector.js";
import { waitFor } from "./slack/fake-slack-api.js";
import { startTeamsE2e, teamsChat, type TeamsE2e } from "./teams/harness.js";

let t: TeamsE2e;
const M = "JOHTO-2027-1";
const personal = (aad: string, name: string, chat: string) => ({
  from: { id: `29:1${aad}-teams-id`, name, aadObjectId: aad },
  conversation: { conversationType: "personal", tenantId: "tenant-1", id: chat },
});
const SECRETARY = personal("aad-secr", "Sanna Sihteeri", "a:1personal-chat-sanna");
const SWEDE = personal("aad-swed", "Stina Svensk", "a:1personal-chat-stina");
const { calls, textOf, say, press } = teamsChat(() => t);

beforeAll(async () => {
  t = await startTeamsE2e();
  buildGoals(t.app.db);
  const forum = t.app.db.select().from(forums).where(eq(forums.code, "JOHTO")).get()!;
  buildMeeting(t.app.db, forum, "2027-10-13T13:00", { place: "Kokkola" });
  // The meeting has started: its decisions and minutes can be recorded.
  t.clock.set(Date.parse("2027-10-13T10:30:00Z"));
  await t.post(activity("installation-update", t.vars));
  await t.post(activity("channel-message", t.vars, { text: "<at>Yhdyspinta</at> bind JOHTO", id: "1763805600999" }));
  // The inspector has talked to the bot once, so the bot can reach her 1:1 chat.
  await say("ohje", SWEDE);
});
afterAll(async () => {
  await t?.close();
});

describe("decision through Teams", () => {
  it("records a decision from a message and posts it with its § to the bound channel", async () => {
    const from = await say(`decision ${M} - Hyväksytään yhteinen malli. #T3 #T5 diary kaupunki:1559/00.02.13/2023 hva:HVA/12/2027`, SECRETARY);
    expect(textOf(from)).toContain("Kirjattu JOHTO 13.10.2027 § 1");
    // On the meeting's day the outbox also has overdue-measure notices to pace out: wait for the channel's turn.
    let channel = calls(from).find((c) => JSON.stringify(c.body).includes("19:johto-channel@thread.tacv2"));
    for (let i = 0; !channel && i < 100; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      channel = calls(from).find((c) => JSON.stringify(c.body).includes("19:johto-channel@thread.tacv2"));
    }
    expect(channel).toBeDefined();
    expect(visibleText(channel!.body)).toContain("JOHTO 13.10.2027 § 1");
    expect(visibleText(channel!.body)).toContain("T3, T5");
  });

  it("refuses a member", async () => {
    expect(textOf(await say(`päätös ${M} - Yritetään`))).toContain("Tämän voi tehdä vain");
    expect(t.app.db.query.decisions.findMany().sync()).toHaveLength(1);
  });

  it("the inspector approves with the card button", async () => {
    await say(`minutes inspectors ${M} svensk`, SECRETARY);
    const from = await say(`minutes finish ${M}`, SECRETARY);
    expect(textOf(from)).toContain("Stina Svensk");
    // The request is queued with the change; the outbox sends it (its minutes files rendered then) within a second.
    const dm = await waitFor(() => calls(from).find((c) => c.conversationId === "a:1personal-chat-stina"), "the inspector's request");
    expect(JSON.stringify(dm.body)).toContain(`minutes approve ${M}`);
    expect(textOf(await press(`minutes approve ${M}`, SWEDE))).toContain("är nu slutlig");
    expect(minutesState(t.app.db, M).recorded).toBe(true);
  });
});
