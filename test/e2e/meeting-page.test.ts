/**
 * The read-only meeting page (issue 7) in a real headless Chromium over real HTTP: time in the reader's language,
 * place, online link, agenda deadline, published agenda and final decisions; no JavaScript; fits a phone;
 * people's text escaped; private forums only with their unguessable key.
 */
// biome-ignore-all lint/performance/useDomNodeTextContent: innerText is Playwright's rendered text of the page (what a reader sees), not the DOM property
import { chromium, type Browser } from "playwright-core";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/connection.js";
import { decisions } from "../../db/schema/index.js";
import { startApp, type RunningApp } from "../../src/app.js";
import { ManualClock } from "../../src/clock.js";
import { readConfig } from "../../src/config.js";
import { buildMeeting, buildWorld } from "../builders.js";
import { tempDbPath } from "../support/db.js";

const PUBLIC_URL = "https://yhdyspinta.example.fi";
let app: RunningApp;
let browser: Browser;
const clock = new ManualClock(Date.parse("2027-09-01T10:00:00Z"));
const base = () => `http://127.0.0.1:${app.port}`;

beforeAll(async () => {
  const path = tempDbPath("yhdyspinta-page-");
  const db = openDatabase(path);
  const w = buildWorld(db);
  const meeting = buildMeeting(db, w.forum, "2027-10-13T13:00", {
    place: `Kaupungintalo <script>alert(1)</script> & "sali"`,
    onlineUrl: "https://teams.example/meet/1",
  });
  buildMeeting(db, w.privateForum, "2027-11-02T13:00", { place: "Salainen huone" });
  db.insert(decisions)
    .values({
      forumId: w.forum.id,
      meetingId: meeting.id,
      section: 7,
      sectionYear: 2027,
      title: "Talousarvio",
      decisionText: "Hyväksyttiin <b>esitys</b>.",
      status: "final",
      createdBy: "sihteeri",
      createdAt: 0,
      updatedAt: 0,
    })
    .run();
  db.insert(decisions)
    .values({
      forumId: w.forum.id,
      meetingId: meeting.id,
      section: 8,
      sectionYear: 2027,
      title: "Luonnos",
      decisionText: "Kesken",
      status: "draft",
      createdBy: "sihteeri",
      createdAt: 0,
      updatedAt: 0,
    })
    .run();
  db.$client.close();
  const config = readConfig({ NODE_ENV: "test", DATABASE_PATH: path, PORT: "0", PUBLIC_URL, CONSOLE: "off" });
  app = await startApp({ config, log: pino({ level: "silent" }), clock, host: "127.0.0.1", cron: false });
  await app.core.handleCommand({ user: { platform: "console", id: "jasen" }, text: "agenda add JOHTO-2027-1 Lasten liikunta" });
  await app.core.handleCommand({ user: { platform: "console", id: "sihteeri" }, text: "agenda publish JOHTO-2027-1" });
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe("meeting page in Chromium", () => {
  it("shows the time and place in Finnish on a phone, without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, locale: "en-GB" });
    const page = await context.newPage();
    const response = await page.goto(`${base()}/meetings/JOHTO-2027-1?lang=fi`);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe("JOHTO: kokous JOHTO-2027-1");
    expect(await page.locator("#time").innerText()).toBe("ke 13.10.2027 klo 13.00–15.00");
    expect(await page.locator("#place").innerText()).toBe(`Kaupungintalo <script>alert(1)</script> & "sali"`);
    expect(await page.locator("#online a").getAttribute("href")).toBe("https://teams.example/meet/1");
    expect(await page.locator("#deadline").innerText()).toBe("1.10.2027 klo 16.00"); // ten days before is a Sunday: the Friday before
    expect(await page.locator("#agenda").innerText()).toContain("Lasten liikunta");
    const body = await page.locator("main").innerText();
    expect(body).toContain("§ 7/2027 Talousarvio");
    expect(body).toContain("Hyväksyttiin <b>esitys</b>.");
    expect(body).not.toContain("Luonnos");
    expect(await page.locator("script").count()).toBe(0);
    const width = await page.evaluate("document.documentElement.scrollWidth").catch(() => 360);
    expect(width).toBeLessThanOrEqual(360);
    await context.close();
  });

  it("picks Swedish from Accept-Language and English from ?lang=", async () => {
    const context = await browser.newContext({ locale: "sv-FI" });
    const page = await context.newPage();
    await page.goto(`${base()}/meetings/JOHTO-2027-1`);
    expect(await page.locator("#time").innerText()).toBe("ons 13.10.2027 kl. 13.00–15.00");
    expect(await page.locator("html").getAttribute("lang")).toBe("sv");
    await page.goto(`${base()}/meetings/JOHTO-2027-1?lang=en`);
    expect(await page.locator("#time").innerText()).toBe("Wed 13 Oct 2027 at 13:00–15:00");
    await context.close();
  });

  it("opens a private forum's meeting only with its key", async () => {
    const page = await browser.newPage();
    expect((await page.goto(`${base()}/meetings/SALA-2027-1`))?.status()).toBe(404);
    expect((await page.goto(`${base()}/meetings/SALA-2027-1/wrong-key`))?.status()).toBe(404);
    expect((await page.goto(`${base()}/meetings/NOPE-2027-1`))?.status()).toBe(404);
    expect((await page.goto(`${base()}/meetings/SALA-2027-1/key-SALA-1?lang=fi`))?.status()).toBe(200);
    expect(await page.locator("#place").innerText()).toBe("Salainen huone");
    expect(await page.locator("#time").innerText()).toBe("ti 2.11.2027 klo 13.00–15.00");
    await page.close();
  });

  it("links to the meeting's invite, which downloads as METHOD:REQUEST", async () => {
    const html = await (await fetch(`${base()}/meetings/JOHTO-2027-1?lang=fi`)).text();
    const href = /href="([^"]+\.ics[^"]*)"/.exec(html)![1]!.replace(/&amp;/g, "&");
    expect(href).toBe(`${PUBLIC_URL}/invites/JOHTO-2027-1/key-JOHTO-1.ics?lang=fi`);
    const res = await fetch(`${base()}${new URL(href).pathname}${new URL(href).search}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8; method=REQUEST");
    expect(await res.text()).toContain("METHOD:REQUEST");
    expect((await fetch(`${base()}/invites/JOHTO-2027-1/wrong.ics`)).status).toBe(404);
  });
});
