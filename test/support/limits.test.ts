/**
 * The strict fakes' checks refuse what the real platforms refuse, in their words: Slack's `[ERROR] … [json-pointer:…]`
 * lines, and the Adaptive Card problems Teams would have. (Run as part of the suite: test/**\/*.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { startFakeSlack } from "../e2e/slack/fake-slack-api.js";
import { checkCard } from "./card-limits.js";
import { checkMessage, checkView } from "./slack-limits.js";

const section = (text: string) => ({ type: "section", text: { type: "mrkdwn", text } });

describe("Slack's limits", () => {
  it("refuses a section over 3,000 characters and more than 50 blocks in a message", () => {
    expect(checkMessage({ blocks: [section("x".repeat(3000))] })).toEqual([]);
    expect(checkMessage({ blocks: [section("x".repeat(3001))] })).toEqual(["[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]"]);
    expect(checkMessage({ blocks: Array.from({ length: 51 }, () => section("x")) })).toEqual(["[ERROR] no more than 50 items allowed [json-pointer:/blocks]"]);
  });

  it("refuses an input max_length over 3,000, a title over 24 and a button text over 75", () => {
    const input = {
      type: "input",
      block_id: "decision",
      label: { type: "plain_text", text: "Päätös" },
      element: { type: "plain_text_input", action_id: "v", max_length: 8000 },
    };
    const view = {
      type: "modal",
      title: { type: "plain_text", text: "Kirjaa päätös — JOHTO-2026-1" },
      submit: { type: "plain_text", text: "OK" },
      blocks: [input],
    };
    expect(checkView(view)).toEqual([
      "[ERROR] must be less than 25 characters [json-pointer:/view/title/text]",
      "[ERROR] must be less than 3001 [json-pointer:/view/blocks/0/element/max_length]",
    ]);
    const button = { type: "button", action_id: "a", text: { type: "plain_text", text: "b".repeat(76) }, value: "v" };
    expect(checkMessage({ blocks: [{ type: "actions", elements: [button] }] })).toEqual([
      "[ERROR] must be less than 76 characters [json-pointer:/blocks/0/elements/0/text/text]",
    ]);
  });

  it("the fake Web API answers a refused payload with Slack's error shape and keeps the refusal", async () => {
    const fake = await startFakeSlack();
    try {
      const res = await fetch(`${fake.apiUrl}views.open`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ trigger_id: "t", view: { type: "modal", title: { type: "plain_text", text: "t".repeat(25) }, blocks: [] } }),
      });
      expect(await res.json()).toEqual({
        ok: false,
        error: "invalid_arguments",
        response_metadata: { messages: ["[ERROR] must be less than 25 characters [json-pointer:/view/title/text]"] },
      });
      const respond = await fetch(fake.responseUrl("r1"), { method: "POST", body: JSON.stringify({ blocks: [section("")] }) });
      expect(respond.status).toBe(400);
      expect(fake.refusals.map((r) => r.method)).toEqual(["views.open", "response_url"]);
    } finally {
      await fake.close();
    }
  });
});

describe("Teams' card checks", () => {
  const card = (body: unknown[], actions: unknown[] = []) => ({ type: "AdaptiveCard", version: "1.5", body, actions });
  const submit = (i: number) => ({ type: "Action.Submit", title: `b${i}`, data: { i } });

  it("accepts a plain 1.5 card and refuses unknown elements, missing urls and a second version", () => {
    expect(checkCard(card([{ type: "TextBlock", text: "Hei", wrap: true }]))).toEqual([]);
    expect(checkCard(card([{ type: "Chart.Pie" }]))).toEqual([expect.stringContaining('Unknown element type "Chart.Pie"')]);
    expect(checkCard(card([{ type: "ActionSet", actions: [{ type: "Action.OpenUrl", title: "x" }] }]))).toEqual([expect.stringContaining('"url" must be set')]);
    expect(checkCard({ ...card([]), version: "1.6" })[0]).toContain("expected 1.5");
  });

  it("refuses more buttons in a row than Teams shows, and a card over 28 KB", () => {
    const six = [1, 2, 3, 4, 5, 6].map(submit);
    expect(checkCard(card([{ type: "ActionSet", actions: six }]))).toContain("6 actions in one row, Teams shows 5 [/body/0/actions]");
    expect(checkCard(card([{ type: "TextBlock", text: "x".repeat(29 * 1024) }]))[0]).toMatch(/bytes, Teams takes at most 28672/);
  });

  it("refuses a refresh that is not an Action.Execute, has no userIds, or names more than 60 users", () => {
    const action = { type: "Action.Execute", verb: "v", data: {} };
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `29:${i}`);
    expect(checkCard({ ...card([]), refresh: { action, userIds: ids(60) } })).toEqual([]);
    expect(checkCard({ ...card([]), refresh: { action, userIds: ids(61) } })).toContain("61 refresh userIds, Teams takes at most 60 [/refresh/userIds]");
    expect(checkCard({ ...card([]), refresh: { action } })).toContain("refresh without userIds (needed in channels and group chats) [/refresh/userIds]");
    expect(checkCard({ ...card([]), refresh: { action: { ...action, type: "Action.Submit" }, userIds: [] } })).toContain(
      "refresh action is not an Action.Execute [/refresh/action]",
    );
  });
});
