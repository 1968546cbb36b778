/** The demo region in examples/: valid, shaped as the brief asks, fictional people, and a byte-stable round trip. */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkAgreement, exportAgreement, importAgreement } from "../../../src/services/agreement/index.js";
import type { AgreementFileInput } from "../../../src/services/agreement/file-schema.js";
import { listForums, listMembers } from "../../../src/services/forums.js";
import { SEEDERS } from "../../../src/services/seeders.js";
import { openTestDb } from "../../support/db.js";

const demoUrl = new URL("../../../examples/keski-pohjanmaa.yml", import.meta.url);
const demo = readFileSync(demoUrl, "utf8");
const file = parse(demo) as AgreementFileInput;
const options = { actor: "import", now: Date.parse("2026-11-22T10:00:00Z"), locale: "fi" as const };

describe("the demo region (Central Ostrobothnia)", () => {
  it("validates", () => {
    expect(checkAgreement(demo, "fi")).toEqual({ ok: true, counts: { parties: 12, people: 25, goals: 6, forums: 7, meetings: 0 } });
  });

  it("has the county, eight municipalities with bilingual Kokkola/Karleby, the regional council and two NGOs", () => {
    const kinds = file.parties.map((p) => p.kind);
    expect(kinds.filter((k) => k === "wellbeing_county")).toHaveLength(1);
    expect(kinds.filter((k) => k === "municipality")).toHaveLength(8);
    expect(kinds.filter((k) => k === "regional_council")).toHaveLength(1);
    expect(kinds.filter((k) => k === "other")).toHaveLength(2);
    expect(file.parties.find((p) => p.id === "kokkola")?.names).toMatchObject({ fi: "Kokkolan kaupunki", sv: "Karleby stad" });
    expect(file.region.council_terms).toEqual([
      { start: "2022-03-01", end: "2025-05-31" },
      { start: "2025-06-01", end: "2029-05-31" },
      { start: "2029-06-01", end: "2033-05-31" },
    ]);
  });

  it("has at least six goals, each with 1–3 indicators (baseline, target, source) and 1–3 measures (responsible, due)", () => {
    const goals = file.agreement.goals;
    expect(goals.length).toBeGreaterThanOrEqual(6);
    for (const goal of goals) {
      expect(goal.indicators.length).toBeGreaterThanOrEqual(1);
      expect(goal.indicators.length).toBeLessThanOrEqual(3);
      expect(goal.measures.length).toBeGreaterThanOrEqual(1);
      expect(goal.measures.length).toBeLessThanOrEqual(3);
      for (const x of goal.indicators)
        expect(x).toMatchObject({
          unit: expect.any(String),
          source: expect.any(String),
          baseline: { value: expect.any(Number) },
          target: { year: expect.any(Number) },
        });
      for (const m of goal.measures) expect(m).toMatchObject({ responsible: expect.any(Array), due: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    }
  });

  it("has the seven forums with their cadences, legal bases, a convener and a secretary each", () => {
    const forums = Object.fromEntries(file.forums.map((f) => [f.code, f]));
    expect(Object.keys(forums)).toEqual(["PJF", "HPJF", "JOHTO", "HYTE", "NEUV14", "ANK", "KOKHVA"]);
    expect(forums.PJF).toMatchObject({ kind: "chairs_forum", cadence: "yearly" });
    expect(forums.HPJF).toMatchObject({ kind: "board_chairs_forum", cadence: "half_yearly" });
    expect(forums.JOHTO).toMatchObject({ kind: "top_management_forum", cadence: "half_yearly", follows_up_agreement: true });
    expect(forums.HYTE).toMatchObject({ kind: "hyte_negotiation", cadence: "yearly", legal_basis: "612/2021 7 §", convening_party: "hva" });
    expect(forums.NEUV14).toMatchObject({ kind: "term_negotiation", cadence: "per_term", legal_basis: "611/2021 14 §" });
    expect(forums.ANK).toMatchObject({ kind: "advisory_board", cadence: "quarterly" });
    expect(forums.ANK.members).toHaveLength(16);
    expect(forums.KOKHVA).toMatchObject({ kind: "bilateral", cadence: "as_needed", public: false });
    for (const f of file.forums) expect(f).toMatchObject({ convener: expect.any(String), secretary: expect.any(String) });
    // one advisory board member per municipality
    const partyOf = new Map(file.people.map((p) => [p.id, p.party]));
    const municipalities = new Set(
      forums.ANK.members!.map((m) => partyOf.get(m.person)).filter((p) => file.parties.find((x) => x.id === p)?.kind === "municipality"),
    );
    expect(municipalities.size).toBe(8);
  });

  it("has a region admin (the change director), Swedish speakers, and no name of a real person from the seeds", () => {
    const admins = file.people.filter((p) => p.roles?.includes("admin"));
    expect(admins.map((p) => p.title)).toEqual(["muutosjohtaja"]);
    expect(file.people.filter((p) => p.locale === "sv").length).toBeGreaterThanOrEqual(2);
    const seedsDir = new URL("../../../../shared/seeds/", import.meta.url);
    let seeds = "";
    try {
      seeds = readdirSync(seedsDir)
        .map((f) => readFileSync(new URL(f, seedsDir), "utf8"))
        .join("\n")
        .toLowerCase();
    } catch {
      return; // the seeds are not shipped with the project
    }
    for (const person of file.people) {
      expect(seeds, person.name).not.toContain(person.name.toLowerCase());
      expect(seeds, person.name).not.toContain(person.name.split(" ").at(-1)!.toLowerCase());
    }
  });

  it("imports, and export → import → export gives the same bytes", () => {
    const db = openTestDb();
    expect(importAgreement(db, demo, options)).toMatchObject({ ok: true });
    const first = exportAgreement(db);
    expect(checkAgreement(first, "fi")).toMatchObject({ ok: true });
    const other = openTestDb();
    expect(importAgreement(other, first, options)).toMatchObject({ ok: true });
    expect(exportAgreement(other)).toBe(first);
    expect(importAgreement(db, first, { ...options, now: options.now + 1 })).toMatchObject({ ok: true });
    expect(exportAgreement(db)).toBe(first);
    const johto = listForums(db, "keski-pohjanmaa").find((f) => f.code === "JOHTO")!;
    expect(
      listMembers(db, johto.id)
        .map((m) => `${m.person.name}:${m.role}`)
        .slice(0, 2),
    ).toEqual(["Johanna Rinne:chair", "Henrik Forsman:vice_chair"]);
  });

  it("with the meetings seeded on first start, the export lists them all and still round-trips byte for byte", () => {
    const db = openTestDb();
    expect(importAgreement(db, demo, options)).toMatchObject({ ok: true });
    for (const seed of SEEDERS) seed(db, options.now);
    const exported = exportAgreement(db);
    const meetingCount = db.$client.prepare("select count(*) as n from meetings").get() as { n: number };
    expect(exported.match(/^ {2}- id: [A-Z0-9]+-\d{4}-\d+$/gm)?.length ?? 0).toBe(meetingCount.n);
    const result = importAgreement(db, exported, { ...options, now: options.now + 1 });
    expect(result).toMatchObject({ ok: true, counts: { meetings: meetingCount.n } });
    expect(exportAgreement(db)).toBe(exported);
  });
});
