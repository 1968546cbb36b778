/**
 * `indicator import` with a CSV file attached in a Teams personal chat (issue 20 point 3), through the real
 * botbuilder stack: the adapter downloads the file.download.info attachment's downloadUrl from a loopback file host,
 * the values are imported and the goal view shows them; a broken file gets its line-numbered errors and stores
 * nothing; a file that is not CSV is refused without being downloaded, one past 1 MB as soon as the cap is passed.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indicatorObservations } from "../../../db/schema/index.js";
import { buildGoals } from "../../support/goal-builders.js";
import { waitFor } from "../slack/fake-slack-api.js";
import { startTeamsE2e, teamsChat, type TeamsE2e } from "./harness.js";

let t: TeamsE2e;
const chat = teamsChat(() => t);
/** The far side of downloadUrl: a short-lived pre-authorised file link, here on loopback. */
let host: Server;
let hostUrl = "";
const hosted = new Map<string, string>();
const downloads: string[] = [];

beforeAll(async () => {
  t = await startTeamsE2e();
  buildGoals(t.app.db);
  host = createServer((req, res) => {
    downloads.push(req.url ?? "");
    const body = hosted.get(req.url ?? "");
    res.writeHead(body === undefined ? 404 : 200, { "content-type": "application/octet-stream" });
    res.end(body ?? "");
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => host?.close(() => resolve()));
});

const admin = { from: { id: "29:aad-admin", aadObjectId: "aad-admin" } };
const stored = () => t.app.db.select().from(indicatorObservations).all().length;

/** Says `text` in the personal chat with a file attached as Teams delivers it; resolves with the bot's answer. */
async function sayWithFile(text: string, name: string, fileType: string, body: string, expected: RegExp) {
  const path = `/download/${hosted.size + 1}/${name}`;
  hosted.set(path, body);
  const attachments = [
    {
      contentType: "application/vnd.microsoft.teams.file.download.info",
      name,
      content: { downloadUrl: `${hostUrl}${path}`, uniqueId: `u${hosted.size}`, fileType },
    },
  ];
  const from = await chat.say(text, { ...admin, attachments });
  return waitFor(() => expected.test(chat.textOf(from)) && chat.textOf(from), `answer to ${text} with ${name}`);
}

describe("indicator import with a CSV file in Teams", () => {
  it("downloads the attached file, imports it, and the goal view shows the values", async () => {
    const answer = await sayWithFile(
      "mittari tuo",
      "values.csv",
      "csv",
      "indicator;year;party;value\nT3-M1;2024;kaupunki;4,6\nT3-M1;2025;kaupunki;4,4\n",
      /Tuotiin/,
    );
    expect(answer).toContain("Tuotiin 2 arvoa (T3-M1): 2 uutta, 0 muuttunutta");
    const from = await chat.say("tavoite T3", admin);
    expect(await waitFor(() => /4,4 \(2025, CSV\)/.test(chat.textOf(from)), "goal view")).toBe(true);
  });

  it("a broken file gets the line-numbered errors and nothing is stored", async () => {
    const before = stored();
    const answer = await sayWithFile("mittari tuo", "broken.csv", "csv", "T3-M1;2025;kaupunki;4,1\nT3-M9;2025;kaupunki;1\n", /mitään ei tuotu/);
    expect(answer).toContain("Rivi 2, sarake 1 (mittari): mittaria T3-M9 ei ole");
    expect(stored()).toBe(before);
  });

  it("stops reading a file past 1 MB (Teams declares no size) and stores nothing", async () => {
    const before = stored();
    const big = "T3-M1;2025;kaupunki;4,1\n".repeat(50_000);
    const answer = await sayWithFile("mittari tuo", "iso.csv", "csv", big, /yli 1 Mt/);
    expect(answer).toContain("iso.csv on yli 1 Mt");
    expect(stored()).toBe(before);
  });

  it("refuses a file that is not CSV without downloading it", async () => {
    const count = downloads.length;
    const answer = await sayWithFile("mittari tuo", "values.xlsx", "xlsx", "PK", /ei ole CSV-tiedosto/);
    expect(answer).toContain("values.xlsx");
    expect(downloads.length).toBe(count);
  });
});
