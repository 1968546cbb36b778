/**
 * The bot as Microsoft's own Teams client renders it: the Agents Playground (npm @microsoft/m365agentsplayground,
 * offline, its mock connector on loopback) talks to our real server with anonymous Teams on, and headless Chromium
 * reads what a person would see. `help` must show every command with its placeholders (Teams drops `<FORUM>` as a
 * tag, we write `‹FORUM›`), and a form must show its title, its fields and its button. Fails on any missing text.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:net";
import { createRequire } from "node:module";
import { eq } from "drizzle-orm";
import { pino } from "pino";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTeamsAdapter } from "../../../adapters/teams/index.js";
import { openDatabase } from "../../../db/connection.js";
import { forums, personIdentities } from "../../../db/schema/index.js";
import { startApp, type RunningApp } from "../../../src/app.js";
import { ManualClock } from "../../../src/clock.js";
import { readConfig } from "../../../src/config.js";
import { buildMeeting, buildWorld } from "../../builders.js";
import { tempDbPath } from "../../support/db.js";

const CHROMIUM = "/usr/bin/chromium";
/** The Playground's default user (its built-in configuration): linked here to the world's admin. */
const PLAYGROUND_USER = "00000000-0000-0000-0000-0000000000020";

let app: RunningApp;
let playground: ChildProcess;
let browser: Browser;
let page: Page;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Sends a line from the Playground's compose box and waits for `expected` to be shown. */
async function say(text: string, expected: string): Promise<string> {
  // The compose box is a rich-text editor (a contenteditable textbox), typed into as a person would.
  const box = page.locator('[contenteditable="true"][role="textbox"]').first();
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
  await page.getByText(expected, { exact: false }).last().waitFor({ timeout: 30_000 });
  return page.locator("body").innerText();
}

describe.skipIf(!existsSync(CHROMIUM))("the Agents Playground", () => {
  beforeAll(async () => {
    const path = tempDbPath("yhdyspinta-playground-");
    const db = openDatabase(path);
    const world = buildWorld(db);
    buildMeeting(db, world.forum, "2026-12-10T13:00");
    db.insert(personIdentities).values({ personId: world.admin.id, platform: "teams", externalId: PLAYGROUND_USER }).run();
    expect(db.select().from(forums).where(eq(forums.code, "JOHTO")).get()).toBeDefined();
    db.$client.close();
    const config = readConfig({ NODE_ENV: "test", DATABASE_PATH: path, PORT: "0", CONSOLE: "off", TEAMS_ANONYMOUS: "on" });
    const clock = new ManualClock(Date.parse("2026-11-22T10:00:00Z"));
    app = await startApp({ config, log: pino({ level: "silent" }), adapters: [createTeamsAdapter()], clock, host: "127.0.0.1", cron: false });

    const port = await freePort();
    const cli = createRequire(import.meta.url).resolve("@microsoft/m365agentsplayground/cli.js");
    const endpoint = `http://127.0.0.1:${app.port}/api/messages`;
    playground = spawn(process.execPath, [cli, "-e", endpoint, "-c", "msteams", "-p", String(port), "--disable-telemetry"], {
      env: { ...process.env, BROWSER: "none" },
      // The Playground writes its log under devTools/ of its working directory: keep it out of the repository.
      cwd: mkdtempSync(join(tmpdir(), "yhdyspinta-playground-cwd-")),
      stdio: ["ignore", "pipe", "pipe"],
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the Agents Playground did not start")), 30_000);
      playground.stdout!.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes(`Listening on ${port}`)) {
          clearTimeout(timer);
          resolve();
        }
      });
      playground.on("exit", (code) => reject(new Error(`the Agents Playground exited with ${code}`)));
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"] });
    page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: "networkidle" });
  });

  afterAll(async () => {
    await browser?.close();
    playground?.kill();
    await app?.close();
  });

  it("shows the whole help, placeholders included", async () => {
    // The Playground's user speaks English (en-US); the Playground itself already sent the install, so the
    // welcome is there too.
    const shown = await say("help", "Yhdyspinta — commands");
    expect(shown).toContain("Welcome to Yhdyspinta");
    for (const text of ["forum ‹CODE›", "calendar [FORUM | all | ‹from› ‹to›]", "agenda ‹MEETING›", "help ‹command›", "bind ‹FORUM›"]) {
      expect(shown, text).toContain(text);
    }
    // What Teams does to a placeholder it takes for a tag: the word vanishes and leaves two spaces.
    expect(shown).not.toMatch(/forum {2}—|<CODE>/);
  });

  it("shows a form with its title, fields and button", async () => {
    const shown = await say("schedule JOHTO", "Schedule a meeting of JOHTO");
    for (const text of ["Date", "Starts", "Ends (optional)", "Place or online link", "Schedule"]) expect(shown, text).toContain(text);
  });
});
