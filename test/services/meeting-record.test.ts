/**
 * The meeting as an official record (issue 15), through the console core over a real database: each refusal in
 * Finnish and Swedish leaves the affected tables exactly as they were; the lifecycle follows time across both DST
 * changes; `held`, a decision and the minutes' approval meet the year's HYTE duty; §§ follow the agenda; the quorum
 * counts deputies for their members.
 */
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection.js";
import {
  agendaItems,
  auditLog,
  decisions,
  forums,
  indicatorValues,
  meetingResponses,
  meetings,
  minutes,
  minutesInspectors,
  people,
  reminders,
} from "../../db/schema/index.js";
import { dutiesFor, yearRange } from "../../src/services/duties.js";
import { buildForum, buildMeeting, buildPerson, buildWorld } from "../builders.js";
import { createTestCore, type TestCore } from "../support/core.js";
import { openTestDb } from "../support/db.js";
import { buildGoals } from "../support/goal-builders.js";

let db: Db;
let world: ReturnType<typeof buildWorld>;
let bot: TestCore;

const at = (iso: string) => Date.parse(iso);

/** Every table a refused command could touch, as rows: compared before and after. */
function dump(): string {
  return JSON.stringify(
    [meetings, decisions, minutes, minutesInspectors, meetingResponses, reminders, auditLog, indicatorValues].map((table) => db.select().from(table).all()),
  );
}

/** Says something in a language: the person's locale is set first (outside the dumped tables). */
async function sayIn(locale: "fi" | "sv", personId: string, text: string): Promise<string> {
  db.update(people).set({ locale }).where(eq(people.id, personId)).run();
  return bot.say(personId, text);
}

/** Runs a command that must be refused in both languages, and proves that nothing changed. */
async function refusedInBoth(personId: string, text: string, fi: string, sv: string): Promise<void> {
  const locale = db.select({ locale: people.locale }).from(people).where(eq(people.id, personId)).get()?.locale ?? null;
  const before = dump();
  expect(await sayIn("fi", personId, text)).toContain(fi);
  expect(await sayIn("sv", personId, text)).toContain(sv);
  expect(dump()).toBe(before);
  db.update(people).set({ locale }).where(eq(people.id, personId)).run();
}

beforeEach(() => {
  db = openTestDb();
  world = buildWorld(db);
  bot = createTestCore(db, at("2027-03-01T10:00:00Z"));
});

describe("one lifecycle, enforced by the use cases (issue 15 point 1)", () => {
  it("refuses decisions, attendance and minutes before the meeting starts", async () => {
    buildMeeting(db, world.forum, "2027-03-15T13:00");
    const M = "JOHTO-2027-1";
    await refusedInBoth("sihteeri", `decision ${M} - Hyväksytään.`, "ei ole vielä alkanut (15.3.2027 klo 13.00)", "har inte börjat ännu (15.3.2027 kl. 13.00)");
    await refusedInBoth("sihteeri", `minutes present ${M} jasen`, "ei ole vielä alkanut", "har inte börjat ännu");
    await refusedInBoth("sihteeri", `minutes inspectors ${M} jasen svensk`, "ei ole vielä alkanut", "har inte börjat ännu");
    await refusedInBoth("sihteeri", `minutes finish ${M}`, "ei ole vielä alkanut", "har inte börjat ännu");
  });

  it("refuses move and cancel once the meeting has started, naming what hangs on it", async () => {
    buildMeeting(db, world.forum, "2027-03-15T13:00");
    const M = "JOHTO-2027-1";
    bot.clock.set(at("2027-03-15T11:30:00Z"));
    expect(await bot.say("sihteeri", `decision ${M} - Hyväksytään suunnitelma.`)).toContain("JOHTO 15.3.2027 § 1");
    await refusedInBoth(
      "sihteeri",
      `move ${M} 22.3.2027 13`,
      "on jo alkanut, joten sitä ei voi enää siirtää eikä perua. Siihen nojaa: 1 päätösluonnos (§ 1)",
      "har redan börjat och kan inte längre flyttas eller ställas in. Beroende av det: 1 beslutsutkast (§ 1)",
    );
    await refusedInBoth("sihteeri", `cancel ${M}`, "Siihen nojaa: 1 päätösluonnos (§ 1)", "Beroende av det: 1 beslutsutkast (§ 1)");
    await bot.say("sihteeri", `minutes inspectors ${M} jasen`);
    await bot.say("sihteeri", `minutes finish ${M}`);
    await bot.say("jasen", `minutes approve ${M}`);
    await refusedInBoth(
      "sihteeri",
      `move ${M} 22.3.2027 13`,
      "1 päätös (§ 1), lainvoimaisena kirjattu; tarkastettu pöytäkirja",
      "1 beslut (§ 1), slutligt; det justerade protokollet",
    );
    // After approval a correction stays an amendment.
    await refusedInBoth("sihteeri", `decision ${M} - Myöhästynyt.`, "on jo tarkastettu", "redan justerat");
  });

  it("refuses the same use cases to people without the role, in the service whatever the command", async () => {
    buildMeeting(db, world.forum, "2027-03-15T13:00");
    bot.clock.set(at("2027-03-15T11:30:00Z"));
    await refusedInBoth("svensk", "decision JOHTO-2027-1 - Yritetään.", "Tämän voi tehdä vain", "Endast");
    await refusedInBoth("svensk", "minutes present JOHTO-2027-1 jasen", "Tämän voi tehdä vain", "Endast");
    await refusedInBoth("jasen", "held JOHTO 1.3.2027 13", "Tämän voi tehdä vain", "Endast");
  });

  it("follows time on both sides of the DST changes: the local start, not the UTC clock, opens the record", async () => {
    // Sun 28.3.2027 13.00 is summer time (UTC+3): 10.00 UTC.
    buildMeeting(db, world.forum, "2027-03-28T13:00");
    bot.clock.set(at("2027-03-28T09:59:00Z"));
    await refusedInBoth(
      "sihteeri",
      "decision JOHTO-2027-1 - Kevät.",
      "ei ole vielä alkanut (28.3.2027 klo 13.00)",
      "har inte börjat ännu (28.3.2027 kl. 13.00)",
    );
    bot.clock.set(at("2027-03-28T10:00:00Z"));
    expect(await bot.say("sihteeri", "decision JOHTO-2027-1 - Kevät.")).toContain("JOHTO 28.3.2027 § 1");
    // Sun 31.10.2027 13.00 is winter time again (UTC+2): 11.00 UTC; at 10.30 UTC it would be 13.30 in summer time.
    buildMeeting(db, world.forum, "2027-10-31T13:00");
    bot.clock.set(at("2027-10-31T10:30:00Z"));
    await refusedInBoth(
      "sihteeri",
      "decision JOHTO-2027-2 - Syksy.",
      "ei ole vielä alkanut (31.10.2027 klo 13.00)",
      "har inte börjat ännu (31.10.2027 kl. 13.00)",
    );
    expect(await bot.say("sihteeri", "move JOHTO-2027-2 7.11.2027 13 !")).toContain("on siirretty");
    bot.clock.set(at("2027-11-07T11:00:00Z"));
    expect(await bot.say("sihteeri", "decision JOHTO-2027-2 - Syksy.")).toContain("JOHTO 7.11.2027 § 2");
  });

  it("asks before storing a meeting whose local time does not exist, and keeps its typed length", async () => {
    const before = dump();
    const asked = await bot.say("sihteeri", "schedule JOHTO 28.3.2027 3.30-4.30");
    expect(asked).toContain("Kellonaikaa 03.30 ei ole sinä päivänä");
    expect(asked).toContain("schedule JOHTO 28.3.2027 3.30-4.30 !");
    expect(dump()).toBe(before);
    expect(await bot.say("sihteeri", "schedule JOHTO 28.3.2027 3.30-4.30 !")).toContain("JOHTO-2027-1");
    const stored = db.select().from(meetings).get()!;
    expect((stored.endsAt - stored.startsAt) / 60_000).toBe(60);
    // 3.30 happens twice on 31.10.2027: asked about too.
    expect(await sayIn("sv", "sihteeri", "boka JOHTO 31.10.2027 3.30-4.30")).toContain("Klockslaget 03.30 inträffar två gånger");
  });

  it("moves only after the confirmation when the new time has warnings (console ` !`)", async () => {
    buildMeeting(db, world.forum, "2027-03-17T13:00");
    const before = dump();
    const asked = await bot.say("sihteeri", "move JOHTO-2027-1 6.12.2027 13");
    expect(asked).toContain("pyhäpäivänä: itsenäisyyspäivä");
    expect(asked).toContain("[Vahvista: move JOHTO-2027-1 6.12.2027 13 !]");
    expect(dump()).toBe(before);
    expect(await bot.say("sihteeri", "move JOHTO-2027-1 6.12.2027 13 !")).toContain("on siirretty");
    expect(db.select().from(meetings).get()!.startsAt).toBe(at("2027-12-06T11:00:00Z"));
  });
});

describe("recording the past (issue 15 point 2, point 7)", () => {
  it("held, then a decision, then the minutes' approval meet the year's HYTE duty; no invitation, no reminder", async () => {
    const hyte = buildForum(db, { code: "HYTE", kind: "hyte_negotiation", cadence: "yearly", secretaryId: "sihteeri" }, [
      { personId: "jasen", role: "chair" },
      { personId: "svensk" },
    ]);
    bot.clock.set(at("2026-11-22T10:00:00Z"));
    expect(await bot.say("sihteeri", "schedule HYTE 15.10.2026 13-15")).toContain("Aika on jo mennyt");
    const held = await bot.say("sihteeri", "pidetty HYTE 15.10.2026 13-15 Kokkola, kaupungintalo");
    expect(held).toContain("Kokous HYTE-2026-1 kirjattu pidetyksi");
    expect(db.select().from(reminders).where(eq(reminders.meetingId, "HYTE-2026-1")).all()).toEqual([]);
    const hyteDuty = () => dutiesFor(db, "test", yearRange(2026), bot.clock.now()).find((d) => d.rule.id === "hyte_negotiation" && d.forum.id === hyte.id)!;
    expect(hyteDuty()).toMatchObject({ status: "minutes_pending", pending: ["HYTE-2026-1"] });
    expect(await bot.say("sihteeri", "decision HYTE-2026-1 - Hyväksytään hyvinvointisuunnitelman painopisteet.")).toContain("HYTE 15.10.2026 § 1");
    await bot.say("sihteeri", "minutes inspectors HYTE-2026-1 jasen");
    await bot.say("sihteeri", "minutes finish HYTE-2026-1");
    expect(hyteDuty().status).toBe("minutes_pending");
    expect(await bot.say("jasen", "minutes approve HYTE-2026-1")).toContain("sen 1 päätös on nyt lopullinen");
    expect(hyteDuty()).toMatchObject({ status: "met", held: ["HYTE-2026-1"] });
    expect(await bot.say("jasen", "velvoitteet 2026")).toMatch(/täytetty\*?\*? — HYTE-neuvottelu.*HYTE-2026-1/);
  });

  it("refuses a held meeting in the future in Finnish and Swedish", async () => {
    await refusedInBoth(
      "sihteeri",
      "held JOHTO 15.3.2027 13",
      "Komennolla pidetty kirjataan vain jo pidetty kokous",
      "Med hållet förs bara in ett möte som redan har hållits",
    );
  });
});

describe("§ numbers in agenda order (issue 15 point 5)", () => {
  it("numbers the §§ of a meeting by agenda item, whatever order they were typed in, then the next meeting's", async () => {
    buildMeeting(db, world.forum, "2027-03-15T13:00");
    buildMeeting(db, world.forum, "2027-05-15T13:00");
    bot.clock.set(at("2027-05-20T10:00:00Z"));
    await bot.say("sihteeri", "decision JOHTO-2027-2 3 Toukokuun asia.");
    await bot.say("sihteeri", "decision JOHTO-2027-1 4 Neljäs asia.");
    await bot.say("sihteeri", "decision JOHTO-2027-1 - Muu asia.");
    await bot.say("sihteeri", "decision JOHTO-2027-1 2 Toinen asia.");
    await bot.say("sihteeri", "decision JOHTO-2027-1 10 Kymmenes asia.");
    const rows = db
      .select()
      .from(decisions)
      .all()
      .sort((a, b) => a.section - b.section);
    expect(rows.map((d) => [d.section, d.meetingId, d.itemNumber])).toEqual([
      [1, "JOHTO-2027-1", "2"],
      [2, "JOHTO-2027-1", "4"],
      [3, "JOHTO-2027-1", "10"],
      [4, "JOHTO-2027-1", null],
      [5, "JOHTO-2027-2", "3"],
    ]);
    const text = await bot.say("sihteeri", "minutes JOHTO-2027-1");
    expect(text.indexOf("§ 1 Toinen asia.")).toBeLessThan(text.indexOf("§ 2 Neljäs asia."));
    expect(text.indexOf("§ 3 Kymmenes asia.")).toBeLessThan(text.indexOf("§ 4 Muu asia."));
  });
});

describe("quorum from facts (issue 15 point 4)", () => {
  beforeEach(() => {
    buildPerson(db, { id: "vara", name: "Veikko Varajäsen", partyId: "kylä" });
    buildMeeting(db, world.forum, "2027-03-15T13:00");
  });

  it("takes the members' answers, pre-fills attendance with the deputy counting for their member, and checks the rule", async () => {
    const M = "JOHTO-2027-1";
    expect(await bot.say("jasen", `estynyt ${M}`)).toContain("et pääse");
    expect(await bot.say("svensk", `ersättare ${M} vara`)).toContain("din ersättare deltar (Veikko Varajäsen)");
    expect(await bot.say("sihteeri", `osallistun ${M}`)).toContain("osallistut");
    expect(await bot.say("sihteeri", `kokous ${M}`)).toContain("2 tulossa, 1 estynyt, 0 vastaamatta; päätösvaltaisuuteen tarvitaan 2/3");
    expect(
      db
        .select()
        .from(meetingResponses)
        .all()
        .map((r) => [r.personId, r.answer, r.deputyId]),
    ).toEqual([
      ["jasen", "decline", null],
      ["svensk", "deputy", "vara"],
      ["sihteeri", "attend", null],
    ]);
    await refusedInBoth("ulko", `attend ${M}`, "Vain foorumin JOHTO jäsenet", "Endast medlemmarna i JOHTO");
    // A new time asks again: answers given for the old one are cleared by a move.
    buildMeeting(db, world.forum, "2027-05-15T13:00");
    await bot.say("jasen", "attend JOHTO-2027-2");
    await bot.say("sihteeri", "move JOHTO-2027-2 17.5.2027 13 !");
    expect(db.select().from(meetingResponses).where(eq(meetingResponses.meetingId, "JOHTO-2027-2")).all()).toEqual([]);

    bot.clock.set(at("2027-03-15T11:05:00Z"));
    await refusedInBoth("jasen", `attend ${M}`, "on alkanut tai peruttu", "har börjat eller är inställt");
    const unrecorded = await bot.say("sihteeri", `minutes ${M}`);
    expect(unrecorded).toContain("Läsnäoloja ei ole vielä kirjattu");
    expect(unrecorded).not.toContain("päätösvaltaiseksi");
    await bot.say("sihteeri", `minutes attendance ${M}`);
    const recorded = await bot.say("sihteeri", `minutes ${M}`);
    expect(recorded).toContain("Veikko Varajäsen (jäsenen Stina Svensk varajäsen), Kylä");
    expect(recorded).toMatch(/Poissa\s+Jussi Jäsen, Kaupunki/);
    expect(recorded).toContain("päätösvaltaiseksi: läsnä 2/3 jäsentä (varajäsenet jäsentensä sijasta); tarvitaan 2");
    // The forum's own rule from the agreement file: three members present.
    db.update(forums).set({ quorum: 3 }).where(eq(forums.id, world.forum.id)).run();
    expect(await sayIn("sv", "sihteeri", `protokoll ${M}`)).toContain("Mötet är inte beslutfört: 2 av 3 medlemmar närvarande");
  });
});

describe("indicator values are checked (issue 15 point 8)", () => {
  it("refuses a future year and a percentage over 100, and asks about a value far from the series", async () => {
    buildGoals(db); // T3-M1: a percentage, baseline 10 (2024)
    await refusedInBoth(
      "admin",
      "indicator T3-M1 2028 9,5",
      "Vuotta 2028 ei ole vielä tullut: arvoja voi kirjata vuoteen 2027 asti",
      "År 2028 har inte kommit ännu",
    );
    await refusedInBoth("admin", "indicator T3-M1 2026 140", "140 ei ole prosenttiosuus", "140 är ingen procentandel");
    await refusedInBoth("admin", "indicator T3-M1 2026 -3", "ei ole prosenttiosuus", "är ingen procentandel");
    const before = dump();
    const asked = await bot.say("admin", "indicator T3-M1 2026 95");
    expect(asked).toContain("Arvo 95 poikkeaa paljon mittarin tähänastisesta sarjasta (10–10)");
    expect(asked).toContain("indicator T3-M1 2026 95 !");
    expect(dump()).toBe(before);
    expect(await bot.say("admin", "indicator T3-M1 2026 9,5")).toContain("2026: 9,5 %");
    expect(await bot.say("admin", "indicator T3-M1 2027 95 !")).toContain("2027: 95 %");
    expect(
      db
        .select()
        .from(indicatorValues)
        .all()
        .map((v) => [v.year, v.value]),
    ).toEqual([
      [2026, 9.5],
      [2027, 95],
    ]);
  });
});

describe("the quorum warning three working days before (issue 15 point 4)", () => {
  it("tells the secretary only when the confirmed answers fall short, on the third working day before", async () => {
    const { setupReminders, local } = await import("../scheduler/support/world.js");
    const { createTestCore: core } = await import("../support/core.js");
    const w = setupReminders("2027-01-04T10:00");
    // Tue 30.3.2027: Easter Monday and Good Friday are off, so the third working day before is Tue 23.3.
    const m = w.schedule(w.forum, "2027-03-30T13:00");
    expect(w.dueTimes(m.id, "quorum_at_risk")).toEqual(["2027-03-23 09:00"]);
    const other = w.schedule(w.forum, "2027-04-14T13:00");
    const people = core(w.db, w.clock.now());
    await people.say("jasen", `attend ${other.id}`);
    await people.say("svensk", `deputy ${other.id}`);
    w.clock.set(local("2027-03-23T09:00"));
    await w.tick();
    const warnings = w.slack.sent.filter((s) => /Päätösvaltaisuus vaarassa/.test(s.text));
    expect(warnings.map((s) => s.target.ref)).toEqual(["USECR"]);
    expect(warnings[0]!.text).toContain(
      "0 jäsentä (tai varajäsentä) on ilmoittanut osallistuvansa, 0 on estynyt ja 3 ei ole vastannut; päätösvaltaisuuteen tarvitaan 2/3",
    );
    // The second meeting's answers reach the quorum: its warning is skipped, not sent.
    w.clock.set(local("2027-04-09T09:00"));
    await w.tick();
    expect(w.slack.sent.filter((s) => /Päätösvaltaisuus vaarassa/.test(s.text))).toHaveLength(1);
    expect(w.rows().find((r) => r.meetingId === other.id && r.kind === "quorum_at_risk")).toMatchObject({
      state: "cancelled",
      lastError: "quorum not at risk",
    });
  });
});

describe("§ numbers follow the published agenda (issue 15 point 5)", () => {
  it("puts the §§ in the agenda's order after the agenda was reordered and published, and the minutes carry the background", async () => {
    const { agendaWorld } = await import("../support/agenda.js");
    const w = agendaWorld();
    const M = w.meeting.id;
    await w.bot.say("jasen", `agenda add ${M} Koulukuraattorit -- Kuraattorien saatavuus on heikentynyt.`);
    await w.bot.say("svensk", `agenda add ${M} Integration`);
    await w.bot.say("jasen", `agenda add ${M} Työllisyys`);
    await w.bot.say("sihteeri", `agenda order ${M} #3 #1 #2`);
    await w.bot.say("sihteeri", `agenda publish ${M}`);
    // The item's background is on the published agenda, not only in its export.
    expect(await w.bot.say("ulko", `agenda ${M}`)).toContain("Koulukuraattorit — Kuraattorien saatavuus on heikentynyt.");
    w.bot.clock.set(w.meeting.startsAt + 60_000);
    // Typed out of order, by the published agenda's numbers: 1 = Työllisyys, 2 = Koulukuraattorit, 3 = Integration.
    await w.bot.say("sihteeri", `decision ${M} 3 Merkitään tiedoksi.`);
    await w.bot.say("sihteeri", `decision ${M} 1 Hyväksytään.`);
    await w.bot.say("sihteeri", `decision ${M} 2 Selvitetään.`);
    const rows = w.db
      .select()
      .from(decisions)
      .all()
      .sort((a, b) => a.section - b.section);
    expect(rows.map((d) => [d.section, d.title])).toEqual([
      [1, "Työllisyys"],
      [2, "Koulukuraattorit"],
      [3, "Integration"],
    ]);
    const text = await w.bot.say("sihteeri", `minutes ${M}`);
    expect(text.indexOf("§ 1 Työllisyys")).toBeLessThan(text.indexOf("§ 2 Koulukuraattorit"));
    const reply = await w.bot.core.handleCommand({ user: { platform: "console", id: "sihteeri" }, text: `minutes ${M}` });
    const md = reply.attachments!.find((a) => a.filename.endsWith(".md"))!.content as string;
    expect(md).toContain("**Asian tausta**\n\nKuraattorien saatavuus on heikentynyt.");
  });
});

describe("the quorum rule in the agreement file", () => {
  it("imports a forum's quorum, exports it back, and refuses one that is not a count", async () => {
    const { readFileSync } = await import("node:fs");
    const { exportAgreement, importAgreement, formatIssues } = await import("../../src/services/agreement/index.js");
    const demo = readFileSync(new URL("../../examples/keski-pohjanmaa.yml", import.meta.url), "utf8");
    const withQuorum = demo.replace("    agenda_deadline_days: 14\n", "    agenda_deadline_days: 14\n    quorum: 5\n");
    expect(withQuorum).not.toBe(demo);
    const fresh = openTestDb();
    const result = importAgreement(fresh, withQuorum, { actor: "import", now: at("2026-11-22T10:00:00Z"), locale: "fi" });
    expect(result.ok ? "" : formatIssues(result.issues, "fi")).toBe("");
    expect(
      fresh
        .select()
        .from(forums)
        .all()
        .filter((f) => f.quorum !== null)
        .map((f) => f.quorum),
    ).toEqual([5]);
    expect(exportAgreement(fresh)).toContain("    quorum: 5\n");
    const bad = importAgreement(openTestDb(), demo.replace("    agenda_deadline_days: 14\n", "    agenda_deadline_days: 14\n    quorum: puolet\n"), {
      actor: "import",
      now: 0,
      locale: "fi",
    });
    expect(bad.ok).toBe(false);
  });
});

describe("one item number in the agenda view and the decision (issue 15 point 5)", () => {
  it("takes the number the agenda view lists before publication, and #N as the running proposal number", async () => {
    const { agendaWorld } = await import("../support/agenda.js");
    const w = agendaWorld();
    const M = w.meeting.id;
    await w.bot.say("jasen", `agenda add ${M} Koulukuraattorit`);
    await w.bot.say("svensk", `agenda add ${M} Integration`);
    await w.bot.say("jasen", `agenda add ${M} Työllisyys`);
    await w.bot.say("sihteeri", `agenda order ${M} #3 #1 #2`);
    const view = await w.bot.say("sihteeri", `agenda ${M}`);
    expect(view).toContain("1. #3 Työllisyys");
    expect(view).toContain("2. #1 Koulukuraattorit");
    // The agenda commands read a plain number as the place the view lists, like `decision` does.
    await w.bot.say("sihteeri", `agenda proposal ${M} 1 Hyväksytään työllisyyden malli.`);
    expect(
      w.db
        .select()
        .from(agendaItems)
        .all()
        .find((i) => i.number === 3)?.proposal,
    ).toBe("Hyväksytään työllisyyden malli.");
    expect(await w.bot.say("sihteeri", `agenda reject ${M} 3 Kuuluu toiselle foorumille`)).toContain("Integration");
    expect(await w.bot.say("sihteeri", `agenda accept ${M} 3`)).toContain(`esityslistalla ei ole asiaa 3`);
    expect(await w.bot.say("sihteeri", `agenda accept ${M} #2`)).toContain("Integration");
    w.bot.clock.set(w.meeting.startsAt + 60_000);
    expect(await w.bot.say("sihteeri", `decision ${M} 1 Hyväksytään.`)).toContain("Työllisyys");
    expect(await w.bot.say("sihteeri", `decision ${M} #1 Selvitetään.`)).toContain("Koulukuraattorit");
    const rows = w.db
      .select()
      .from(decisions)
      .all()
      .sort((a, b) => a.section - b.section);
    expect(rows.map((d) => [d.section, d.itemNumber, d.title])).toEqual([
      [1, "1", "Työllisyys"],
      [2, "2", "Koulukuraattorit"],
    ]);
  });
});
