/**
 * `decisions <words>` through the full-text index (issue 18): letters folded for matching and shown as written,
 * any part of a word found, all words required, twenty a page with the total and the way to the next page, and an
 * edited decision found by its new words.
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection.js";
import { buildMeeting, buildWorld } from "../builders.js";
import { createTestCore, type TestCore } from "../support/core.js";
import { openTestDb } from "../support/db.js";
import { buildGoals } from "../support/goal-builders.js";

let db: Db;
let bot: TestCore;
beforeEach(async () => {
  db = openTestDb();
  const world = buildWorld(db);
  buildGoals(db);
  buildMeeting(db, world.forum, "2027-04-21T13:00");
  bot = createTestCore(db, Date.parse("2027-04-21T12:00:00Z"));
  await bot.say("sihteeri", "päätös JOHTO-2027-1 - Äänekoski liittyy liikkumisen hankkeeseen.");
  await bot.say("sihteeri", "päätös JOHTO-2027-1 - Närpes och Kristinestad ansöker om välfärdsberättelse.");
  await bot.say("sihteeri", "päätös JOHTO-2027-1 - Hyvinvointikertomus hyväksyttiin.");
});

describe("decision search", () => {
  it("finds Äänekoski for aanekoski, äänekoski and ÄÄNEKOSKI, and shows it as written", async () => {
    for (const typed of ["aanekoski", "äänekoski", "ÄÄNEKOSKI"]) {
      const found = await bot.say("jasen", `päätökset ${typed}`);
      expect(found).toContain("Päätökset (1)");
      expect(found).toContain("Äänekoski liittyy");
    }
    expect(await bot.say("jasen", "päätökset narpes")).toContain("Närpes och Kristinestad");
    expect(await bot.say("jasen", "päätökset äänekoski närpes")).toContain("ei löytynyt");
  });

  it("finds a part of a compound word and a word of two letters", async () => {
    expect(await bot.say("jasen", "päätökset kertomus")).toContain("Hyvinvointikertomus hyväksyttiin");
    const both = await bot.say("jasen", "päätökset och berättelse");
    expect(both).toContain("Päätökset (1)");
    expect(both).toContain("Närpes");
  });

  it("pages twenty at a time with the total and the next page's words", async () => {
    for (let i = 1; i <= 22; i++) await bot.say("sihteeri", `päätös JOHTO-2027-1 - Hankeraportti numero ${i} merkittiin tiedoksi.`);
    const first = await bot.say("jasen", "päätökset hankeraportti");
    expect(first).toContain("Päätökset (22)");
    expect(first.match(/^- /gm)).toHaveLength(20);
    expect(first).toContain("Sivu 1/2.");
    expect(first).toContain("…ja 2 muuta: `päätökset hankeraportti sivu 2`");
    // The "show more" button runs the same search's next page.
    expect(first).toContain("[Näytä 2 lisää: päätökset hankeraportti sivu 2]");
    expect((await bot.say("jasen", "decisions hankeraportti page 2")).match(/^- /gm)).toHaveLength(2);
    const second = await bot.say("jasen", "päätökset hankeraportti sivu 2");
    expect(second.match(/^- /gm)).toHaveLength(2);
    expect(second).toContain("Sivu 2/2.");
    expect(second).not.toContain("muuta");
    expect(await bot.say("svensk", "besluten hankeraportti sida 2")).toContain("Sida 2 av 2.");
  });

  it("stops counting past a hundred matches and says so in fi, sv and en; a later page counts on", async () => {
    // The count stops past a hundred (issue 18): counting ten years of matches made a search slow with history.
    const record = async (from: number, to: number) => {
      for (let i = from; i <= to; i++) {
        await bot.say("sihteeri", `päätös JOHTO-2027-1 - Hankeraportti numero ${i} merkittiin tiedoksi.`);
        bot.clock.advance(2_000); // the secretary's write budget refills
      }
    };
    await record(1, 100);
    const hundred = await bot.say("jasen", "päätökset hankeraportti");
    expect(hundred).toContain("Päätökset (100)");
    expect(hundred).toContain("Sivu 1/5.");
    await record(101, 101);
    const first = await bot.say("jasen", "päätökset hankeraportti");
    expect(first).toContain("Päätökset (yli 100)");
    expect(first.match(/^- /gm)).toHaveLength(20);
    expect(first).toContain("Sivu 1, sivuja yli 5.");
    expect(first).toContain("…ja yli 80 muuta: `päätökset hankeraportti sivu 2`");
    expect(first).toContain("[Näytä 20 lisää: päätökset hankeraportti sivu 2]");
    // The newest first: the last recorded heads the list.
    expect(first).toMatch(/^- JOHTO 21\.4\.2027 § 104 Hankeraportti numero 101 /m);
    const swedish = await bot.say("svensk", "besluten hankeraportti");
    expect(swedish).toContain("Beslut (fler än 100)");
    expect(swedish).toContain("Sida 1 av fler än 5.");
    expect(swedish).toContain("…och fler än 80 till: `besluten hankeraportti sida 2`");
    await bot.say("jasen", "language en");
    const english = await bot.say("jasen", "decisions hankeraportti");
    expect(english).toContain("Decisions (more than 100)");
    expect(english).toContain("Page 1 of more than 5.");
    expect(english).toContain("…and more than 80 more: `decisions hankeraportti page 2`");
    // Without words too: every decision of the forums, 104 of them.
    expect(await bot.say("jasen", "decisions")).toContain("Decisions (more than 100)");
    // The fifth page counts on to the next hundred, so it knows the sixth is the last.
    const fifth = await bot.say("jasen", "decisions hankeraportti page 5");
    expect(fifth).toContain("Decisions (101)");
    expect(fifth).toContain("Page 5 of 6.");
    expect(fifth).toContain("…and 1 more: `decisions hankeraportti page 6`");
    const sixth = await bot.say("jasen", "decisions hankeraportti page 6");
    expect(sixth.match(/^- /gm)).toHaveLength(1);
    expect(sixth).toMatch(/^- JOHTO 21\.4\.2027 § 4 Hankeraportti numero 1 /m);
  });

  it("lists decisions with every word in the title first, then the rest, each newest first, across pages", async () => {
    buildMeeting(db, { id: 1, code: "JOHTO" }, "2027-04-14T13:00");
    const say = async (text: string) => {
      await bot.say("sihteeri", text);
      bot.clock.advance(2_000);
    };
    for (let i = 1; i <= 3; i++) await say(`päätös JOHTO-2027-2 - Liikuntapaikat vanha ${i} käsiteltiin. Selvitys jatkuu.`);
    for (let i = 1; i <= 20; i++) await say(`päätös JOHTO-2027-2 - Muu vanha asia ${i} käsiteltiin. Koskee liikuntapaikat-hanketta.`);
    await say("päätös JOHTO-2027-1 - Liikuntapaikat uusi. Selvitys valmis.");
    await say("päätös JOHTO-2027-1 - Muu uusi asia. Koskee liikuntapaikat-hanketta.");
    const titles = (reply: string) => [...reply.matchAll(/^- JOHTO \S+ § \d+ (.+)$/gm)].map((m) => m[1]);
    const first = await bot.say("jasen", "päätökset liikuntapaikat");
    expect(first).toContain("Päätökset (25)");
    expect(titles(first)).toEqual([
      "Liikuntapaikat uusi.",
      "Liikuntapaikat vanha 3 käsiteltiin.",
      "Liikuntapaikat vanha 2 käsiteltiin.",
      "Liikuntapaikat vanha 1 käsiteltiin.",
      "Muu uusi asia.",
      ...[20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6].map((i) => `Muu vanha asia ${i} käsiteltiin.`),
    ]);
    const second = await bot.say("jasen", "päätökset liikuntapaikat sivu 2");
    expect(titles(second)).toEqual([5, 4, 3, 2, 1].map((i) => `Muu vanha asia ${i} käsiteltiin.`));
    // A page that starts past the title matches.
    for (let i = 1; i <= 20; i++) await say(`päätös JOHTO-2027-1 - Liikuntapaikat lisä ${i} käsiteltiin. Selvitys.`);
    const third = await bot.say("jasen", "päätökset liikuntapaikat sivu 3");
    expect(titles(third)).toEqual([5, 4, 3, 2, 1].map((i) => `Muu vanha asia ${i} käsiteltiin.`));
  });

  it("finds an edited draft by its new words, once", async () => {
    expect(await bot.say("jasen", "päätökset perhekeskus")).toContain("ei löytynyt");
    await bot.say("sihteeri", "decision edit JOHTO-2027-1 §3 Perhekeskus avattiin Kokkolaan.");
    const found = await bot.say("jasen", "päätökset perhekeskus kokkolaan");
    expect(found).toContain("Päätökset (1)");
    expect(found).toContain("JOHTO 21.4.2027 § 3");
  });
});
