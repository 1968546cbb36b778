/** The download links behind minutes, extracts and the yearly report (Teams can only offer files by URL). */
import type { Server } from "node:http";
import { strFromU8, unzipSync } from "fflate";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection.js";
import { ManualClock } from "../../src/clock.js";
import { readConfig } from "../../src/config.js";
import { createHttpApp, listen, portOf } from "../../src/http/server.js";
import { buildMeeting, buildWorld } from "../builders.js";
import { createTestCore, type TestCore } from "../support/core.js";
import { openTestDb } from "../support/db.js";
import { buildGoals, buildIndicatorValue } from "../support/goal-builders.js";

let db: Db;
let bot: TestCore;
let server: Server;
let base: string;
let key: string;
let publicMeeting: { pageKey: string; minutesKey: string };
const M = "SALA-2027-1";

beforeAll(async () => {
  db = openTestDb();
  const w = buildWorld(db);
  const goals = buildGoals(db);
  for (const [i, year] of [2025, 2026, 2027].entries()) buildIndicatorValue(db, goals.ind.id, year, 11 + i);
  key = buildMeeting(db, w.privateForum, "2027-04-21T13:00").minutesKey;
  publicMeeting = buildMeeting(db, w.forum, "2027-05-12T13:00");
  bot = createTestCore(db, Date.parse("2027-06-01T10:00:00Z"));
  await bot.say("sihteeri", `decision ${M} - Salainen sopimusluonnos hyväksytään. #T3 diary kaupunki:9/2027`);
  await bot.say("sihteeri", "decision JOHTO-2027-1 - Julkinen linjaus hyväksytään. #T3");
  await bot.say("sihteeri", `decision ${M} - O'Brienin esitys <b>hyväksytään</b>.`);
  const config = readConfig({ NODE_ENV: "test", DATABASE_PATH: ":memory:", PUBLIC_URL: "https://y.example.fi" });
  server = await listen(
    createHttpApp({ db, config, clock: new ManualClock(Date.parse("2027-06-01T10:00:00Z")), log: pino({ level: "silent" }) }),
    0,
    "127.0.0.1",
  );
  base = `http://127.0.0.1:${portOf(server)}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("minutes and report downloads", () => {
  it("links every minutes export to its download address with the meeting's key", async () => {
    const reply = await bot.core.handleCommand({ user: { platform: "console", id: "sihteeri" }, text: `minutes ${M}` });
    expect(reply.attachments!.map((a) => a.url)).toEqual(["md", "html", "docx"].map((f) => `http://localhost:3978/minutes/${M}/${key}.${f}?lang=fi`));
  });

  it("serves the minutes with the key in the asked language, and 404 without it", async () => {
    const md = await fetch(`${base}/minutes/${M}/${key}.md?lang=sv`);
    expect(md.status).toBe(200);
    expect(await md.text()).toContain("# Protokoll — SALA (SALA), 21.4.2027");
    const docx = await fetch(`${base}/minutes/${M}/${key}.docx`);
    expect(docx.headers.get("content-type")).toContain("wordprocessingml");
    const xml = strFromU8(unzipSync(new Uint8Array(await docx.arrayBuffer()))["word/document.xml"]!);
    expect(xml).toContain("Salainen sopimusluonnos");
    expect((await fetch(`${base}/minutes/${M}/wrong-key.md`)).status).toBe(404);
    expect((await fetch(`${base}/minutes/NOPE-2027-1/${key}.md`)).status).toBe(404);
  });

  it("serves one party's extract", async () => {
    const res = await fetch(`${base}/minutes/${M}/${key}/s1/kaupunki.html`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Pöytäkirjanote: SALA 21.4.2027 § 1");
    expect(html).toContain("9/2027");
    expect((await fetch(`${base}/minutes/${M}/${key}/s9/kaupunki.html`)).status).toBe(404);
  });

  it("serves the yearly report with public forums' decisions only, and the indicator charts", async () => {
    const md = await (await fetch(`${base}/reports/2027.md`)).text();
    expect(md).toContain("# Yhteistyösopimuksen seuranta 2027");
    expect(md).toContain("Julkinen linjaus");
    expect(md).not.toContain("Salainen");
    const csv = await fetch(`${base}/reports/2027.csv?lang=sv`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(await csv.text()).toContain("mål;rad;kod");
    const png = await fetch(`${base}/reports/2027/T3-M1.png`);
    expect(png.status).toBe(200);
    expect(new Uint8Array(await png.arrayBuffer()).slice(1, 4)).toEqual(new Uint8Array([0x50, 0x4e, 0x47]));
    expect(await (await fetch(`${base}/reports/2027/T3-M1.svg`)).text()).toContain("<svg");
    expect((await fetch(`${base}/reports/2027/NOPE.png`)).status).toBe(404);
  });

  it("keeps a private forum's decisions in the chat report of its members but not of others", async () => {
    const member = await bot.core.handleCommand({ user: { platform: "console", id: "jasen" }, text: "report 2027" });
    const outsider = await bot.core.handleCommand({ user: { platform: "console", id: "ulko" }, text: "report 2027" });
    const mdOf = (r: typeof member) => r.attachments!.find((a) => a.filename === "report-2027.md")!.content as string;
    expect(mdOf(member)).toContain("Salainen");
    expect(mdOf(outsider)).not.toContain("Salainen");
    expect(member.attachments!.find((a) => a.filename === "report-2027.md")!.url).toBe("http://localhost:3978/reports/2027.md?lang=fi");
  });

  it("does not open draft minutes with the page key that the public meeting page shows", async () => {
    const page = await fetch(`${base}/meetings/JOHTO-2027-1`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(publicMeeting.pageKey);
    expect(html).not.toContain(publicMeeting.minutesKey);
    const draft = (k: string) => fetch(`${base}/minutes/JOHTO-2027-1/${k}.md`);
    expect((await draft(publicMeeting.pageKey)).status).toBe(404);
    expect((await fetch(`${base}/minutes/JOHTO-2027-1/${publicMeeting.pageKey}/s1/kaupunki.md`)).status).toBe(404);
    const ok = await draft(publicMeeting.minutesKey);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("Julkinen linjaus");
    const sameLengthWrongKey = publicMeeting.minutesKey.replace(/.$/, (c) => (c === "x" ? "y" : "x"));
    expect((await draft(sameLengthWrongKey)).status).toBe(404);
    expect((await fetch(`${base}/minutes/${M}/${publicMeeting.minutesKey}.md`)).status).toBe(404);
  });

  it("answers a malformed party or chart name with 4xx and keeps serving", async () => {
    const bad = await fetch(`${base}/minutes/${M}/${key}/s1/%zz.html`);
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(bad.status).toBeLessThan(500);
    // Express decodes %25zz to "%zz"; decoding it a second time threw (an unhandled rejection that ended the process).
    expect((await fetch(`${base}/minutes/${M}/${key}/s1/%25zz.html`)).status).toBe(404);
    expect((await fetch(`${base}/reports/2027/%25zz.png`)).status).toBe(404);
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
  });

  it("picks the reader's language from ?lang=, then Accept-Language, then the region's default", async () => {
    const md = (lang: string, accept?: string) =>
      fetch(`${base}/minutes/${M}/${key}.md${lang}`, { headers: accept ? { "accept-language": accept } : {} }).then((r) => r.text());
    expect(await md("", "sv-FI,sv;q=0.9")).toContain("# Protokoll — SALA");
    expect(await md("?lang=fi", "sv-FI")).toContain("# Pöytäkirja — SALA");
    expect(await md("")).toContain("# Pöytäkirja — SALA");
    expect(await (await fetch(`${base}/reports/2027.csv`, { headers: { "accept-language": "sv" } })).text()).toContain("mål;rad;kod");
    const clock = (query: string, accept?: string) =>
      fetch(`${base}/annual-clock/2027.svg${query}`, { headers: accept ? { "accept-language": accept } : {} }).then((r) => r.text());
    const swedish = await clock("?lang=sv");
    expect(swedish).not.toBe(await clock("?lang=fi"));
    expect(await clock("", "sv-FI")).toBe(swedish);
  });

  it("escapes people's text, apostrophes included, in the HTML minutes", async () => {
    const html = await (await fetch(`${base}/minutes/${M}/${key}.html`)).text();
    expect(html).toContain("<p>O&#39;Brienin esitys &lt;b&gt;hyväksytään&lt;/b&gt;.</p>");
    expect(html).not.toContain("<b>hyväksytään");
  });
});
