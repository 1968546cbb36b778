/**
 * Slow answers: one that takes a while gets the typing indicator first and follows in the same turn; one slower
 * than Teams waits for ends the turn with the typing indicator, and the answer follows proactively.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../../src/commands/index.js";
import { textReply } from "../../../src/conversation/reply.js";
import { activity, visibleText } from "../../fixtures/teams/fake-connector.js";
import { startTeamsE2e, type TeamsE2e } from "./harness.js";

let release: () => void = () => {};
COMMANDS.push({
  name: "teamsslowtest",
  aliases: { fi: [], sv: [] },
  summary: "cmd.help",
  usage: "usage.help",
  listed: false,
  run: () => new Promise((resolve) => (release = () => resolve(textReply("Valmis vihdoin")))),
});

describe("an answer slower than Teams waits for", () => {
  let t: TeamsE2e;
  beforeAll(async () => {
    t = await startTeamsE2e({ TEAMS_ANONYMOUS: "on" }, { turnBudgetMs: 50 });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("answers within the budget with typing, then sends the late answer into the same conversation", async () => {
    const res = await t.post(activity("personal-message", t.vars, { text: "teamsslowtest" }));
    expect(res.status).toBe(200);
    // The typing indicator went out before the turn ended; the answer is not there yet.
    expect(t.connector.typing.map((c) => c.body.type)).toEqual(["typing"]);
    expect(t.connector.calls).toEqual([]);
    release();
    await expect.poll(() => t.connector.calls.length, { timeout: 30_000 }).toBe(1);
    const late = t.connector.calls[0]!;
    expect(late.conversationId).toBe("a:1personal-chat-jussi");
    expect(visibleText(late.body)).toContain("Valmis vihdoin");
  });
});

describe("an answer that takes a while", () => {
  let t: TeamsE2e;
  beforeAll(async () => {
    t = await startTeamsE2e({ TEAMS_ANONYMOUS: "on" }, { typingDelayMs: 20 });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("shows the typing indicator while the core works, then answers in the same turn", async () => {
    const turn = t.post(activity("personal-message", t.vars, { text: "teamsslowtest" }));
    await expect.poll(() => t.connector.typing.map((c) => c.conversationId), { timeout: 30_000 }).toEqual(["a:1personal-chat-jussi"]);
    expect(t.connector.calls).toEqual([]);
    release();
    expect((await turn).status).toBe(200);
    expect(t.connector.calls.map((c) => visibleText(c.body))).toEqual([expect.stringContaining("Valmis vihdoin")]);
  });
});
