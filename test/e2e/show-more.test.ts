/**
 * "Show more" through the real stacks (issue 17 §6): a calendar longer than a page comes as its first forty rows with
 * a button; pressing it in Slack (block_actions, answered at the response_url) and in Teams (a card's Action.Submit)
 * shows the rest, exactly after the last row shown. The strict Slack fake and the card validator check every page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildForum, buildMeeting } from "../builders.js";
import { startTeamsE2e, teamsChat, type TeamsE2e } from "./teams/harness.js";
import { waitFor } from "./slack/fake-slack-api.js";
import { postCommand, postInteraction } from "./slack/signed-request.js";
import { fixture, SIGNING_SECRET, useSlackServer } from "./slack/slack-server.js";
import type { Db } from "../../db/connection.js";

const MEETINGS = 47;
const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `ISO-2027-${from + i}`);
/** The ISO meeting ids a payload mentions, in order of first mention. */
const mentioned = (json: string) => [...new Set([...json.matchAll(/ISO-2027-(\d+)/g)].map((m) => `ISO-2027-${m[1]}`))];

/** A public forum with more meetings in February 2027 than a page shows, numbered in time order. */
function longCalendar(db: Db): void {
  const forum = buildForum(db, { code: "ISO", cadence: "monthly" });
  for (let i = 0; i < MEETINGS; i++) buildMeeting(db, forum, `2027-02-${String(1 + Math.floor(i / 2)).padStart(2, "0")}T${i % 2 ? "13" : "09"}:00`);
}

describe("show more in Slack", () => {
  const slack = useSlackServer({ setup: ({ server }) => longCalendar(server.app.db) });
  const signed = { secret: SIGNING_SECRET };

  it("answers /forum kalenteri ISO with forty rows and a button that shows the other seven", async () => {
    const fields = { ...fixture("slash-command"), user_id: "UMEMB", command: "/forum", text: "kalenteri ISO", response_url: slack.fake.responseUrl("cal") };
    expect((await postCommand(slack.server.url, fields, signed)).status).toBe(200);
    const first = await waitFor(() => slack.fake.responses.find((r) => r.path.endsWith("/cal")), "the calendar");
    const body = first.body as { blocks: { type: string; elements?: { value?: string; action_id?: string }[] }[] };
    const json = JSON.stringify(body);
    expect(mentioned(json)).toEqual(ids(1, 40));
    // The note says what to type in Slack; the button runs the same words.
    expect(json).toContain("…ja 7 muuta: `/forum kalenteri ISO jälkeen ISO-2027-40`");
    const button = body.blocks.flatMap((b) => b.elements ?? []).find((e) => e.value?.includes("jälkeen"))!;
    expect(button.value).toBe("kalenteri ISO jälkeen ISO-2027-40");

    const payload = fixture("block-actions");
    payload.user.id = "UMEMB";
    payload.response_url = slack.fake.responseUrl("more");
    payload.actions = [{ ...payload.actions[0], value: button.value, action_id: button.action_id }];
    expect((await postInteraction(slack.server.url, payload, signed)).status).toBe(200);
    const rest = await waitFor(() => slack.fake.responses.find((r) => r.path.endsWith("/more")), "the next page");
    const restJson = JSON.stringify(rest.body);
    expect(mentioned(restJson)).toEqual(ids(41, MEETINGS));
    expect(restJson).not.toContain("jälkeen");
  });
});

describe("show more in Teams", () => {
  let t: TeamsE2e;
  const chat = teamsChat(() => t);
  beforeAll(async () => {
    t = await startTeamsE2e();
    longCalendar(t.app.db);
  });
  afterAll(async () => {
    await t?.close();
  });

  for (const [person, locale, line, word] of [
    ["aad-memb", "fi", "kalenteri ISO", "jälkeen"],
    ["aad-swed", "sv", "kalender ISO", "efter"],
    ["aad-admin", "en", "calendar ISO", "after"],
  ] as const) {
    it(`pages "${line}" with a card button (${locale})`, async () => {
      const from = { from: { id: `29:${person}`, aadObjectId: person }, locale: `${locale}-FI` };
      const asked = await chat.say(line, from);
      const card = JSON.stringify(await waitFor(() => chat.calls(asked).find((c) => c.method === "send")?.body, line));
      expect(mentioned(card)).toEqual(ids(1, 40));
      const command = `${line} ${word} ISO-2027-40`;
      expect(card).toContain(`"command":"${command}"`);
      expect(chat.textOf(asked)).toContain(`: ${command}`);
      const pressed = await chat.press(command, from);
      const rest = await waitFor(() => chat.textOf(pressed) || undefined, "the next page");
      expect(mentioned(rest)).toEqual(ids(41, MEETINGS));
    });
  }
});
