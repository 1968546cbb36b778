/** An answer slower than Teams waits for: the turn ends with a typing indicator, the answer follows proactively. */
import { afterAll, beforeAll, expect, it } from "vitest";
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
  // The typing indicator went out at once; the answer is not there yet.
  expect(t.connector.typing.map((c) => c.body.type)).toEqual(["typing"]);
  expect(t.connector.calls).toEqual([]);
  release();
  await expect.poll(() => t.connector.calls.length).toBe(1);
  const late = t.connector.calls[0]!;
  expect(late.conversationId).toBe("a:1personal-chat-jussi");
  expect(visibleText(late.body)).toContain("Valmis vihdoin");
});
