/**
 * Minutes a secretary can sign (issue 15 point 6, seed 004 as the model): the Markdown, HTML and DOCX exports each
 * carry the opening and closing times, place, present, absent, deputies and others present; per §: title, diary
 * number, preparer, background, proposal, decision, follow-up and attachments; the signature lines; the inspectors
 * with their dates; a LUONNOS mark on drafts; the public-notice date; and no chat command or backtick anywhere.
 */
import { strFromU8, unzipSync } from "fflate";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection.js";
import { agendaItems, decisionMeasures, forumMembers } from "../../db/schema/index.js";
import type { Reply } from "../../src/conversation/reply.js";
import { buildMeeting, buildPerson, buildWorld } from "../builders.js";
import { createTestCore, type TestCore } from "../support/core.js";
import { openTestDb } from "../support/db.js";

let db: Db;
let bot: TestCore;
const M = "JOHTO-2027-1";

async function exports(personId: string, text: string): Promise<{ md: string; html: string; docx: string }> {
  const reply: Reply = await bot.core.handleCommand({ user: { platform: "console", id: personId }, text });
  const file = (ext: string) => reply.attachments!.find((a) => a.filename.endsWith(ext))!.content;
  const docx = strFromU8(unzipSync(file(".docx") as Uint8Array)["word/document.xml"]!);
  return { md: file(".md") as string, html: file(".html") as string, docx };
}

/** The text of the Word document without its XML, so a phrase split only by markup still matches. */
const plain = (xml: string) => xml.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

beforeEach(async () => {
  db = openTestDb();
  const w = buildWorld(db);
  buildPerson(db, { id: "vara", name: "Veikko Varajäsen", partyId: "kylä" });
  buildPerson(db, { id: "poissa", name: "Pekka Poissa", partyId: "kaupunki" });
  buildPerson(db, { id: "asiantuntija", name: "Eero Asiantuntija", partyId: "hva" });
  db.insert(forumMembers).values({ forumId: w.forum.id, personId: "poissa", role: "member", position: 9 }).run();
  buildMeeting(db, w.forum, "2027-03-15T13:00", { place: "Kokkola, kaupungintalo" });
  db.insert(agendaItems)
    .values({
      meetingId: M,
      number: 1,
      title: "Yhteistyösopimuksen kokoaminen",
      description: "Hyvinvointialueella ja kunnilla on yhteiset asukkaat ja yhteistyötarpeita.",
      proposal: "Alueneuvottelukunta käy periaatteellisen keskustelun sopimuksen kokoamisesta.",
      preparer: "Maija Valmistelija",
      attachments: ["Kuntaliiton mallipohja"],
      proposerId: "sihteeri",
      state: "accepted",
      createdAt: 0,
      updatedAt: 0,
    })
    .run();
  bot = createTestCore(db, Date.parse("2027-03-01T10:00:00Z"));
  await bot.say("poissa", `absent ${M}`);
  await bot.say("svensk", `deputy ${M} vara`);
  bot.clock.set(Date.parse("2027-03-15T13:30:00Z"));
  await bot.say(
    "sihteeri",
    `decision ${M} 1 1. Mallipohjaa hyödynnetään soveltuvin osin.\n2. Aloitusseminaari pidetään 6.9.2027. diary kaupunki:1559/00.02.13/2023`,
  );
  const decision = db.query.decisions.findFirst().sync()!;
  db.insert(decisionMeasures).values({ decisionId: decision.id, what: "Aloitusseminaarin koollekutsuminen", partyId: "hva", dueOn: "2027-09-06" }).run();
  await bot.say("sihteeri", `minutes present ${M} asiantuntija expert`);
  await bot.say("sihteeri", `minutes times ${M} 13.05-15.10`);
  await bot.say("sihteeri", `minutes notice ${M} 29.3.2027`);
  await bot.say("sihteeri", `minutes inspectors ${M} jasen svensk`);
  await bot.say("sihteeri", `minutes finish ${M}`);
});

const EVERY_PART = [
  "Kokous alkoi",
  "13.05",
  "Kokous päättyi",
  "15.10",
  "Kokkola, kaupungintalo",
  "Jussi Jäsen",
  "Poissa",
  "Pekka Poissa",
  "Varajäsenet",
  "Veikko Varajäsen (jäsenen Stina Svensk varajäsen)",
  "Muut läsnäolijat",
  "Eero Asiantuntija",
  "§ 1 Yhteistyösopimuksen kokoaminen",
  "1559/00.02.13/2023",
  "Maija Valmistelija",
  "Asian tausta",
  "Hyvinvointialueella ja kunnilla on yhteiset asukkaat",
  "Alueneuvottelukunta käy periaatteellisen keskustelun",
  "1. Mallipohjaa hyödynnetään soveltuvin osin.",
  "2. Aloitusseminaari pidetään 6.9.2027.",
  "Jatkotoimet",
  "Aloitusseminaarin koollekutsuminen",
  "Liitteet",
  "Kuntaliiton mallipohja",
  "Allekirjoitukset",
  "Puheenjohtaja",
  "Sihteeri",
  "Sanna Sihteeri",
  "Pöytäkirjantarkastaja",
  "Pöytäkirja yleisesti nähtävänä",
  "29.3.2027",
  "päätösvaltaiseksi: läsnä 3/4 jäsentä",
];

/** Words that would mean a chat command leaked into the record. */
const COMMANDS = /`|minutes (inspectors|approve|finish)|pöytäkirja (tarkastajat|hyväksy)|päätös oikaise|decision amend/;

describe("the minutes documents", () => {
  it("carry every part of the record in Markdown, HTML and DOCX, marked LUONNOS while a draft", async () => {
    await bot.say("sihteeri", `minutes attendance ${M}`);
    const { md, html, docx } = await exports("sihteeri", `minutes ${M}`);
    for (const [name, text] of [
      ["md", md],
      ["html", html],
      ["docx", plain(docx)],
    ] as const) {
      for (const part of [...EVERY_PART, "LUONNOS"]) expect(text, `${name}: ${part}`).toContain(part);
      expect(text, name).not.toMatch(COMMANDS);
    }
  });

  it("drops the LUONNOS mark once approved and shows each inspector's approval date", async () => {
    await bot.say("sihteeri", `minutes attendance ${M}`);
    bot.clock.set(Date.parse("2027-03-16T08:00:00Z"));
    await bot.say("jasen", `minutes approve ${M}`);
    bot.clock.set(Date.parse("2027-03-17T08:00:00Z"));
    await bot.say("svensk", `minutes approve ${M}`);
    const { md, html, docx } = await exports("sihteeri", `minutes ${M}`);
    for (const text of [md, html, plain(docx)]) {
      expect(text).not.toContain("LUONNOS");
      expect(text).toContain("Pöytäkirjantarkastaja: ______________________".slice(0, 20));
      expect(text).toContain("Jussi Jäsen (16.3.2027)");
      expect(text).toContain("Stina Svensk (17.3.2027)");
      expect(text).not.toMatch(COMMANDS);
    }
    const sv = await exports("svensk", `protokoll ${M}`);
    expect(sv.md).toContain("Mötet började");
    expect(sv.md).toContain("Frånvarande");
    expect(sv.md).not.toContain("UTKAST");
  });

  it("ends an extract with its certification: name, title, place and date", async () => {
    bot.clock.set(Date.parse("2027-04-01T08:00:00Z"));
    const { md, html, docx } = await exports("sihteeri", `minutes extract ${M} §1 kaupunki`);
    for (const text of [md, html, plain(docx)]) {
      expect(text).toContain("Otteen oikeaksi todistaa");
      expect(text).toContain("Sanna Sihteeri");
      expect(text).toContain("Kokkola, kaupungintalo 1.4.2027");
      expect(text).toContain("1559/00.02.13/2023");
      expect(text).not.toMatch(COMMANDS);
    }
  });
});
