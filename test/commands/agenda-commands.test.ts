/** The agenda through the console path: propose, edit, withdraw, accept, reject, order, merge, move, standing items. */
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { agendaItems, auditLog } from "../../db/schema/index.js";
import { buildMeeting } from "../builders.js";
import { agendaWorld, type AgendaWorld } from "../support/agenda.js";

let w: AgendaWorld;
const M = "JOHTO-2027-1";
beforeEach(() => {
  w = agendaWorld();
});

function items() {
  return w.db.select().from(agendaItems).where(eq(agendaItems.meetingId, M)).all();
}

describe("proposing", () => {
  it("lets a member propose with description and goal tags, in Finnish words", async () => {
    const text = await w.bot.say("jasen", `esityslista lisää ${M} Lasten liikunta -- Kuntien yhteinen malli #T3 #t1`);
    expect(text).toContain(`Asia #1 ehdotettu kokoukseen ${M}: Lasten liikunta`);
    const [item] = items();
    expect(item).toMatchObject({
      title: "Lasten liikunta",
      description: "Kuntien yhteinen malli",
      goalCodes: ["T3", "T1"],
      state: "proposed",
      proposerId: "jasen",
      partyId: "kaupunki",
    });
    const audit = w.db.select().from(auditLog).where(eq(auditLog.action, "agenda.propose")).all();
    expect(audit).toHaveLength(1);
  });

  it("takes the Swedish words and answers in Swedish", async () => {
    expect(await w.bot.say("svensk", `föredragningslista föreslå ${M} Skolhälsa`)).toContain("Ärende #1 föreslaget till mötet");
  });

  it("refuses an unknown goal code and changes nothing", async () => {
    expect(await w.bot.say("jasen", `agenda add ${M} Otsikko #T9`)).toContain("Tuntematon tavoite T9");
    expect(items()).toHaveLength(0);
  });

  it("refuses a non-member, naming who may propose", async () => {
    const text = await w.bot.say("ulko", `agenda add ${M} Ulkopuolinen asia`);
    expect(text).toContain("Tämän voi tehdä vain");
    expect(text).toContain("foorumin jäsen");
    expect(items()).toHaveLength(0);
  });

  it("refuses a title over 200 and a description over 4000 characters", async () => {
    expect(await w.bot.say("jasen", `agenda add ${M} ${"a".repeat(201)}`)).toMatch(/201.*200/);
    expect(await w.bot.say("jasen", `agenda add ${M} Otsikko -- ${"b".repeat(4001)}`)).toMatch(/4001.*4000/);
    expect(await w.bot.say("jasen", `agenda add ${M} ${"a".repeat(200)} -- ${"b".repeat(4000)}`)).toContain("Asia #1");
    expect(items()).toHaveLength(1);
  });

  it("shows a form when only the meeting is given", async () => {
    const text = await w.bot.say("jasen", `agenda add ${M}`);
    expect(text).toContain(`Ehdota asiaa kokoukseen ${M}`);
    expect(text).toContain("T1 | T2 | T3");
    expect(text).toContain("Kenen puolesta");
  });

  it("refuses an unknown meeting and an unknown item", async () => {
    expect(await w.bot.say("jasen", "agenda add JOHTO-2031-9 Asia")).toContain("JOHTO-2031-9");
    expect(await w.bot.say("sihteeri", `agenda accept ${M} #7`)).toContain(`Kokouksessa ${M} ei ole asiaa #7`);
  });
});

describe("editing and withdrawing", () => {
  beforeEach(async () => {
    await w.bot.say("jasen", `agenda add ${M} Vanha otsikko -- vanha kuvaus`);
  });

  it("lets the proposer edit until accepted, keeping the description when none is given", async () => {
    expect(await w.bot.say("jasen", `agenda edit ${M} #1 Uusi otsikko`)).toContain("Uusi otsikko");
    expect(items()[0]).toMatchObject({ title: "Uusi otsikko", description: "vanha kuvaus" });
    await w.bot.say("jasen", `agenda muokkaa ${M} #1 Uusi otsikko -- uusi kuvaus`);
    expect(items()[0]!.description).toBe("uusi kuvaus");
    await w.bot.say("sihteeri", `agenda accept ${M} #1`);
    expect(await w.bot.say("jasen", `agenda edit ${M} #1 Kolmas`)).toContain("ehdottaja ei voi enää muuttaa");
    expect(items()[0]!.title).toBe("Uusi otsikko");
  });

  it("refuses another member's edit and withdrawal", async () => {
    expect(await w.bot.say("svensk", `agenda edit ${M} #1 Kapning`)).toContain("Bara den som föreslog ärende #1");
    expect(await w.bot.say("svensk", `agenda withdraw ${M} #1`)).toContain("Bara den som föreslog");
    expect(items()[0]!.state).toBe("proposed");
  });

  it("lets the proposer withdraw; a withdrawn item is off the agenda", async () => {
    expect(await w.bot.say("jasen", `esityslista poista ${M} #1`)).toContain("peruttu");
    expect(items()[0]!.state).toBe("withdrawn");
    expect(await w.bot.say("sihteeri", `agenda accept ${M} #1`)).toContain("peruttu tai yhdistetty");
  });
});

describe("shaping", () => {
  beforeEach(async () => {
    await w.bot.say("jasen", `agenda add ${M} Ensimmäinen`);
    await w.bot.say("svensk", `agenda add ${M} Andra`);
    await w.bot.say("jasen", `agenda add ${M} Kolmas`);
  });

  it("shows the secretary every proposal with state and accept/reject buttons", async () => {
    const reply = await w.bot.core.handleCommand({ user: { platform: "console", id: "sihteeri" }, text: `agenda ${M}` });
    const buttons = reply.blocks.flatMap((b) => (b.kind === "actions" ? b.actions : []));
    expect(buttons).toContainEqual(expect.objectContaining({ kind: "button", command: `agenda accept ${M} #2` }));
    expect(buttons).toContainEqual(expect.objectContaining({ kind: "button", command: `agenda reject ${M} #3` }));
    expect(buttons).toContainEqual(expect.objectContaining({ kind: "button", command: `agenda publish ${M}` }));
    const text = await w.bot.say("sihteeri", `agenda ${M}`);
    expect(text).toContain("#2 Andra — ehdotettu — ehdottaja Stina Svensk, Kylä");
  });

  it("accepts and tells the proposer in their language", async () => {
    expect(await w.bot.say("sihteeri", `agenda hyväksy ${M} #2`)).toContain("hyväksytty");
    expect(items().find((i) => i.number === 2)!.state).toBe("accepted");
    const dm = w.notifier.sent.find((s) => s.target.kind === "person" && s.target.ref === "USWED");
    expect(dm?.text).toContain('Ditt ärende "Andra" godkändes');
  });

  it("rejects only with a reason (asks for it with a form) and tells the proposer", async () => {
    const ask = await w.bot.say("sihteeri", `agenda reject ${M} #1`);
    expect(ask).toContain("Kerro perustelu");
    expect(items().find((i) => i.number === 1)!.state).toBe("proposed");
    const form = await w.bot.core.submitForm({
      user: { platform: "console", id: "sihteeri" },
      formId: "agenda.reject",
      values: { reason: "" },
      context: { meeting: M, item: "1" },
    });
    expect(form.ok).toBe(false);
    expect(await w.bot.say("sihteeri", `agenda reject ${M} #1 Kuuluu toiselle foorumille`)).toContain("hylätty");
    expect(items().find((i) => i.number === 1)).toMatchObject({ state: "rejected", rejectReason: "Kuuluu toiselle foorumille" });
    const dm = w.notifier.sent.find((s) => s.target.ref === "UMEMB");
    expect(dm?.text).toContain("Perustelu: Kuuluu toiselle foorumille");
    expect(await w.bot.say("sihteeri", `agenda ${M}`)).toContain("perustelu: Kuuluu toiselle foorumille");
    expect(await w.bot.say("sihteeri", `agenda reject ${M} #1`)).toContain("Asia #1 on jo hylätty.");
  });

  it("refuses shaping to a member, naming the roles", async () => {
    expect(await w.bot.say("jasen", `agenda accept ${M} #2`)).toContain("foorumin sihteeri");
    expect(await w.bot.say("jasen", `agenda order ${M} #3 #1 #2`)).toContain("foorumin sihteeri");
    expect(await w.bot.say("jasen", `agenda publish ${M}`)).toContain("foorumin sihteeri");
    expect(items().every((i) => i.state === "proposed")).toBe(true);
  });

  it("orders the items; unnamed ones follow in their order", async () => {
    expect(await w.bot.say("sihteeri", `agenda order ${M} #3 #1`)).toContain("#3, #1, #2");
    const text = await w.bot.say("sihteeri", `agenda ${M}`);
    expect(text.indexOf("#3 Kolmas")).toBeLessThan(text.indexOf("#1 Ensimmäinen"));
    expect(text.indexOf("#1 Ensimmäinen")).toBeLessThan(text.indexOf("#2 Andra"));
    expect(await w.bot.say("sihteeri", `agenda order ${M} #3 #3`)).toContain("vain kerran");
  });

  it("merges a duplicate: it leaves the agenda and shows where it went", async () => {
    expect(await w.bot.say("sihteeri", `agenda yhdistä ${M} #3 #1`)).toContain("Asia #3 yhdistetty asiaan #1");
    expect(items().find((i) => i.number === 3)!.mergedIntoId).toBe(items().find((i) => i.number === 1)!.id);
    expect(await w.bot.say("sihteeri", `agenda ${M}`)).toContain("yhdistetty asiaan #1");
    expect(w.notifier.sent.find((s) => s.target.ref === "UMEMB")?.text).toContain(
      `Ehdottamasi asia "Kolmas" yhdistettiin kokouksen ${M} asiaan #1 "Ensimmäinen".`,
    );
    expect(await w.bot.say("sihteeri", `agenda merge ${M} #1 #1`)).toContain("itseensä");
  });

  it("adds the standing items around the others, once", async () => {
    const text = await w.bot.say("sihteeri", `agenda standing ${M}`);
    expect(text).toContain("Kokouksen avaus");
    const view = await w.bot.say("sihteeri", `agenda ${M}`);
    const order = [
      "Kokouksen avaus",
      "Kokouksen laillisuus ja päätösvaltaisuus",
      "Pöytäkirjantarkastajien valinta",
      "Ensimmäinen",
      "Andra",
      "Kolmas",
      "Kokouksen päättäminen",
    ];
    const positions = order.map((title) => view.indexOf(title));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(await w.bot.say("sihteeri", `agenda standing ${M}`)).toContain("ovat jo");
    await w.bot.say("sihteeri", `agenda order ${M} #3 #1`);
    const reordered = await w.bot.say("sihteeri", `agenda ${M}`);
    const after = ["Pöytäkirjantarkastajien valinta", "Kolmas", "Ensimmäinen", "Andra", "Kokouksen päättäminen"].map((title) => reordered.indexOf(title));
    expect([...after].sort((a, b) => a - b)).toEqual(after);
    await w.bot.say("jasen", `agenda add ${M} Myöhempi`);
    const later = await w.bot.say("sihteeri", `agenda ${M}`);
    expect(later.indexOf("Myöhempi")).toBeLessThan(later.indexOf("Kokouksen päättäminen"));
  });

  it("moves an item to the next meeting, keeping its history, and tells the proposer", async () => {
    const text = await w.bot.say("sihteeri", `agenda move ${M} #2`);
    expect(text).toContain("siirretty kokoukseen JOHTO-2028-1 numerolla #1");
    const moved = w.db.select().from(agendaItems).where(eq(agendaItems.meetingId, "JOHTO-2028-1")).get();
    expect(moved).toMatchObject({ title: "Andra", number: 1, movedFromMeetingId: M, proposerId: "svensk" });
    expect(await w.bot.say("sihteeri", "agenda JOHTO-2028-1")).toContain(`siirretty kokouksesta ${M}`);
    const history = w.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(moved!.id)))
      .all()
      .map((a) => a.action);
    expect(history).toEqual(["agenda.propose", "agenda.move"]);
    expect(w.notifier.sent.find((s) => s.target.ref === "USWED")?.text).toContain(`flyttades från mötet ${M} till mötet JOHTO-2028-1`);
  });

  it("refuses a move when the forum has no later meeting", async () => {
    await w.bot.say("sihteeri", `agenda move ${M} #1`);
    expect(await w.bot.say("sihteeri", "agenda move JOHTO-2028-1 #1")).toContain("ei ole vielä kokousta");
  });

  it("sets a decision proposal", async () => {
    expect(await w.bot.say("sihteeri", `agenda proposal ${M} #1 Foorumi merkitsee tiedoksi.`)).toContain("päätösesitys asetettu");
    expect(items().find((i) => i.number === 1)!.proposal).toBe("Foorumi merkitsee tiedoksi.");
  });

  it("gives a late item a fresh chance when it moves to a meeting whose deadline is ahead", async () => {
    w.bot.clock.set(Date.parse("2027-10-05T09:00:00Z"));
    await w.bot.say("jasen", `agenda add ${M} Myöhässä`);
    expect(items().find((i) => i.number === 4)!.state).toBe("late");
    await w.bot.say("sihteeri", `agenda move ${M} #4`);
    expect(w.db.select().from(agendaItems).where(eq(agendaItems.meetingId, "JOHTO-2028-1")).get()!.state).toBe("proposed");
  });
});

describe("which meeting", () => {
  it("takes a forum code for its next meeting", async () => {
    expect(await w.bot.say("jasen", "agenda add JOHTO Seuraavaan kokoukseen")).toContain(`kokoukseen ${M}`);
    expect(await w.bot.say("sihteeri", "esityslista JOHTO")).toContain(`Ehdotukset kokoukseen ${M}`);
  });

  it("lists the upcoming meetings when none is named, and asks which one for a change", async () => {
    const overview = await w.bot.say("jasen", "esityslista");
    expect(overview).toContain("Tulevat esityslistat");
    expect(overview).toContain(`${M} JOHTO — ke 13.10.2027 klo 13.00–15.00 — ehdotukset viimeistään 1.10.2027 klo 16.00 — ei vielä julkaistu`);
    expect(overview).toContain(`[${M}: agenda ${M}]`);
    expect(await w.bot.say("ulko", "agenda")).toContain("Sinulla ei ole tulevia kokouksia");
    expect(await w.bot.say("jasen", "agenda lisää")).toContain("Mikä kokous?");
  });

  it("hides a private forum's meetings from outsiders", async () => {
    buildMeeting(w.db, w.privateForum, "2027-10-20T10:00");
    expect(await w.bot.say("ulko", "agenda SALA-2027-1")).toContain("ei ole julkinen");
    expect(await w.bot.say("jasen", "agenda add SALA-2027-1 Kahdenvälinen asia")).toContain("Asia #1");
  });
});
