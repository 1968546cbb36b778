/**
 * `indicator fetch` through the real Slack path (issue 20): a signed slash command, the ack at once, the fetch from
 * the loopback Sotkanet fake, the answer at the response_url; then `/goal T3` shows the parties' values with THL's
 * attribution, in Block Kit Slack accepts.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indicators, parties } from "../../../db/schema/index.js";
import { buildGoals } from "../../support/goal-builders.js";
import { REGION_ID, startSotkanetFake, type SotkanetFake } from "../../support/sotkanet-fake.js";
import { waitFor } from "./fake-slack-api.js";
import { postCommand } from "./signed-request.js";
import { fixture, SIGNING_SECRET, useSlackServer } from "./slack-server.js";

let sotkanet: SotkanetFake;
const env: Record<string, string> = {};
beforeAll(async () => {
  sotkanet = await startSotkanetFake();
  env.SOTKANET_URL = sotkanet.url;
  sotkanet.values.set(5, [
    { region: REGION_ID.county, year: 2024, value: 11.5 },
    { region: REGION_ID.kokkola, year: 2024, value: 12.5 },
    { region: REGION_ID.kokkola, year: 2025, value: 13 },
    { region: REGION_ID.country, year: 2025, value: 9.5 },
  ]);
});
afterAll(() => sotkanet.close());

const slack = useSlackServer({
  env,
  setup: ({ server }) => {
    const db = server.app.db;
    const { ind } = buildGoals(db);
    db.update(indicators).set({ sotkanetId: 5 }).where(eq(indicators.id, ind.id)).run();
    db.update(parties).set({ statisticsCode: "18" }).where(eq(parties.id, "hva")).run();
    db.update(parties).set({ statisticsCode: "272" }).where(eq(parties.id, "kaupunki")).run();
  },
});

let seq = 0;
async function slash(user: string, command: string, text: string) {
  const id = `s${++seq}`;
  const fields = { ...fixture("slash-command"), user_id: user, command, text, channel_id: "C0JOHTO", response_url: slack.fake.responseUrl(id) };
  const res = await postCommand(slack.server.url, fields, { secret: SIGNING_SECRET });
  expect(res.status).toBe(200);
  const posted = await waitFor(() => slack.fake.responses.find((r) => r.path.endsWith(`/${id}`)), `reply to ${command} ${text}`);
  return JSON.stringify(posted.body);
}

describe("indicator fetch over Slack", () => {
  it("fetches from Sotkanet and the goal view shows each party and the country with the attribution", async () => {
    const fetched = await slash("UMEMB", "/yhdyspinta", "mittari hae T3");
    expect(fetched).toContain("Arvot THL:n Sotkanetista");
    expect(fetched).toContain("4 arvoa, vuodet 2024–2025; 4 uutta");
    expect(sotkanet.requests.some((r) => r.path === "/json")).toBe(true);
    const goal = await slash("UMEMB", "/goal", "T3");
    expect(goal).toContain("Kaupunki: 13 (2025, THL Sotkanet) ↑ — parantunut");
    expect(goal).toContain("Koko maa (vertailu): 9,5 (2025, THL Sotkanet)");
    expect(goal).toContain("Lähde: THL Sotkanet, CC BY 4.0, haettu 22.11.2026");
  });
});
