/**
 * Long lists page the same way (issue 17 §6): the first page, "…and N more: `command`", a "show more" button that
 * runs it, and the next page continues exactly after the last row shown, in fi, sv and en.
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection.js";
import { buildForum, buildMeeting, buildWorld } from "../builders.js";
import { openTestDb } from "../support/db.js";
import { createTestCore, type TestCore } from "../support/core.js";

const NOW = Date.parse("2027-01-10T10:00:00Z");
let db: Db;
let bot: TestCore;

/** Every meeting id a reply lists, in order. */
const ids = (text: string) => [...text.matchAll(/^- .*?\b([A-Z]+-\d{4}-\d+)\b/gm)].map((m) => m[1]!);
/** The command of the reply's "show more" button, as the console prints it: `[label: command]`. */
const moreCommand = (text: string) => /\[[^:\]]+: ([^\]]+)\]\s*$/.exec(text)?.[1];

beforeEach(() => {
  db = openTestDb();
  buildWorld(db);
  bot = createTestCore(db, NOW);
  // 47 meetings of one public forum, two of them at the same minute: more than a page of the region's calendar.
  const forum = buildForum(db, { code: "ISO", isPublic: true, cadence: "monthly" });
  for (let i = 0; i < 46; i++)
    buildMeeting(db, forum, `2027-02-${String(1 + (i % 28)).padStart(2, "0")}T${String(8 + Math.floor(i / 28) * 4).padStart(2, "0")}:00`);
  buildMeeting(db, forum, "2027-02-01T08:00");
});

async function pages(person: string, first: string): Promise<{ texts: string[]; rows: string[] }> {
  const texts = [await bot.say(person, first)];
  for (let next = moreCommand(texts[0]!); next; next = moreCommand(texts.at(-1)!)) texts.push(await bot.say(person, next));
  return { texts, rows: texts.flatMap(ids) };
}

describe("show more", () => {
  it("pages the region's calendar: every meeting once, in order, with the next page's command in fi, sv and en", async () => {
    const expected = [...new Set((await pages("jasen", "kalenteri ISO")).rows)];
    expect(expected).toHaveLength(47);
    for (const [person, line, more, button] of [
      ["jasen", "kalenteri ISO", "…ja 7 muuta: `kalenteri ISO jälkeen ", "[Näytä 7 lisää: kalenteri ISO jälkeen "],
      ["svensk", "kalender ISO", "…och 7 till: `kalender ISO efter ", "[Visa 7 till: kalender ISO efter "],
    ] as const) {
      const { texts, rows } = await pages(person, line);
      expect(texts).toHaveLength(2);
      expect(ids(texts[0]!)).toHaveLength(40);
      expect(texts[0]).toContain(more);
      expect(texts[0]).toContain(button);
      expect(rows).toEqual(expected);
      expect(texts[1]).not.toContain(more.slice(0, 6));
    }
    await bot.say("admin", "language en");
    const { texts, rows } = await pages("admin", "calendar all");
    expect(texts[0]).toContain("…and 7 more: `calendar all after ");
    expect(rows.filter((id) => id.startsWith("ISO"))).toEqual(expected);
  });

  it("continues after the last row shown even when meetings have started since", async () => {
    const first = await bot.say("jasen", "kalenteri ISO");
    const shown = ids(first);
    // Two days pass: the first meetings have started and left the calendar; the next page still starts after row 40.
    bot.clock.set(Date.parse("2027-02-03T00:00:00Z"));
    const rest = ids(await bot.say("jasen", moreCommand(first)!));
    expect(rest).toHaveLength(7);
    expect(rest.filter((id) => shown.includes(id))).toEqual([]);
  });

  it("pages my next meetings fifteen at a time and a date range forty at a time", async () => {
    const forum = buildForum(db, { code: "OMA", isPublic: false }, [{ personId: "jasen" }]);
    for (let day = 1; day <= 20; day++) buildMeeting(db, forum, `2027-03-${String(day).padStart(2, "0")}T09:00`);
    const mine = await pages("jasen", "kalenteri");
    // Jussi's forums: the 20 of OMA (the world's meetings of his other forums are in the past on this clock).
    expect(mine.texts.map((t) => ids(t).length)).toEqual([15, 5]);
    expect(new Set(mine.rows.filter((id) => id.startsWith("OMA"))).size).toBe(20);
    const range = await pages("ulko", "kalenteri 1.2.2027 28.2.2027");
    expect(range.texts.map((t) => ids(t).length)).toEqual([40, 7]);
    expect(new Set(range.rows).size).toBe(47);
  });

  it("tells an unknown meeting after which to continue and changes nothing", async () => {
    expect(await bot.say("jasen", "kalenteri kaikki jälkeen ISO-2030-1")).toContain("ISO-2030-1");
  });
});

describe("show more on the other long lists", () => {
  it("pages the forums, and the duties of the year, twenty at a time", async () => {
    for (let i = 1; i <= 24; i++) buildForum(db, { code: `F${String(i).padStart(2, "0")}`, cadence: "monthly" });
    const forums = await pages("jasen", "foorumit");
    const codes = (text: string) => [...text.matchAll(/^- \*?\*?([A-Z]+\d*)\b/gm)].map((m) => m[1]);
    expect(forums.texts).toHaveLength(2);
    expect(forums.texts[0]).toContain("Sivu 1/2.");
    expect(forums.texts[0]).toMatch(/…ja \d+ muuta: `foorumit sivu 2`/);
    const listed = forums.texts.flatMap(codes);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.filter((c) => c?.startsWith("F"))).toHaveLength(24);

    const duties = await pages("svensk", "skyldigheter 2027");
    expect(duties.texts.length).toBeGreaterThan(2);
    expect(duties.texts[0]).toContain("Sida 1 av ");
    expect(duties.texts[0]).toContain("[Visa 20 till: skyldigheter 2027 sida 2]");
    const lines = duties.texts.flatMap((t) => t.match(/^- .*$/gm) ?? []);
    const total = Number(/(\d+) skyldighet/.exec(duties.texts[0]!)?.[1]);
    expect(lines).toHaveLength(total);
  });

  it("pages the agenda overview five meetings at a time after the last one shown", async () => {
    const forum = buildForum(db, { code: "OMA" }, [{ personId: "jasen" }]);
    for (let day = 1; day <= 12; day++) buildMeeting(db, forum, `2027-03-${String(day).padStart(2, "0")}T09:00`);
    const { texts } = await pages("jasen", "esityslista");
    expect(texts[0]).toContain("…ja 7 muuta: `esityslista jälkeen OMA-2027-5`");
    expect(texts[1]).toContain("[Näytä 2 lisää: esityslista jälkeen OMA-2027-10]");
    const shown = texts.flatMap((t) => [...t.matchAll(/\[OMA-2027-(\d+): /g)].map((m) => Number(m[1])));
    expect(shown).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it("pages what reminders will be sent, twenty at a time", async () => {
    for (let day = 2; day <= 9; day++) await bot.say("sihteeri", `ajoita JOHTO ${day}.3.2027 13 !`);
    const { texts } = await pages("admin", "muistutukset tulevat");
    expect(texts[0]).toContain("[Näytä 5 lisää: muistutukset tulevat sivu 2]");
    const lines = texts.flatMap((t) => t.match(/^- .*$/gm) ?? []);
    expect(lines).toHaveLength(25);
    expect(new Set(lines).size).toBe(25);
  });
});
