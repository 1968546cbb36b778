/**
 * Indicator values from CSV (issue 20 point 3): `npx yhdyspinta indicators import values.csv` and `indicator import`
 * with the lines pasted in chat. Semicolons and decimal commas (Excel in fi/sv) or commas and points, an optional
 * header, party by id or name; every error names its line and column in the reader's language; all or nothing.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../db/connection.js";
import { auditLog, indicatorObservations } from "../../../db/schema/index.js";
import { openDatabase } from "../../../db/connection.js";
import { runCli } from "../../../src/cli/main.js";
import { readCsvRows } from "../../../src/domain/csv-rows.js";
import { importAgreement } from "../../../src/services/agreement/index.js";
import { createTestCore } from "../../support/core.js";
import { openTestDb, tempDbPath } from "../../support/db.js";

const demo = readFileSync(new URL("../../../examples/keski-pohjanmaa.yml", import.meta.url), "utf8");
const fixture = (name: string) => new URL(`../../fixtures/indicators/${name}`, import.meta.url).pathname;
const NOW = Date.parse("2026-11-22T10:00:00Z");

describe("CSV rows", () => {
  it("reads semicolons, quotes with doubled quotes and a BOM, and keeps each cell's line and column", () => {
    expect(readCsvRows('\uFEFFa;"b ""c"";d";e\r\n\r\nf;g;h;i')).toEqual([
      {
        line: 1,
        cells: [
          { text: "a", column: 1 },
          { text: 'b "c";d', column: 3 },
          { text: "e", column: 15 },
        ],
      },
      {
        line: 3,
        cells: [
          { text: "f", column: 1 },
          { text: "g", column: 3 },
          { text: "h", column: 5 },
          { text: "i", column: 7 },
        ],
      },
    ]);
    expect(readCsvRows("x,1,,2.5").map((r) => r.cells.map((c) => c.text))).toEqual([["x", "1", "", "2.5"]]);
  });
});

describe("npx yhdyspinta indicators import", () => {
  const dbPath = tempDbPath("yhdyspinta-csv-");
  const saved = { DATABASE_PATH: process.env.DATABASE_PATH, LANG: process.env.LANG };
  const cli = async (argv: string[], lang = "fi_FI.UTF-8") => {
    const out: string[] = [];
    const err: string[] = [];
    process.env.LANG = lang;
    const code = await runCli(
      argv,
      (s) => out.push(s),
      (s) => err.push(s),
    );
    return { code, out: out.join("\n"), err: err.join("\n") };
  };
  let db: Db;
  beforeAll(() => {
    process.env.DATABASE_PATH = dbPath;
    db = openDatabase(dbPath);
    expect(importAgreement(db, demo, { actor: "import", now: 0, locale: "fi" }).ok).toBe(true);
  });
  afterAll(() => {
    db.$client.close();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it("names every broken line and column, in Finnish and in Swedish, and imports nothing", async () => {
    const audits = db.select().from(auditLog).all().length;
    const fi = await cli(["indicators", "import", fixture("broken.csv")]);
    expect(fi.code).toBe(1);
    expect(fi.err.split("\n")).toEqual([
      "Rivi 3, sarake 1 (mittari): mittaria `T3-M9` ei ole",
      "Rivi 4, sarake 7 (vuosi): `20x5` ei ole vuosi",
      "Rivi 5, sarake 12 (osapuoli): osapuolta `helsinki` ei ole (kirjoita sen tunnus tai nimi, tai jätä tyhjäksi koko alueelle)",
      "Rivi 6, sarake 19 (arvo): `neljä` ei ole luku",
      "Rivi 7, sarake 13 (arvo): 140 ei ole prosenttiosuus: arvon pitää olla välillä 0–100.",
      "Rivi 8, sarake 1 (mittari): sama mittari, vuosi ja osapuoli on jo rivillä 2",
      "Rivi 9, sarake 7 (vuosi): Vuotta 2031 ei ole vielä tullut: arvoja voi kirjata vuoteen 2026 asti.",
      "Rivi 10, sarake 7 (mittari): odotettiin 4 saraketta (mittarin koodi; vuosi; osapuoli; arvo), saatiin 2",
      "CSV-tiedostossa on virheitä (8); mitään ei tuotu.",
    ]);
    const sv = await cli(["indicators", "import", fixture("broken.csv")], "sv_FI.UTF-8");
    expect(sv.err).toContain("Rad 4, kolumn 7 (år): `20x5` är inget år");
    expect(sv.err).toContain("CSV-filen har 8 fel; inget importerades.");
    expect(db.select().from(indicatorObservations).all()).toEqual([]);
    expect(db.select().from(auditLog).all().length).toBe(audits);
  });

  it("imports a spreadsheet's CSV (semicolons, decimal commas, header, names), and again without changes", async () => {
    const first = await cli(["indicators", "import", fixture("values.csv")]);
    expect(first).toMatchObject({ code: 0, err: "" });
    expect(first.out).toBe("Tuotiin 4 arvoa (T3-M2, T1-M1, T3-M1): 4 uutta, 0 muuttunutta. Käsin kirjattu arvo lasketaan edelleen tuodun sijaan.");
    const rows = db
      .select()
      .from(indicatorObservations)
      .all()
      .map((o) => [o.area, o.year, o.value, o.source, o.fetchedBy]);
    expect(rows).toEqual([
      ["kokkola", 2024, 4.6, "csv", "cli"],
      ["kokkola", 2025, 4.4, "csv", "cli"],
      ["region", 2025, 33.5, "csv", "cli"],
      ["kannus", 2025, 2.2, "csv", "cli"],
    ]);
    expect((await cli(["indicators", "import", fixture("values.csv")])).out).toContain("0 uutta, 0 muuttunutta");
    expect(db.select().from(indicatorObservations).all()).toHaveLength(4);
  });

  it("says how to use it", async () => {
    expect((await cli(["indicators", "import"])).code).toBe(2);
    expect((await cli(["indicators", "nonsense"])).err).toContain("indicators import <file.csv>");
  });
});

describe("indicator import in chat", () => {
  let db: Db;
  beforeAll(() => {
    db = openTestDb();
    expect(importAgreement(db, demo, { actor: "import", now: 0, locale: "fi" }).ok).toBe(true);
  });
  const say = (person: string, text: string) => createTestCore(db, NOW).say(person, text);

  it("takes the pasted lines, and the goal view shows them as CSV values", async () => {
    const answer = await say("marjatta.lehtinen", "mittari tuo\nT3-M2;2024;kokkola;4,6\nT3-M2;2025;kokkola;4,4");
    expect(answer).toContain("Tuotiin 2 arvoa (T3-M2): 2 uutta, 0 muuttunutta");
    expect(await say("marjatta.lehtinen", "tavoite T3")).toContain("- Kokkolan kaupunki: 4,4 (2025, CSV) ↓ — lähtötasoa heikompi");
  });

  it("a person of a responsible party imports for their own party only; the errors name the lines (sv)", async () => {
    const answer = await say("henrik.forsman", "indikator importera\nT3-M2;2025;kokkola;4,3\nT3-M2;2025;kannus;3,1\nT6-M1;2025;kokkola;-0,5");
    expect(answer).toContain("Rad 2, kolumn 12 (part): Endast de ansvariga parternas (Kannus stad) personer");
    expect(answer).toContain("Rad 3, kolumn 1 (mätare): Endast de ansvariga parternas (");
    expect(answer).toContain("CSV-filen har 2 fel; inget importerades.");
    expect(await say("henrik.forsman", "indikator importera T3-M2;2025;kokkola;4,3")).toContain("Importerade 1 värden (T3-M2): 0 nya, 1 ändrade");
    expect(await say("henrik.forsman", "indikator importera")).toContain("Klistra in CSV-raderna efter kommandot");
  });
});
