/**
 * `indicator import` with a CSV file attached in Slack (issue 20 point 3), through signed Events API requests to
 * the real Bolt receiver: the adapter downloads url_private_download from the loopback Slack fake with the bot
 * token, the values are imported and the goal view shows them; a broken file gets its line-numbered errors and
 * stores nothing; a file that is not CSV, or too big, is refused in the person's language.
 */
import { describe, expect, it } from "vitest";
import { indicatorObservations } from "../../../db/schema/index.js";
import { buildGoals } from "../../support/goal-builders.js";
import { waitFor } from "./fake-slack-api.js";
import { postEvent } from "./signed-request.js";
import { SIGNING_SECRET, useSlackServer } from "./slack-server.js";

const slack = useSlackServer({ setup: ({ server }) => void buildGoals(server.app.db) });
let seq = 0;

/** A direct message to the bot, with a file when given; resolves with the text of the bot's answer. */
async function dm(user: string, text: string, file?: { name: string; filetype: string; bytes: string; size?: number }) {
  seq++;
  const files = file
    ? [
        {
          id: `F${seq}`,
          name: file.name,
          filetype: file.filetype,
          size: file.size ?? Buffer.byteLength(file.bytes),
          url_private_download: slack.fake.hostFile(file.name, file.bytes),
        },
      ]
    : undefined;
  const before = slack.fake.callsOf("chat.postMessage").length;
  const event = {
    token: "t",
    team_id: "T0001",
    api_app_id: "A0001",
    type: "event_callback",
    event_id: `Ev0FILE${seq}`,
    event_time: 1_700_000_000 + seq,
    authorizations: [{ team_id: "T0001", user_id: "UBOT", is_bot: true }],
    event: {
      type: "message",
      channel_type: "im",
      user,
      text,
      channel: `D0${user}`,
      ts: `17100000${seq}.000100`,
      event_ts: `17100000${seq}.000100`,
      ...(files ? { subtype: "file_share", files } : {}),
    },
  };
  const res = await postEvent(slack.server.url, event, { secret: SIGNING_SECRET });
  expect(res.status).toBe(200);
  const answer = await waitFor(() => slack.fake.callsOf("chat.postMessage")[before], `answer to ${text}`);
  return JSON.stringify(answer.args);
}

const stored = () => slack.server.app.db.select().from(indicatorObservations).all().length;

describe("indicator import with a CSV file in Slack", () => {
  it("downloads the attached file with the bot token, imports it, and the goal view shows the values", async () => {
    const answer = await dm("UADMIN", "indicator import", {
      name: "values.csv",
      filetype: "csv",
      bytes: "indicator;year;party;value\nT3-M1;2024;kaupunki;4,6\nT3-M1;2025;kaupunki;4,4\n",
    });
    expect(answer).toContain("2 new");
    expect(slack.fake.downloads.at(-1)?.token).toBe("xoxb-test-token");
    const goal = await dm("UADMIN", "goal T3");
    expect(goal).toContain("4.4 (2025, CSV)");
  });

  it("a broken file gets the line-numbered errors and nothing is stored", async () => {
    const before = stored();
    const answer = await dm("UADMIN", "indicator import", {
      name: "broken.csv",
      filetype: "csv",
      bytes: "T3-M1;2025;kaupunki;4,1\nT3-M9;2025;kaupunki;1\nT3-M1;20x5;kaupunki;1\n",
    });
    expect(answer).toMatch(/Line 2, column 1/);
    expect(answer).toMatch(/Line 3, column 7/);
    expect(answer).toContain("nothing was imported");
    expect(stored()).toBe(before);
  });

  it("refuses a file that is not CSV, or too big, in the person's language, without downloading it", async () => {
    const before = stored();
    const downloads = slack.fake.downloads.length;
    expect(await dm("USWED", "indikator importera", { name: "arvot.xlsx", filetype: "xlsx", bytes: "PK\u0003\u0004" })).toContain(
      "`arvot.xlsx` är inte en CSV-fil",
    );
    expect(await dm("UMEMB", "mittari tuo", { name: "iso.csv", filetype: "csv", bytes: "x", size: 5_000_000 })).toContain("`iso.csv` on yli 1 Mt");
    expect(slack.fake.downloads.length).toBe(downloads);
    expect(stored()).toBe(before);
  });
});
