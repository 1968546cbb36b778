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

  it("finds an edited draft by its new words, once", async () => {
    expect(await bot.say("jasen", "päätökset perhekeskus")).toContain("ei löytynyt");
    await bot.say("sihteeri", "decision edit JOHTO-2027-1 §3 Perhekeskus avattiin Kokkolaan.");
    const found = await bot.say("jasen", "päätökset perhekeskus kokkolaan");
    expect(found).toContain("Päätökset (1)");
    expect(found).toContain("JOHTO 21.4.2027 § 3");
  });
});
