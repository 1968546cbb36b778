import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { agendaItems, agendaVersions, auditLog, channelBindings, regions, reminders } from "../../db/schema/index.js";
import { decisionById, earlierChain, viewDecision } from "../../src/services/decisions/queries.js";
import { labelDecision } from "../../src/services/decisions/section-ref.js";
import { buildForum, buildMeeting, buildWorld } from "../builders.js";
import { recordingNotifier } from "../support/agenda.js";
import { openTestDb } from "../support/db.js";
import { createTestCore, type TestCore } from "../support/core.js";
import { buildGoals } from "../support/goal-builders.js";
import type { Db } from "../../db/connection.js";

let db: Db;
let bot: TestCore;
let w: ReturnType<typeof buildWorld>;
let notifier: ReturnType<typeof recordingNotifier>;

beforeEach(() => {
  db = openTestDb();
  w = buildWorld(db);
  buildGoals(db);
  const ank = buildForum(db, { code: "ANK", kind: "advisory_board", secretaryId: w.secretary.id });
  buildMeeting(db, ank, "2027-03-10T13:00");
  buildMeeting(db, w.forum, "2027-04-21T13:00");
  db.insert(channelBindings).values({ forumId: w.forum.id, platform: "slack", channelRef: "CJOHTO" }).run();
  bot = createTestCore(db, Date.parse("2027-04-21T12:00:00Z"));
  notifier = recordingNotifier("slack");
  bot.notifiers.set("slack", notifier);
});

const all = () => db.query.decisions.findMany().sync();

describe("recording decisions", () => {
  it("keeps each party's own diary number on one decision", async () => {
    await bot.say("sihteeri", "decision JOHTO-2027-1 - Selvitys käynnistetään. #T3 diary kaupunki:1559/00.02.13/2023 kylä:KYL/44/2027 hva:HVA/2027/812");
    const view = viewDecision(db, all()[0]!);
    expect(view.diary).toEqual([
      { partyId: "kaupunki", number: "1559/00.02.13/2023" },
      { partyId: "kylä", number: "KYL/44/2027" },
      { partyId: "hva", number: "HVA/2027/812" },
    ]);
    expect(view.goalCodes).toEqual(["T3"]);
    expect(view.decision.decisionText).toBe("Selvitys käynnistetään.");
  });

  it("links earlier processing across two forums and follows the chain", async () => {
    await bot.say("sihteeri", "decision ANK-2027-1 - Esitetään johtoryhmälle yhteistä mallia. #T3");
    await bot.say("sihteeri", "decision JOHTO-2027-1 - Hyväksytään malli. #T3 earlier ANK§1/2027");
    const text = await bot.say("jasen", "decision show JOHTO§1/2027");
    expect(text).toContain("Aiempi käsittely");
    expect(text).toContain("ANK 10.3.2027 § 1");
    const [first, second] = all().sort((a, b) => a.id - b.id);
    expect(earlierChain(db, second!).map((d) => d.id)).toEqual([first!.id]);
    expect(labelDecision(db, decisionById(db, first!.id)!)).toBe("ANK 10.3.2027 § 1");
  });

  it("posts the decision to the forum's channel with its § and goals", async () => {
    await bot.say("sihteeri", "decision JOHTO-2027-1 - Hyväksytään. #T3 #T5");
    expect(notifier.sent).toHaveLength(0); // queued in the outbox with the decision; the scheduler sends it
    await bot.deliver();
    expect(notifier.sent).toHaveLength(1);
    expect(notifier.sent[0]!.target).toEqual({ platform: "slack", kind: "channel", ref: "CJOHTO" });
    expect(notifier.sent[0]!.text).toContain("JOHTO 21.4.2027 § 1");
    expect(notifier.sent[0]!.text).toContain("T3, T5");
  });

  it("writes the decision and its announcement together: a failure after the record leaves neither, and a retry posts once", async () => {
    // The outbox refuses the announcement's row (as a full disk would), after the decision's own rows are written.
    db.$client.exec("CREATE TRIGGER outbox_fails BEFORE INSERT ON reminders BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
    const failed = await bot.say("sihteeri", "decision JOHTO-2027-1 - Hyväksytään. #T3");
    expect(failed).not.toContain("§ 1");
    expect(all()).toEqual([]);
    expect(db.select().from(reminders).all()).toEqual([]);
    expect(
      db
        .select()
        .from(auditLog)
        .all()
        .filter((a) => a.entity === "decision"),
    ).toEqual([]);

    db.$client.exec("DROP TRIGGER outbox_fails");
    expect(await bot.say("sihteeri", "decision JOHTO-2027-1 - Hyväksytään. #T3")).toContain("JOHTO 21.4.2027 § 1");
    await bot.deliver();
    expect(notifier.sent.map((m) => m.target.ref)).toEqual(["CJOHTO"]);
    expect(notifier.sent[0]!.text).toContain("JOHTO 21.4.2027 § 1");
  });

  it("queues only which decision to announce, and renders it when it is sent, in the channel's language then", async () => {
    const answer = await bot.say("sihteeri", "decision JOHTO-2027-1 - Hyväksytään. #T3");
    expect(answer).toContain("Kirjattu JOHTO 21.4.2027 § 1");
    const rows = db.select().from(reminders).all();
    expect(rows.map((r) => [r.kind, r.targetRef, r.payload])).toEqual([["decision_announced", "CJOHTO", { decisionId: all()[0]!.id }]]);
    // The region's language changes before the scheduler runs: the channel gets the decision in Swedish.
    db.update(regions).set({ defaultLocale: "sv" }).where(eq(regions.id, w.region.id)).run();
    await bot.deliver();
    expect(notifier.sent).toHaveLength(1);
    expect(notifier.sent[0]!.text).toContain("JOHTO 21.4.2027 § 1");
    expect(notifier.sent[0]!.text).toContain("Beslut: Hyväksytään.");
    expect(notifier.sent[0]!.text).not.toContain("Päätös");
  });

  it("ties the decision to the published agenda item by number, taking its title, proposal and goals", async () => {
    const item = db
      .insert(agendaItems)
      .values({
        meetingId: "JOHTO-2027-1",
        number: 4,
        title: "Opiskeluhuollon yhteinen malli",
        proposal: "Hyväksytään malli.",
        goalCodes: ["T5"],
        state: "accepted",
        createdAt: 0,
        updatedAt: 0,
      })
      .returning()
      .get();
    db.insert(agendaVersions)
      .values({
        meetingId: "JOHTO-2027-1",
        version: 1,
        publishedAt: 0,
        content: { items: [{ number: 4, itemId: item.id, title: item.title, proposal: "Hyväksytään malli.", goalCodes: ["T5"] }] },
      })
      .run();
    expect(await bot.say("sihteeri", "decision JOHTO-2027-1 7 Jotain")).toContain("ei ole asiaa 7");
    await bot.say("sihteeri", "decision JOHTO-2027-1 4 Hyväksyttiin esityksen mukaisesti.");
    const d = all()[0]!;
    expect([d.agendaItemId, d.itemNumber, d.title, d.proposal]).toEqual([item.id, "4", "Opiskeluhuollon yhteinen malli", "Hyväksytään malli."]);
    expect(viewDecision(db, d).goalCodes).toEqual(["T5"]);
  });

  it("records a decision from the form with measures, preparers and diary numbers, and shows field errors", async () => {
    const user = { platform: "console" as const, id: "sihteeri" };
    const bad = await bot.core.submitForm({
      user,
      formId: "decision",
      values: { item: "-", decision: "", diary: "ei-kaksoispistettä" },
      context: { meeting: "JOHTO-2027-1" },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.errors).sort()).toEqual(["decision", "diary"]);
    const good = await bot.core.submitForm({
      user,
      formId: "decision",
      values: {
        item: "-",
        title: "Yhteinen rekrytointi",
        proposal: "Esitetään yhteistä rekrytointia.",
        decision: "1. Hyväksytään.\n2. Valmistelu jatkuu.",
        goals: ["T3", "T5"],
        preparers: "Sanna Sihteeri, Pekka Valmistelija",
        measures: "Selvitys kustannuksista; kaupunki; jasen; 2027-09-30",
        diary: "kaupunki: 1559/00.02.13/2023\nhva: HVA/1/2027",
      },
      context: { meeting: "JOHTO-2027-1" },
    });
    expect(good.ok).toBe(true);
    const view = viewDecision(db, all()[0]!);
    expect(view.preparers.map((p) => [p.personId, p.name])).toEqual([
      ["sihteeri", "Sanna Sihteeri"],
      [null, "Pekka Valmistelija"],
    ]);
    expect(view.measures[0]).toMatchObject({ what: "Selvitys kustannuksista", partyId: "kaupunki", contactPersonId: "jasen", dueOn: "2027-09-30" });
    expect(view.diary).toHaveLength(2);
    expect(view.decision.decisionText).toBe("1. Hyväksytään.\n2. Valmistelu jatkuu.");
  });

  it("refuses people who may not record, and an unknown party, changing nothing", async () => {
    expect(await bot.say("jasen", "decision JOHTO-2027-1 - X")).toContain("Tämän voi tehdä vain");
    expect(await bot.say("svensk", "beslut JOHTO-2027-1 - X")).toContain("Endast");
    expect(await bot.say("sihteeri", "decision JOHTO-2027-1 - X diary mars:1")).toContain("Osapuolta `mars` ei ole");
    expect(await bot.say("sihteeri", "decision JOHTO-2027-1 - X #T99")).toContain("T99");
    expect(all()).toHaveLength(0);
    expect(await bot.say("admin", "decision JOHTO-2027-1 - Ylläpitäjä kirjaa.")).toContain("§ 1");
  });

  it("finds decisions by forum, goal, year and words", async () => {
    await bot.say("sihteeri", "decision ANK-2027-1 - Liikuntamalli käyttöön. #T3");
    await bot.say("sihteeri", "decision JOHTO-2027-1 - Rekrytointi yhdessä. #T5");
    expect(await bot.say("jasen", "päätökset #T5")).toContain("Rekrytointi");
    expect(await bot.say("jasen", "päätökset #T5")).not.toContain("Liikuntamalli");
    expect(await bot.say("jasen", "decisions ANK 2027")).toContain("Liikuntamalli");
    expect(await bot.say("jasen", "decisions 2026")).toContain("ei löytynyt");
    expect(await bot.say("svensk", "besluten rekrytointi")).toContain("Beslut (1)");
  });

  it("matches words regardless of case, Finnish letters too", async () => {
    await bot.say("sihteeri", "decision JOHTO-2027-1 - Äänestyksen ÖVERSIKT hyväksyttiin.");
    expect(await bot.say("jasen", "päätökset äänestyksen")).toContain("Äänestyksen");
    expect(await bot.say("jasen", "päätökset översikt hyväksyttiin")).toContain("Äänestyksen");
    expect(await bot.say("jasen", "päätökset äänestyksen puuttuu")).toContain("ei löytynyt");
  });
});
