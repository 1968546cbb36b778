/**
 * The agreement file's statistics ties (issue 20 point 1): a party's `statistics_code` and an indicator's `sotkanet`
 * id (with an optional `gender`) are validated with line and field, imported, and written back by export.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listParties } from "../../../src/services/parties.js";
import { checkAgreement, exportAgreement, formatIssues, importAgreement } from "../../../src/services/agreement/index.js";
import { findIndicator } from "../../../src/services/goals/queries.js";
import { openTestDb } from "../../support/db.js";

const small = readFileSync(new URL("../../fixtures/agreements/valid-small.yml", import.meta.url), "utf8");
const demo = readFileSync(new URL("../../../examples/keski-pohjanmaa.yml", import.meta.url), "utf8");

const tied = small
  .replace("    names: { fi: Hyvinvointialue }\n", '    names: { fi: Hyvinvointialue }\n    statistics_code: "18"\n')
  .replace("    names: { fi: Kokkola, sv: Karleby }\n", "    names: { fi: Kokkola, sv: Karleby }\n    statistics_code: 272\n")
  .replace("          source: THL Sotkanet\n", "          source: THL Sotkanet\n          sotkanet: 289\n          gender: female\n");

describe("statistics ties in the agreement file", () => {
  it("imports the codes and the Sotkanet id, and export writes them back the same", () => {
    const db = openTestDb();
    expect(importAgreement(db, tied, { actor: "import", now: 1, locale: "fi" }).ok).toBe(true);
    const codes = Object.fromEntries(listParties(db, "keski-pohjanmaa").map((p) => [p.id, p.statisticsCode]));
    expect(codes).toEqual({ hva: "18", kokkola: "272" });
    const m1 = findIndicator(db, "keski-pohjanmaa", "M1")!;
    expect([m1.sotkanetId, m1.sotkanetGender]).toEqual([289, "female"]);
    const exported = exportAgreement(db);
    expect(exported).toContain('statistics_code: "272"');
    expect(exported).toContain("sotkanet: 289");
    expect(exported).toContain("gender: female");
    const again = openTestDb();
    expect(importAgreement(again, exported, { actor: "import", now: 2, locale: "fi" }).ok).toBe(true);
    expect(exportAgreement(again)).toBe(exported);
  });

  it("the demo region carries the real codes: the county 18, Kokkola 272, Halsua 074 with its leading zero", () => {
    const db = openTestDb();
    expect(importAgreement(db, demo, { actor: "import", now: 1, locale: "fi" }).ok).toBe(true);
    const codes = Object.fromEntries(listParties(db, "keski-pohjanmaa").map((p) => [p.id, p.statisticsCode]));
    expect(codes).toMatchObject({ hva: "18", kokkola: "272", halsua: "074", maakuntaliitto: "16", jarjestoverkko: null });
    expect(findIndicator(db, "keski-pohjanmaa", "T3-M2")?.sotkanetId).toBe(5);
    // An indicator without an id stays one typed by hand (point 6).
    expect(findIndicator(db, "keski-pohjanmaa", "T3-M1")?.sotkanetId).toBeNull();
    expect(exportAgreement(db)).toContain('statistics_code: "074"');
  });

  it("a municipality's code written as a bare number without its leading zero is read as the official code", () => {
    const db = openTestDb();
    const text = tied.replace("statistics_code: 272", "statistics_code: 74");
    expect(importAgreement(db, text, { actor: "import", now: 1, locale: "fi" }).ok).toBe(true);
    expect(listParties(db, "keski-pohjanmaa").find((p) => p.id === "kokkola")?.statisticsCode).toBe("074");
  });

  it.each([
    {
      name: "a county code of three digits",
      text: tied.replace('statistics_code: "18"', 'statistics_code: "272"'),
      line: 10,
      field: "parties[0].statistics_code",
      fi: "`272` on liian pitkä tyypin wellbeing_county osapuolelle",
      sv: "`272` är för lång för en part av typen wellbeing_county",
    },
    {
      name: "letters in a code",
      text: tied.replace("statistics_code: 272", "statistics_code: K272"),
      line: 14,
      field: "parties[1].statistics_code",
      fi: "virallinen tilastokoodi numeroina",
      sv: "den officiella statistikkoden med siffror",
    },
    {
      name: "a gender without a Sotkanet id",
      text: tied.replace("          sotkanet: 289\n", ""),
      line: 39,
      field: "agreement.goals[0].indicators[0].gender",
      fi: "anna mittarille myös sen `sotkanet`-tunnus",
      sv: "ange också mätarens `sotkanet`-id",
    },
    {
      name: "a Sotkanet id that is not a positive whole number",
      text: tied.replace("sotkanet: 289", "sotkanet: -4"),
      line: 39,
      field: "agreement.goals[0].indicators[0].sotkanet",
      fi: "vähintään",
      sv: "minst",
    },
  ])("refuses $name, naming the line and field in fi and sv", ({ text, line, field, fi, sv }) => {
    for (const [locale, expected] of [
      ["fi", fi],
      ["sv", sv],
    ] as const) {
      const result = checkAgreement(text, locale);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues[0]).toMatchObject({ line, field });
      expect(formatIssues(result.issues, locale)).toContain(expected);
    }
  });

  it("refuses the same code for two municipalities", () => {
    const twice = tied
      .replace("    names: { fi: Hyvinvointialue }\n", "    names: { fi: Hyvinvointialue }\n")
      .replace("kind: wellbeing_county", "kind: municipality")
      .replace('statistics_code: "18"', 'statistics_code: "272"');
    const result = checkAgreement(twice, "en");
    expect(result.ok ? "" : formatIssues(result.issues, "en")).toContain("the statistics code 272 is already given to the party hva");
  });
});
