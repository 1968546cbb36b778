/**
 * Broken agreement files: each error names the line, the field and what is wrong, in the person's language,
 * and a failed import changes nothing in a database that already holds the demo region.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../db/connection.js";
import { auditLog } from "../../../db/schema/index.js";
import { checkAgreement, exportAgreement, formatIssues, importAgreement } from "../../../src/services/agreement/index.js";
import { openTestDb } from "../../support/db.js";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/agreements/${name}`, import.meta.url), "utf8");
const demo = readFileSync(new URL("../../../examples/keski-pohjanmaa.yml", import.meta.url), "utf8");

const CASES = [
  {
    file: "malformed-yaml.yml",
    line: 13,
    field: "parties[1].names",
    fi: "ei ole kelvollista YAMLia: sisennys on epätasainen, tai { tai [ on jäänyt sulkematta",
  },
  { file: "unknown-field.yml", line: 47, field: "forums[0].colour", fi: "tuntematon kenttä; sallitut: code, kind" },
  { file: "wrong-type.yml", line: 33, field: "agreement.goals[0].indicators[0].baseline.value", fi: "odotettiin: luku, saatiin: teksti" },
  { file: "duplicate-code.yml", line: 52, field: "forums[1].code", fi: "`JOHTO` esiintyy kahdesti" },
  { file: "unknown-party.yml", line: 40, field: "agreement.goals[0].measures[0].responsible[1]", fi: "osapuolta `kannus` ei ole" },
  { file: "member-not-person.yml", line: 51, field: "forums[0].members[1].person", fi: "henkilöä `cecilia` ei ole" },
  { file: "unknown-convener.yml", line: 47, field: "forums[0].convener", fi: "henkilöä `ville` ei ole" },
  { file: "bad-time-zone.yml", line: 5, field: "region.time_zone", fi: "`Europe/Helsingfors` ei ole IANA-aikavyöhyke" },
  { file: "bad-cadence.yml", line: 46, field: "forums[0].cadence", fi: "`fortnightly` ei ole sallittu; sallitut: per_term" },
  { file: "bad-forum-kind.yml", line: 44, field: "forums[0].kind", fi: "`summit` ei ole sallittu" },
  { file: "goal-without-indicators.yml", line: 29, field: "agreement.goals[0].indicators", fi: "vähintään yksi mittari" },
  { file: "indicator-without-target.yml", line: 30, field: "agreement.goals[0].indicators[0].target", fi: "kenttä on pakollinen" },
  { file: "date-does-not-exist.yml", line: 41, field: "agreement.goals[0].measures[0].due", fi: "päivää `2027-02-30` ei ole olemassa" },
  { file: "meeting-end-before-start.yml", line: 56, field: "meetings[0].end", fi: "loppu on ennen alkua" },
] as const;

let db: Db;
beforeAll(() => {
  db = openTestDb();
  const result = importAgreement(db, demo, { actor: "import", now: 1_000, locale: "fi" });
  expect(result.ok).toBe(true);
});

describe("broken agreement files", () => {
  it("the small valid fixture they are made from is valid", () => {
    expect(checkAgreement(fixture("valid-small.yml"), "fi")).toEqual({ ok: true, counts: { parties: 2, people: 2, goals: 1, forums: 1, meetings: 0 } });
  });

  it.each(CASES)("$file: names line $line and $field, in Finnish, and changes nothing", ({ file, line, field, fi }) => {
    const text = fixture(file);
    const result = checkAgreement(text, "fi");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ line, field });
    expect(result.issues[0].column).toBeGreaterThan(0);
    const shown = formatIssues(result.issues, "fi");
    expect(shown).toContain(`Rivi ${line}, sarake ${result.issues[0].column}: \`${field}\``);
    expect(shown).toContain(fi);
    expect(shown).toContain("mitään ei muutettu");

    const before = exportAgreement(db);
    const auditRows = db.select().from(auditLog).all().length;
    const imported = importAgreement(db, text, { actor: "import", now: 2_000, locale: "fi" });
    expect(imported.ok).toBe(false);
    expect(exportAgreement(db)).toBe(before);
    expect(db.select().from(auditLog).all().length).toBe(auditRows);
  });

  it("speaks Swedish and English too", () => {
    const sv = checkAgreement(fixture("bad-cadence.yml"), "sv");
    expect(sv.ok || formatIssues(sv.issues, "sv")).toContain(
      "Rad 46, kolumn 14: `forums[0].cadence` — `fortnightly` är inte tillåtet; tillåtna: per_term, yearly",
    );
    const en = checkAgreement(fixture("member-not-person.yml"), "en");
    expect(en.ok || formatIssues(en.issues, "en")).toContain("Line 51, column 19: `forums[0].members[1].person` — there is no person `cecilia` in `people`");
    const svDate = checkAgreement(fixture("date-does-not-exist.yml"), "sv");
    expect(svDate.ok || formatIssues(svDate.issues, "sv")).toContain("datumet `2027-02-30` finns inte");
    const enType = checkAgreement(fixture("wrong-type.yml"), "en");
    expect(enType.ok || formatIssues(enType.issues, "en")).toContain("expected a number, got a text");
  });

  it("reports every error of a file, in the order of the lines", () => {
    const text = fixture("valid-small.yml")
      .replace("cadence: half_yearly", "cadence: weekly")
      .replace("time_zone: Europe/Helsinki", "time_zone: Mars/Olympus")
      .replace("  - id: bertil", "  - id: aino");
    const result = checkAgreement(text, "en");
    expect(result.ok).toBe(false);
    // zod finds the shape errors first; references and values are checked once the shape is right.
    expect(result.ok ? [] : result.issues.map((i) => i.field)).toEqual(["forums[0].cadence"]);
    const fixed = checkAgreement(text.replace("cadence: weekly", "cadence: yearly"), "en");
    expect(fixed.ok ? [] : fixed.issues.map((i) => `${i.line}:${i.field}`)).toEqual([
      "5:region.time_zone",
      "17:people[1].id",
      "51:forums[0].members[1].person",
    ]);
  });

  it("refuses a local meeting time that does not exist (clocks go forward) and a meeting id of another forum or not in the calendar's form", () => {
    const base = fixture("valid-small.yml");
    const gap = `${base}meetings:\n  - { id: JOHTO-2027-1, forum: JOHTO, start: 2027-03-28T03:30, end: 2027-03-28T05:00 }\n`;
    const gapResult = checkAgreement(gap, "fi");
    expect(gapResult.ok ? "" : formatIssues(gapResult.issues, "fi")).toContain("`meetings[0].start` — paikallista aikaa `2027-03-28T03:30` ei ole olemassa");
    const otherForum = `${base}meetings:\n  - { id: ANK-2027-1, forum: JOHTO, start: 2027-10-13T13:00, end: 2027-10-13T15:00 }\n`;
    const forumResult = checkAgreement(otherForum, "en");
    expect(forumResult.ok ? "" : formatIssues(forumResult.issues, "en")).toContain(
      "`ANK-2027-1` is not a meeting id of the forum JOHTO (expected JOHTO-2027-1)",
    );
    const leadingZero = `${base}meetings:\n  - { id: JOHTO-2027-01, forum: JOHTO, start: 2027-10-13T13:00, end: 2027-10-13T15:00 }\n`;
    const zeroResult = checkAgreement(leadingZero, "fi");
    expect(zeroResult.ok ? "" : formatIssues(zeroResult.issues, "fi")).toContain(
      "`JOHTO-2027-01` ei ole foorumin JOHTO kokouksen tunnus (odotettiin JOHTO-2027-1)",
    );
    // A meeting keeps its id when moved, so its year may be another than the year it takes place.
    const moved = `${base}meetings:\n  - { id: JOHTO-2026-1, forum: JOHTO, start: 2028-01-13T13:00, end: 2028-01-13T15:00 }\n`;
    expect(checkAgreement(moved, "en").ok).toBe(true);
    const autumn = `${base}meetings:\n  - { id: JOHTO-2027-1, forum: JOHTO, start: 2027-10-31T03:30, end: 2027-10-31T05:00 }\n`;
    expect(checkAgreement(autumn, "fi").ok).toBe(true);
  });

  it("refuses a file of another region without touching the database", () => {
    const other = fixture("valid-small.yml").replace("id: keski-pohjanmaa", "id: muu-alue");
    const before = exportAgreement(db);
    const result = importAgreement(db, other, { actor: "import", now: 3_000, locale: "en" });
    expect(result.ok ? "" : formatIssues(result.issues, "en")).toContain("Line 3, column 7: `region.id` — this database holds the region `keski-pohjanmaa`");
    expect(exportAgreement(db)).toBe(before);
  });

  it("points at the key of an unknown field and lists the allowed ones, and reports an empty file", () => {
    const typo = fixture("valid-small.yml").replace("    party: kokkola", "    partty: kokkola");
    const result = checkAgreement(typo, "fi");
    expect(result.ok ? [] : result.issues).toEqual([
      expect.objectContaining({ line: 19, column: 5, field: "people[1].partty", message: expect.stringContaining("sallitut: id, name, email, party") }),
    ]);
    const empty = checkAgreement("", "fi");
    expect(empty.ok ? [] : empty.issues[0]).toMatchObject({ line: 1, field: "(root)" });
  });

  it("refuses an e-mail address given to two people and a default language outside the region's languages", () => {
    const text = fixture("valid-small.yml")
      .replace("    name: Aino Esimerkki\n", "    name: Aino Esimerkki\n    email: yhteinen@example.fi\n")
      .replace("    name: Bertil Exempel\n", "    name: Bertil Exempel\n    email: Yhteinen@example.fi\n")
      .replace("  time_zone: Europe/Helsinki\n", "  time_zone: Europe/Helsinki\n  languages: [fi, sv]\n  default_language: en\n");
    const result = checkAgreement(text, "en");
    expect(result.ok ? [] : result.issues.map((i) => `${i.line}:${i.field}`)).toEqual(["7:region.default_language", "22:people[1].email"]);
  });

  it("tells common YAML mistakes in the person's language: a field twice, a tab, an unclosed quote", () => {
    const base = fixture("valid-small.yml");
    const twice = checkAgreement(base.replace("    cadence: half_yearly\n", "    cadence: half_yearly\n    cadence: yearly\n"), "en");
    expect(twice.ok ? "" : formatIssues(twice.issues, "en")).toContain(
      "Line 47, column 5: `forums[0].cadence` — this is not valid YAML: the same field is written twice here",
    );
    const tab = checkAgreement(base.replace("    party: kokkola\n", "\tparty: kokkola\n"), "sv");
    expect(tab.ok ? "" : formatIssues(tab.issues, "sv")).toContain("indraget görs med tabb; använd mellanslag");
    const quote = checkAgreement(base.replace("    name: Bertil Exempel\n", '    name: "Bertil Exempel\n'), "fi");
    expect(quote.ok ? "" : formatIssues(quote.issues, "fi")).toContain("lainausmerkki tai sulje on jäänyt sulkematta");
  });
});
