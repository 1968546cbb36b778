/**
 * `indicator fetch` against a loopback fake of THL Sotkanet serving the real shapes (issue 20 points 2, 5, 6):
 * values per party with a statistics code and for the whole country, re-fetch idempotent, a hand-typed value kept,
 * every failure mode answered clearly in fi and sv with the last good values kept and nothing half-written.
 */
import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../../db/connection.js";
import { auditLog, indicatorObservations, indicators, indicatorValues, parties } from "../../../db/schema/index.js";
import { importAgreement } from "../../../src/services/agreement/index.js";
import { findIndicator } from "../../../src/services/goals/queries.js";
import { createTestCore, type TestCore } from "../../support/core.js";
import { openTestDb } from "../../support/db.js";
import { REGION_ID, startSotkanetFake, type SotkanetFake } from "../../support/sotkanet-fake.js";

const demo = readFileSync(new URL("../../../examples/keski-pohjanmaa.yml", import.meta.url), "utf8");
const ADMIN = "marjatta.lehtinen";
const KANNUS = "mikko.hietala";
const KOKKOLA_SV = "henrik.forsman";
const REGIONAL_COUNCIL = "antti.honkala";
const NOW = Date.parse("2026-11-22T10:00:00Z");

let fake: SotkanetFake;
let db: Db;
let bot: TestCore;

function seedValues(): void {
  const rows = [];
  for (const year of [2019, 2020, 2021, 2022, 2023, 2024, 2025]) {
    const step = year - 2021;
    rows.push(
      { region: REGION_ID.county, year, value: 4.4 - step * 0.1, absolute: 1600 - step * 20 },
      { region: REGION_ID.kokkola, year, value: 4.9 - step * 0.1 },
      { region: REGION_ID.kannus, year, value: 3.1 },
      { region: REGION_ID.country, year, value: 5.2 - step * 0.05 },
      // Kainuu's region code is 18 too: its values must never land on the county.
      { region: REGION_ID.kainuu, year, value: 8.8 },
      { region: 41, year, value: 6.5 },
      { region: REGION_ID.county, year, gender: "female" as const, value: 3.33 },
    );
  }
  fake.values.set(5, rows);
  fake.values.set(1086, [
    { region: REGION_ID.county, year: 2024, value: 7.6 },
    { region: REGION_ID.country, year: 2024, value: 8.1 },
  ]);
}

const observations = () => db.select().from(indicatorObservations).all();
const observed = (code: string, area: string, year: number) => {
  const id = findIndicator(db, "keski-pohjanmaa", code)!.id;
  return observations().find((o) => o.indicatorId === id && o.area === area && o.year === year)?.value;
};

beforeAll(async () => {
  fake = await startSotkanetFake();
});
afterAll(() => fake.close());

beforeEach(() => {
  db = openTestDb();
  expect(importAgreement(db, demo, { actor: "import", now: 0, locale: "fi" }).ok).toBe(true);
  fake.setMode("ok");
  fake.requests.length = 0;
  seedValues();
  bot = createTestCore(db, NOW, { env: { SOTKANET_URL: fake.url, SOTKANET_TIMEOUT_SECONDS: "1" } });
});

describe("indicator fetch from THL Sotkanet", () => {
  it("stores each coded party's and the country's values, with attribution, asking THL politely", async () => {
    const answer = await bot.say(ADMIN, "mittari hae");
    expect(answer).toContain("Arvot THL:n Sotkanetista");
    expect(answer).toContain(
      "T3-M2 Toimeentulotukea saaneet 25–64-vuotiaat, % vastaavanikäisestä väestöstä (Sotkanet 5): 20 arvoa, vuodet 2021–2025; 20 uutta",
    );
    expect(answer).toContain("T2-M3");
    expect(answer).toContain("Lähde: THL Sotkanet, CC BY 4.0, haettu 22.11.2026");
    expect(observed("T3-M2", "hva", 2023)).toBeCloseTo(4.2);
    expect(observed("T3-M2", "kokkola", 2025)).toBeCloseTo(4.5);
    expect(observed("T3-M2", "country", 2021)).toBeCloseTo(5.2);
    // Years from two before the baseline (2023) to the last Sotkanet has; no female series, no Kainuu, no Helsinki.
    expect(observed("T3-M2", "hva", 2020)).toBeUndefined();
    expect(observations().every((o) => o.value !== 8.8 && o.value !== 6.5 && o.value !== 3.33)).toBe(true);
    const json = fake.requests.find((r) => r.path === "/json" && r.query.get("indicator") === "5")!;
    expect(json.query.getAll("years")).toEqual(["2021", "2022", "2023", "2024", "2025"]);
    expect(json.query.getAll("genders")).toEqual(["total"]);
    expect(fake.requests.every((r) => r.userAgent?.startsWith("Yhdyspinta/"))).toBe(true);
    // An indicator without a Sotkanet id is not asked for.
    expect(fake.requests.filter((r) => r.path.startsWith("/indicators/")).map((r) => r.path)).toEqual(["/indicators/1086", "/indicators/5"]);
  });

  it("a re-fetch changes nothing, and a value THL corrected is updated and audited", async () => {
    await bot.say(ADMIN, "mittari hae");
    const first = observations().map(({ value, area, year, indicatorId }) => ({ value, area, year, indicatorId }));
    const again = await bot.say(ADMIN, "mittari hae T3-M2");
    expect(again).toContain("20 arvoa, vuodet 2021–2025; 0 uutta, 0 muuttunutta");
    expect(observations().map(({ value, area, year, indicatorId }) => ({ value, area, year, indicatorId }))).toEqual(first);
    fake.values.get(5)!.find((v) => v.region === REGION_ID.kokkola && v.year === 2024)!.value = 4.7;
    expect(await bot.say(ADMIN, "mittari hae T3")).toContain("0 uutta, 1 muuttunut");
    expect(observed("T3-M2", "kokkola", 2024)).toBe(4.7);
    const audit = db.select().from(auditLog).where(eq(auditLog.action, "indicator.fetch")).all().at(-1)!;
    expect(audit).toMatchObject({ actor: ADMIN, entityId: "T3-M2", before: [{ area: "kokkola", year: 2024, value: expect.closeTo(4.6) }] });
  });

  it("never overwrites a value typed by hand", async () => {
    expect(await bot.say(ADMIN, "mittari T3-M2 2024 9,9 kokkola !")).toContain("2024: 9,9 %");
    await bot.say(ADMIN, "mittari hae");
    const typed = db.select().from(indicatorValues).all();
    expect(typed).toMatchObject([{ year: 2024, partyId: "kokkola", value: 9.9, recordedBy: ADMIN }]);
    expect(observed("T3-M2", "kokkola", 2024)).toBeCloseTo(4.6);
  });

  it("a person of a responsible party may fetch their goals' indicators; others are told who may", async () => {
    expect(await bot.say(KANNUS, "mittari hae T3-M2")).toContain("20 arvoa");
    expect(await bot.say(REGIONAL_COUNCIL, "mittari hae")).toContain("Tämän voivat kirjata vain vastuutahojen");
    expect(await bot.say(ADMIN, "mittari hae T3-M1")).toContain("Kohteella `T3-M1` ei ole THL:n Sotkanetiin kytkettyä mittaria");
    expect(await bot.say(ADMIN, "mittari hae T9")).toContain("Tavoitetta tai mittaria `T9` ei ole");
  });

  it("dates the fetch in Helsinki time on both sides of the clock change", async () => {
    // 00:30 in Helsinki is 21:30 UTC the day before in summer (EEST, +3) and 22:30 UTC in winter (EET, +2).
    const summer = createTestCore(db, Date.parse("2026-06-30T21:30:00Z"), { env: { SOTKANET_URL: fake.url } });
    expect(await summer.say(ADMIN, "mittari hae T3-M2")).toContain("haettu 1.7.2026");
    const winter = createTestCore(db, Date.parse("2026-11-30T22:30:00Z"), { env: { SOTKANET_URL: fake.url } });
    expect(await winter.say(ADMIN, "mittari hae T3-M2")).toContain("haettu 1.12.2026");
    const stillNovember = createTestCore(db, Date.parse("2026-11-30T21:30:00Z"), { env: { SOTKANET_URL: fake.url } });
    expect(await stillNovember.say(ADMIN, "mittari hae T3-M2")).toContain("haettu 30.11.2026");
  });

  it("answers in Swedish with `indikator hämta`", async () => {
    const answer = await bot.say(KOKKOLA_SV, "indikator hämta T3-M2");
    expect(answer).toContain("Värden från THL:s Sotkanet");
    expect(answer).toContain("20 värden, åren 2021–2025; 20 nya, 0 ändrade");
    expect(answer).toContain("Källa: THL Sotkanet, CC BY 4.0, hämtat 22.11.2026");
  });

  it.each([
    { mode: "slow" as const, fi: "THL:n Sotkanet ei vastannut 1 sekunnissa.", sv: "THL:s Sotkanet svarade inte inom 1 sekunder." },
    { mode: "error500" as const, fi: "vastasi virheellä", sv: "svarade med ett fel" },
    { mode: "garbage" as const, fi: "vastausta ei voitu lukea", sv: "kunde inte läsas" },
  ])("$mode: a clear message in fi and sv, the last good values kept, nothing written", async ({ mode, fi, sv }) => {
    await bot.say(ADMIN, "mittari hae");
    for (const v of fake.values.get(5)!) v.value += 1;
    const before = observations();
    const audits = db.select().from(auditLog).all().length;
    fake.setMode(mode, { delayMs: 3_000 });
    const fiAnswer = await bot.say(ADMIN, "mittari hae");
    expect(fiAnswer).toContain(fi);
    expect(fiAnswer).toContain("Aiemmin haetut arvot säilyvät");
    expect(await bot.say(KOKKOLA_SV, "indikator hämta T3-M2")).toContain(sv);
    expect(observations()).toEqual(before);
    expect(db.select().from(auditLog).all().length).toBe(audits);
  });

  it("a partial answer (the JSON cut short) and an unknown indicator fail that indicator only", async () => {
    db.update(indicators).set({ sotkanetId: 424242 }).where(eq(indicators.code, "T2-M3")).run();
    fake.setMode("truncated", { only: "/json" });
    const cut = await bot.say(ADMIN, "mittari hae");
    expect(cut).toContain(
      "T3-M2 Toimeentulotukea saaneet 25–64-vuotiaat, % vastaavanikäisestä väestöstä (Sotkanet 5): THL:n Sotkanetin vastausta ei voitu lukea",
    );
    expect(cut).toContain("(Sotkanet 424242): THL:n Sotkanetissa ei ole mittaria tällä tunnuksella");
    expect(observations()).toEqual([]);
    fake.setMode("ok");
    const fixed = await bot.say(ADMIN, "mittari hae");
    expect(fixed).toContain("(Sotkanet 5): 20 arvoa");
    expect(fixed).toContain("(Sotkanet 424242): THL:n Sotkanetissa ei ole mittaria");
  });

  it("Sotkanet unreachable: nothing fetched, said plainly", async () => {
    const closed = await startSotkanetFake();
    await closed.close();
    const offline = createTestCore(db, NOW, { env: { SOTKANET_URL: closed.url } });
    const answer = await offline.say(ADMIN, "mittari hae");
    expect(answer).toContain("THL:n Sotkanetiin ei saada juuri nyt yhteyttä. Aiemmin haetut arvot säilyvät");
    expect(observations()).toEqual([]);
  });

  it("a statistics code Sotkanet does not know is named; the others are fetched", async () => {
    db.update(parties).set({ statisticsCode: "999" }).where(eq(parties.id, "kannus")).run();
    const answer = await bot.say(ADMIN, "mittari hae T3-M2");
    expect(answer).toContain("Sotkanet ei tunne näitä tilastokoodeja, joten niiden arvoja ei haettu: Kannuksen kaupunki (999)");
    expect(observed("T3-M2", "kokkola", 2025)).toBeCloseTo(4.5);
  });

  it("a region whose parties have no statistics codes still gets the country reference", async () => {
    db.update(parties).set({ statisticsCode: null }).run();
    expect(await bot.say(ADMIN, "mittari hae T3-M2")).toContain("5 arvoa");
    expect(new Set(observations().map((o) => o.area))).toEqual(new Set(["country"]));
  });
});

describe("re-importing the agreement", () => {
  it("drops fetched values when an indicator's Sotkanet id or a party's statistics code changes, and keeps them otherwise", async () => {
    await bot.say(ADMIN, "mittari hae");
    const count = (area: string, code: string) =>
      observations().filter((o) => o.area === area && o.indicatorId === findIndicator(db, "keski-pohjanmaa", code)!.id).length;
    expect([count("kokkola", "T3-M2"), count("hva", "T2-M3")]).toEqual([5, 1]);
    const reimport = (text: string) => expect(importAgreement(db, text, { actor: "import", now: 1, locale: "fi" }).ok).toBe(true);
    reimport(demo);
    expect([count("kokkola", "T3-M2"), count("hva", "T2-M3")]).toEqual([5, 1]);
    reimport(demo.replace('statistics_code: "272"', 'statistics_code: "273"').replace("sotkanet: 1086", "sotkanet: 1087"));
    expect([count("kokkola", "T3-M2"), count("hva", "T3-M2"), count("hva", "T2-M3")]).toEqual([0, 5, 0]);
  });
});
