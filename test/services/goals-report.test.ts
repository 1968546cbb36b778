import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection.js";
import type { Reply } from "../../src/conversation/reply.js";
import { importAgreement } from "../../src/services/agreement/index.js";
import { findForum } from "../../src/services/forums.js";
import { goalStatus, indicatorStatus, measureStatus, trendOf } from "../../src/services/goals/progress.js";
import { buildMeeting } from "../builders.js";
import { createTestCore, type TestCore } from "../support/core.js";
import { openTestDb } from "../support/db.js";

let db: Db;
let bot: TestCore;
const ADMIN = "marjatta.lehtinen";
const SECRETARY = "tuomas.kivela";
const KANNUS = "mikko.hietala";
const KOKKOLA_SV = "henrik.forsman";
const REGIONAL_COUNCIL = "antti.honkala";

async function command(personId: string, text: string): Promise<Reply> {
  return bot.core.handleCommand({ user: { platform: "console", id: personId }, text });
}

beforeAll(async () => {
  db = openTestDb();
  const yaml = readFileSync("examples/keski-pohjanmaa.yml", "utf8");
  const result = importAgreement(db, yaml, { actor: "import", now: 0, locale: "fi" });
  expect(result.ok).toBe(true);
  const johto = findForum(db, "keski-pohjanmaa", "JOHTO")!;
  const hyte = findForum(db, "keski-pohjanmaa", "HYTE")!;
  buildMeeting(db, johto, "2026-05-20T13:00");
  buildMeeting(db, johto, "2027-03-17T13:00");
  buildMeeting(db, johto, "2027-10-20T13:00");
  buildMeeting(db, hyte, "2026-11-04T09:00");
  bot = createTestCore(db, Date.parse("2027-10-21T10:00:00Z"));
  await bot.say(SECRETARY, "decision JOHTO-2026-1 - Työkykykoordinaattori vakinaistetaan. #T3");
  await bot.say(SECRETARY, "decision JOHTO-2027-1 - Kuntouttavan työtoiminnan paikat selvitetään. #T3 #T1");
  await bot.say(SECRETARY, "decision JOHTO-2027-2 - Seurantaraportti merkitään tiedoksi.");
});

describe("goal progress rule", () => {
  it("derives indicator, measure and goal status", () => {
    const facts = (values: number[]) => ({
      baselineValue: 2.4,
      targetValue: 1.8,
      direction: "lower" as const,
      values: values.map((value, i) => ({ year: 2025 + i, value, partyId: null })),
    });
    expect(indicatorStatus(facts([]))).toBe("no_data");
    expect(indicatorStatus(facts([2.3, 2.1]))).toBe("improving");
    expect(indicatorStatus(facts([2.6]))).toBe("worsening");
    expect(indicatorStatus(facts([1.8]))).toBe("achieved");
    expect(trendOf(facts([2.3, 2.1]).values)).toBe("down");
    expect(measureStatus({ status: "open", dueOn: "2027-06-30" }, "2027-07-01")).toBe("overdue");
    expect(measureStatus({ status: "open", dueOn: "2027-06-30" }, "2027-06-30")).toBe("open");
    expect(goalStatus(["improving"], ["done", "open"])).toBe("on_track");
    expect(goalStatus(["improving"], ["overdue"])).toBe("behind");
    expect(goalStatus(["achieved"], ["done"])).toBe("achieved");
    expect(goalStatus(["no_data"], ["open"])).toBe("not_started");
  });

  it("is documented in `help goal`", async () => {
    const text = await bot.say(KANNUS, "ohje tavoite");
    expect(text).toContain("saavutettu, kun jokainen mittari on saavuttanut tavoitearvonsa");
    expect(text).toContain("jäljessä, kun toimenpide on myöhässä");
  });
});

describe("follow-up on the demo region", () => {
  it("records indicator values for three years only for responsible parties and admins", async () => {
    expect(await bot.say(REGIONAL_COUNCIL, "indicator T3-M1 2025 2,3")).toContain("Tämän voivat kirjata vain vastuutahojen");
    expect(await bot.say(KANNUS, "mittari T3-M1 2025 2,3")).toContain("2025: 2,3 %");
    expect(await bot.say(ADMIN, "mittari T3-M1 2026 2,2")).toContain("2026: 2,2 %");
    expect(await bot.say(KANNUS, "mittari T3-M1 2027 2,0")).toContain("2027: 2 %");
    expect(await bot.say(KANNUS, "mittari T3-M1 2027 2,4 kannus")).toContain("2027: 2,4 % (Kannuksen kaupunki)");
    expect(await bot.say(KANNUS, "mittari T3-M1 2027 2,4 kokkola")).toContain("Tämän voivat kirjata vain");
    expect(await bot.say(KANNUS, "mittari T3-M1 20x7 2")).toContain("ei ole vuosi");
    expect(await bot.say(KANNUS, "mittari T3-M1 2027 kaksi")).toContain("ei ole luku");
  });

  it("records measure progress only for the measure's responsible parties", async () => {
    expect(await bot.say(KOKKOLA_SV, "åtgärd T3-T2 läge Platser i fem kommuner")).toContain("Endast de ansvariga parternas");
    expect(await bot.say(KANNUS, "toimenpide T3-T2 tilanne Paikat viidessä kunnassa")).toContain("käynnissä");
  });

  it("shows a goal with indicators, measures and its decisions newest first", async () => {
    const text = await bot.say(KANNUS, "tavoite T3");
    expect(text).toContain("T3 — Pitkäaikaistyöttömyys vähenee");
    expect(text).toContain("lähtötaso 2,4 (2024), tavoite 1,8 (2028), viimeisin 2 (2027) ↓ — parantunut");
    expect(text).toContain("arvot 2025: 2,3, 2026: 2,2, 2027: 2");
    expect(text).toContain("T3-T1");
    expect(text).toMatch(/T3-T2 .*määräaika 30\.6\.2027 — myöhässä: _Paikat viidessä kunnassa_/);
    expect(text).toMatch(/Tila\s+jäljessä/);
    const newer = text.indexOf("JOHTO 17.3.2027 § 1");
    const older = text.indexOf("JOHTO 20.5.2026 § 1");
    expect(newer).toBeGreaterThan(0);
    expect(older).toBeGreaterThan(newer);
    expect(await bot.say(KOKKOLA_SV, "mål T3")).toContain("Långtidsarbetslösheten minskar");
  });

  it("lists goals by workbook area with status", async () => {
    const text = await bot.say(KANNUS, "tavoitteet");
    expect(text).toContain("Työllisyys");
    expect(text).toMatch(/T3 Pitkäaikaistyöttömyys vähenee — jäljessä \(toimenpiteitä tehty 1\/2\)/);
    expect(await bot.say(KOKKOLA_SV, "målen")).toContain("Avtalets mål");
  });

  it("produces the yearly report with exports, charts and duties", async () => {
    // The follow-up duty counts with a final decision: the minutes of JOHTO-2027-2 are approved first.
    await bot.say(SECRETARY, `minutes inspectors JOHTO-2027-2 ${SECRETARY}`);
    await bot.say(SECRETARY, "minutes finish JOHTO-2027-2");
    expect(await bot.say(SECRETARY, "minutes approve JOHTO-2027-2")).toContain("sen 1 päätös on nyt lopullinen");
    const reply = await command(SECRETARY, "raportti 2027");
    const names = reply.attachments!.map((a) => a.filename);
    expect(names).toEqual(
      expect.arrayContaining(["report-2027.md", "report-2027.html", "report-2027.csv", "indicator-T3-M1-2027.svg", "indicator-T3-M1-2027.png"]),
    );
    const png = reply.attachments!.find((a) => a.filename === "indicator-T3-M1-2027.png")!.content as Uint8Array;
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
    const md = reply.attachments!.find((a) => a.filename === "report-2027.md")!.content as string;
    expect(md).toContain("# Yhteistyösopimuksen seuranta 2027");
    expect(md).toContain("_Foorumille Johdon yhteistyöfoorumi (JOHTO)_");
    expect(md).toContain("## T3 — Pitkäaikaistyöttömyys vähenee");
    expect(md).toContain("2,4 (2024) → 1,8 (2028); 2 (2027) ↓ — parantunut; 2025: 2,3, 2026: 2,2, 2027: 2");
    expect(md).toContain("### Toimenpiteet (1 tehty, 0 kesken, 1 myöhässä)");
    expect(md).toContain("- JOHTO 17.3.2027 § 1 Kuntouttavan työtoiminnan paikat selvitetään.");
    expect(md).not.toContain("JOHTO 20.5.2026 § 1");
    expect(md).toContain("## Lakisääteiset ja sovitut velvoitteet");
    expect(md).toMatch(/HYTE-neuvottelu \(612\/2021 7 §\) — .*: (täyttämättä|avoinna)/);
    expect(md).toMatch(/Sopimuksen vuosittainen seuranta — Johdon yhteistyöfoorumi: täytetty/);
    const csv = reply.attachments!.find((a) => a.filename === "report-2027.csv")!.content as string;
    expect(csv.split("\r\n")[0]).toBe("\uFEFFtavoite;rivi;koodi;nimi;lähtötaso;tavoite;viimeisin;tila;vastuutahot;määräaika");
    expect(csv).toContain("T3;mittari;T3-M1;Pitkäaikaistyöttömien osuus työvoimasta (%);2,4 (2024);1,8 (2028);2 (2027);parantunut;;");
    const html = reply.attachments!.find((a) => a.filename === "report-2027.html")!.content as string;
    expect(html).toContain("<svg");
    const svgText = await bot.say(KOKKOLA_SV, "rapport 2027");
    expect(svgText).toContain("Uppföljning av samarbetsavtalet 2027");
    expect(svgText).toContain("Beslut år 2027: 2");
  });

  it("shows a year's indicators only up to that year", async () => {
    const md = (await command(SECRETARY, "report 2026")).attachments!.find((a) => a.filename === "report-2026.md")!.content as string;
    expect(md).toContain("2,2 (2026)");
    expect(md).not.toContain("2027: 2");
  });
});
