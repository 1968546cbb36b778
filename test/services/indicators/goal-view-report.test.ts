/**
 * Fetched values in the goal view and the yearly report (issue 20 point 4), in fi and sv: per party the latest
 * value with its source, trend and status, the country as a reference, a typed value shown beside the fetched one
 * it overrides, the county's value standing for the region, and THL's attribution with the fetch date.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderMessage } from "../../../adapters/slack/render/blocks.js";
import { renderReplyCard } from "../../../adapters/teams/render/card.js";
import type { Db } from "../../../db/connection.js";
import type { Reply } from "../../../src/conversation/reply.js";
import { importAgreement } from "../../../src/services/agreement/index.js";
import { createTestCore, type TestCore } from "../../support/core.js";
import { checkCard } from "../../support/card-limits.js";
import { openTestDb } from "../../support/db.js";
import { checkMessage } from "../../support/slack-limits.js";
import { REGION_ID, startSotkanetFake, type SotkanetFake } from "../../support/sotkanet-fake.js";

const ADMIN = "marjatta.lehtinen";
const KOKKOLA_SV = "henrik.forsman";
let fake: SotkanetFake;
let db: Db;
let bot: TestCore;

beforeAll(async () => {
  fake = await startSotkanetFake();
  fake.values.set(
    5,
    [2021, 2022, 2023, 2024, 2025].flatMap((year) => [
      { region: REGION_ID.county, year, value: Math.round((4.4 - (year - 2021) * 0.1) * 10) / 10 },
      { region: REGION_ID.kokkola, year, value: Math.round((4.9 - (year - 2021) * 0.1) * 10) / 10 },
      { region: REGION_ID.halsua, year, value: 2.5 },
      { region: REGION_ID.country, year, value: 5.2 },
    ]),
  );
  db = openTestDb();
  const demo = readFileSync(new URL("../../../examples/keski-pohjanmaa.yml", import.meta.url), "utf8");
  expect(importAgreement(db, demo, { actor: "import", now: 0, locale: "fi" }).ok).toBe(true);
  // Fetched on Sunday 22 Nov 2026 at 00:30 in Helsinki (22:30 UTC the day before): the date shown is Helsinki's.
  const fetchBot = createTestCore(db, Date.parse("2026-11-21T22:30:00Z"), { env: { SOTKANET_URL: fake.url } });
  expect(await fetchBot.say(ADMIN, "mittari hae T3-M2")).toContain("haettu 22.11.2026");
  expect(await fetchBot.say(ADMIN, "mittari T3-M2 2025 3,9 kokkola")).toContain("2025: 3,9 %");
  bot = createTestCore(db, Date.parse("2026-12-01T10:00:00Z"), { env: { SOTKANET_URL: fake.url } });
});
afterAll(() => fake.close());

describe("goal view with fetched values", () => {
  it("shows each party, the country as reference, a typed value beside the fetched one, and the attribution (fi)", async () => {
    const view = await bot.say(ADMIN, "tavoite T3");
    // The county's value stands for the region: latest 4 (2025), better than the baseline 4,1.
    expect(view).toContain("viimeisin 4 (2025) ↓ — parantunut; arvot 2021: 4,4, 2022: 4,3, 2023: 4,2, 2024: 4,1, 2025: 4");
    expect(view).toContain("T3-M2 osapuolittain");
    expect(view).toContain("- Keski-Pohjanmaan hyvinvointialue: 4 (2025, THL Sotkanet) ↓ — parantunut");
    expect(view).toContain("- Kokkolan kaupunki: 3,9 (2025, käsin) ↓ — parantunut; käsin kirjattu arvo lasketaan, THL Sotkanet antaa 4,5");
    expect(view).toContain("- Halsuan kunta: 2,5 (2025, THL Sotkanet) → — tavoite saavutettu");
    expect(view).toContain("- Koko maa (vertailu): 5,2 (2025, THL Sotkanet) → — lähtötasoa heikompi");
    expect(view).toContain("Lähde: THL Sotkanet, CC BY 4.0, haettu 22.11.2026");
    // Parties come in the agreement's order, the country last.
    expect(view.indexOf("Keski-Pohjanmaan hyvinvointialue: 4")).toBeLessThan(view.indexOf("Kokkolan kaupunki: 3,9"));
    expect(view.indexOf("Halsuan kunta: 2,5")).toBeLessThan(view.indexOf("Koko maa (vertailu)"));
  });

  it("links each indicator with values to its chart, the report's chart stack", async () => {
    const reply = await bot.core.handleCommand({ user: { platform: "console", id: ADMIN }, text: "tavoite T3" });
    const links = reply.blocks.flatMap((b) => (b.kind === "actions" ? b.actions : []));
    expect(links).toEqual([{ kind: "link", label: "Kaavio T3-M2", url: "http://localhost:3978/reports/2026/T3-M2.png?lang=fi" }]);
  });

  it("in Swedish", async () => {
    const view = await bot.say(KOKKOLA_SV, "mål T3");
    expect(view).toContain("T3-M2 per part");
    expect(view).toContain("- Karleby stad: 3,9 (2025, för hand) ↓ — förbättrats; värdet inskrivet för hand räknas, THL Sotkanet ger 4,5");
    expect(view).toContain("- Hela landet (jämförelse): 5,2 (2025, THL Sotkanet)");
    expect(view).toContain("Källa: THL Sotkanet, CC BY 4.0, hämtat 22.11.2026");
  });

  it("a goal without tied indicators looks as before: no party lines, no attribution", async () => {
    const view = await bot.say(ADMIN, "tavoite T5");
    expect(view).not.toContain("osapuolittain");
    expect(view).not.toContain("THL Sotkanet, CC BY 4.0");
  });
});

describe("yearly report with fetched values", () => {
  const report = async (person: string, text: string): Promise<Reply> => bot.core.handleCommand({ user: { platform: "console", id: person }, text });
  const file = (r: Reply, name: string) => r.attachments!.find((a) => a.filename === name)!.content as string;

  it("lists the parties and the country under the indicator, with the attribution, in every format (fi)", async () => {
    const r = await report(ADMIN, "raportti 2025");
    const md = file(r, "report-2025.md");
    expect(md).toContain("  - Kokkolan kaupunki: 3,9 (2025, käsin) ↓ — parantunut; käsin kirjattu arvo lasketaan, THL Sotkanet antaa 4,5");
    expect(md).toContain("  - Koko maa (vertailu): 5,2 (2025, THL Sotkanet)");
    expect(md).toContain("_Lähde: THL Sotkanet, CC BY 4.0, haettu 22.11.2026_");
    const html = file(r, "report-2025.html");
    expect(html).toContain("<li>Keski-Pohjanmaan hyvinvointialue: 4 (2025, THL Sotkanet) ↓ — parantunut</li>");
    expect(html).toContain("Lähde: THL Sotkanet, CC BY 4.0, haettu 22.11.2026");
    expect(file(r, "report-2025.csv")).toContain("T3;osapuolittain;T3-M2;Halsuan kunta: 2,5 (2025, THL Sotkanet) → — tavoite saavutettu;");
    // The chart carries the country as a grey reference line beside the region's series.
    const svg = file(r, "indicator-T3-M2-2025.svg");
    expect(svg).toContain('stroke="#999"');
    expect(svg).toContain('stroke="#1f5fa8"');
  });

  it("a report of an earlier year shows the values up to that year only (sv)", async () => {
    const r = await report(KOKKOLA_SV, "rapport 2023");
    const md = file(r, "report-2023.md");
    expect(md).toContain("  - Karleby stad: 4,7 (2023, THL Sotkanet) ↓");
    expect(md).not.toContain("2025");
    expect(md).toContain("_Källa: THL Sotkanet, CC BY 4.0, hämtat 22.11.2026_");
  });
});

describe("on the platforms", () => {
  // Last: the fetch here confirms the values again, which moves the fetch date the tests above read.
  it("the goal view and a fetch report pass Slack's limits and the Teams card checks", async () => {
    for (const text of ["tavoite T3", "mittari hae"]) {
      const reply = await bot.core.handleCommand({ user: { platform: "console", id: ADMIN }, text });
      expect(checkMessage(renderMessage(reply) as unknown as Record<string, unknown>)).toEqual([]);
      expect(checkCard(renderReplyCard(reply))).toEqual([]);
    }
  });
});
