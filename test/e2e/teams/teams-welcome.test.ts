/**
 * The first minute with the bot in Teams: a welcome card when it is added to a team (conversationUpdate naming the
 * bot) or a personal chat (installationUpdate), in the installer's language, greeting a known person by name and
 * telling an unknown one how to get linked; nothing when someone else joins; no typing indicator before an answer that
 * is ready at once (teams-slow.test.ts shows it for one that takes a while).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activity } from "../../fixtures/teams/fake-connector.js";
import { startTeamsE2e, teamsChat, type TeamsE2e } from "./harness.js";

let t: TeamsE2e;
const chat = teamsChat(() => t);

beforeAll(async () => {
  // A quick answer needs no typing indicator. The wait before one is long here, so that a busy machine (CI) taking
  // over half a second for `foorumit` cannot make the check fail; teams-slow.test.ts covers the indicator itself.
  t = await startTeamsE2e({ TEAMS_ANONYMOUS: "on" }, { typingDelayMs: 5_000 });
});
afterAll(async () => {
  await t?.close();
});

describe("welcome and typing in Teams", () => {
  it("welcomes a team in the installer's language, by name, with the @mention forms of the commands", async () => {
    const from = t.connector.calls.length;
    expect((await t.post(activity("conversation-update", t.vars, { locale: "en-US" }))).status).toBe(200);
    const [post] = chat.calls(from);
    expect(post?.conversationId).toBe("19:team-general@thread.tacv2");
    const text = chat.textOf(from);
    expect(text).toContain("Welcome to Yhdyspinta");
    expect(text).toContain("Hello Aila Admin!");
    expect(text).toContain("@Yhdyspinta calendar");
  });

  it("tells a person it does not know how to get linked, in their Teams language", async () => {
    const stranger = {
      from: { id: "29:stranger", aadObjectId: "aad-stranger" },
      conversation: { conversationType: "personal", tenantId: "tenant-1", id: "a:1stranger" },
    };
    const from = t.connector.calls.length;
    await t.post(activity("installation-update", t.vars, { ...stranger, locale: "fi-FI" }));
    const text = chat.textOf(from);
    expect(text).toContain("Tervetuloa Yhdyspintaan");
    expect(text).toContain("En vielä tunne sinua");
  });

  it("stays quiet when a person, not the bot, joins the team", async () => {
    const from = t.connector.calls.length;
    await t.post(activity("conversation-update", t.vars, { membersAdded: [{ id: "29:new-person" }] }));
    expect(chat.calls(from)).toEqual([]);
  });

  it("answers a quick command without a typing indicator that the answer would replace at once", async () => {
    const typingFrom = t.connector.typing.length;
    const from = await chat.say("foorumit");
    expect(t.connector.typing.slice(typingFrom)).toEqual([]);
    expect(chat.textOf(from)).toContain("JOHTO");
  });
});
