/**
 * Confirm before anything is sent, through Teams (issue 15 point 3): a meeting on Independence Day answers with the
 * warning and an Action.Submit confirm button carrying the same command with ` !`; nothing is stored until the
 * button is pressed, and pressing it stores the meeting as the one who pressed it. Only the Bot Connector is faked.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetings } from "../../db/schema/index.js";
import { startTeamsE2e, teamsChat, type TeamsE2e } from "./teams/harness.js";

let t: TeamsE2e;
const SECRETARY = {
  from: { id: "29:1aad-secr-teams-id", name: "Sanna Sihteeri", aadObjectId: "aad-secr" },
  conversation: { conversationType: "personal", tenantId: "tenant-1", id: "a:1personal-chat-sanna" },
};
const { calls, textOf, say, press } = teamsChat(() => t);

beforeAll(async () => {
  t = await startTeamsE2e();
});
afterAll(async () => {
  await t?.close();
});

describe("confirmation through Teams", () => {
  it("stores the meeting only when the card's confirm button is pressed", async () => {
    const before = t.app.db.select().from(meetings).all().length;
    const asked = await say("ajoita JOHTO 6.12.2027 13", SECRETARY);
    expect(textOf(asked)).toContain("pyhäpäivänä: itsenäisyyspäivä");
    const card = JSON.stringify(calls(asked).map((c) => c.body));
    expect(card).toContain('"type":"Action.Submit"');
    expect(card).toContain("schedule JOHTO 6.12.2027 13 !");
    expect(t.app.db.select().from(meetings).all()).toHaveLength(before);
    const confirmed = await press("schedule JOHTO 6.12.2027 13 !", SECRETARY);
    expect(textOf(confirmed)).toContain("on kutsuttu koolle");
    expect(t.app.db.select().from(meetings).all()).toHaveLength(before + 1);
  });
});
