/**
 * Issue 14 §1: where a change comes from decides only how soon its messages go out. An agenda published with
 * `yhdyspinta say` (another process) is queued in the shared database and sent by the running bot's minute tick;
 * one published inside the running bot goes out at once, woken in-process, with no minute tick at all. A decision
 * recorded from the CLI is announced in the forum's channel the same way.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import { DateTime } from "luxon";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter } from "../../adapters/slack/index.js";
import { openDatabase } from "../../db/connection.js";
import { forums } from "../../db/schema/index.js";
import { startApp, type RunningApp } from "../../src/app.js";
import { readConfig } from "../../src/config.js";
import { startFakeSlack, waitFor, type FakeSlack } from "../e2e/slack/fake-slack-api.js";
import { buildMeeting } from "../builders.js";
import { tempDbPath } from "../support/db.js";
import { seedAgendaForum } from "./support/published-agenda.js";

const CLI = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));

function runCli(path: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", CLI, ...args], {
    env: { ...process.env, NODE_ENV: "test", DATABASE_PATH: path, LOG_LEVEL: "silent" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
}

describe("messages of a change made elsewhere", () => {
  let fake: FakeSlack;
  let app: RunningApp;
  let path: string;
  let meetingId: string;
  let refs: string[];
  let startedId: string;
  let closedId: string;

  beforeAll(async () => {
    fake = await startFakeSlack();
    path = tempDbPath("cli-delivery-");
    const db = openDatabase(path);
    ({ meetingId, refs } = seedAgendaForum(db, 6, "slack"));
    // A meeting under way now (the CLI records with the real clock), for a decision.
    const forum = db.select().from(forums).where(eq(forums.code, "JOHTO")).get()!;
    const started = DateTime.now().setZone("Europe/Helsinki").minus({ minutes: 30 }).toFormat("yyyy-MM-dd'T'HH:mm");
    startedId = buildMeeting(db, forum, started, { place: "Valtuustosali" }).id;
    // And one next week whose agenda deadline passed an hour ago, for a late proposal.
    const nextWeek = DateTime.now().setZone("Europe/Helsinki").plus({ days: 7 }).toFormat("yyyy-MM-dd'T'HH:mm");
    closedId = buildMeeting(db, forum, nextWeek, { place: "Valtuustosali", agendaDeadlineAt: Date.now() - 3_600_000 }).id;
    db.$client.close();
    const config = readConfig({
      NODE_ENV: "test",
      DATABASE_PATH: path,
      PORT: "0",
      CONSOLE: "off",
      SLACK_BOT_TOKEN: "xoxb-test-token",
      SLACK_SIGNING_SECRET: "8f742231b10e8888abcd99yyyzzz85a5",
      SLACK_API_URL: fake.apiUrl,
    });
    // The system clock: the CLI stamps its rows with real time. No node-cron: the test runs the minute tick itself.
    app = await startApp({ config, log: pino({ level: "silent" }), adapters: [createSlackAdapter()], host: "127.0.0.1", cron: false });
  });

  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  const agendaPosts = (marker: string) => fake.callsOf("chat.postMessage").filter((c) => c.ok && JSON.stringify(c.args).includes(marker));

  it("an agenda published from the CLI reaches everyone through the running bot's minute tick", async () => {
    const cli = await runCli(path, ["say", "--as", "sihteeri", `agenda publish ${meetingId}`]);
    expect(cli.stderr).toBe("");
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain("versio 1");
    // The CLI sends nothing itself and cannot wake another process: nothing has gone out yet.
    expect(agendaPosts("Kokouksen avaus")).toHaveLength(0);

    await app.scheduler.tick(); // what node-cron runs every minute
    const posts = agendaPosts("Kokouksen avaus").concat(agendaPosts("Mötets öppnande"));
    const channels = posts.map((c) => String(c.args.channel)).sort();
    expect(channels).toEqual(refs.map((r) => (r.startsWith("C") ? r : `D${r}`)).sort());
  });

  it("an agenda published inside the running bot goes out at once, without the minute tick", async () => {
    fake.reset();
    const added = await app.core.handleCommand({ user: { platform: "console", id: "sihteeri" }, text: `agenda add ${meetingId} Lisäasia kesken kauden` });
    expect(JSON.stringify(added)).toContain("Lisäasia");
    await app.core.handleCommand({ user: { platform: "console", id: "sihteeri" }, text: `agenda accept ${meetingId} #3` });
    const published = await app.core.handleCommand({ user: { platform: "console", id: "sihteeri" }, text: `agenda publish ${meetingId}` });
    expect(JSON.stringify(published)).toContain("versio 2");
    // No tick is called here: the in-process wake-up after the commit sends the new version to everyone.
    await waitFor(() => agendaPosts("Lisäasia kesken kauden").length === refs.length, "version 2 delivered by the wake-up");
    expect(new Set(agendaPosts("Lisäasia kesken kauden").map((c) => c.args.channel)).size).toBe(refs.length);
  });

  it("a decision recorded from the CLI is announced in the forum's channel by the running bot, once", async () => {
    fake.reset();
    const cli = await runCli(path, ["say", "--as", "sihteeri", `decision ${startedId} - Merkitään kuntalaiskysely tiedoksi.`]);
    expect(cli.stderr).toBe("");
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain("§ 1");
    expect(cli.stdout).toContain("Merkitään kuntalaiskysely tiedoksi.");
    expect(agendaPosts("kuntalaiskysely")).toHaveLength(0); // queued with the decision; the CLI sends nothing

    await app.scheduler.tick();
    await app.scheduler.tick(); // a second tick sends nothing again
    const posts = agendaPosts("kuntalaiskysely");
    expect(posts.map((c) => c.args.channel)).toEqual(["CFORUM"]);
    expect(JSON.stringify(posts[0]!.args)).toContain("§ 1");
  });

  it("a late proposal made from the CLI reaches the secretary with accept and reject buttons through the running bot", async () => {
    fake.reset();
    const cli = await runCli(path, ["say", "--as", "jasen", `agenda add ${closedId} Kiireellinen lisäasia`]);
    expect(cli.stderr).toBe("");
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain("myöhässä");
    await app.scheduler.tick();
    const posts = agendaPosts("Kiireellinen lisäasia");
    expect(posts.map((c) => c.args.channel)).toEqual(["DUSECR"]);
    const buttons = JSON.stringify(posts[0]!.args.blocks);
    expect(buttons).toContain(`agenda accept ${closedId} #1`);
    expect(buttons).toContain(`agenda reject ${closedId} #1`);
  });
});
