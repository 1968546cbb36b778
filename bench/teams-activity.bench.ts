/**
 * Teams activity round trip over loopback: a personal message posted to our /api/messages (core command, card
 * rendering, reply to a fake Bot Connector) against a bare botbuilder bot on the same CloudAdapter set-up that answers
 * with the same message ours sent (recorded once before the timing): the fake connector checks every Adaptive Card
 * as Teams would, so a bare bot echoing plain text would leave that work, and the larger body, to our side only.
 * `whoami` shows the adapter's own cost; `forum JOHTO` and `calendar` read storage (the forum with its members; the
 * person's coming meetings), as most commands do (issue 18 §5). Goal: p50 ≤ 1.5× the bare bot. Neither sends a typing
 * indicator: ours sends one only when the answer takes longer than half a second.
 */
import express from "express";
import { pino } from "pino";
import type { Server } from "node:http";
import { type Activity, CloudAdapter } from "botbuilder";
import { openDatabase } from "../db/connection.js";
import { createAuthentication } from "../adapters/teams/auth.js";
import { teamsAdapter } from "../adapters/teams/index.js";
import { ManualClock } from "../src/clock.js";
import { readConfig } from "../src/config.js";
import { startApp } from "../src/app.js";
import { portOf } from "../src/http/server.js";
import { buildMeeting, buildWorld } from "../test/builders.js";
import { tempDbPath } from "../test/support/db.js";
import { activity, startFakeConnector } from "../test/fixtures/teams/fake-connector.js";
import { heading, report, timePair } from "./lib.js";

/** What the bare bot answers: per message text, the message our bot sent; anything else is echoed. */
type CannedReplies = Map<string, Partial<Activity>>;

/** The message fields of an activity our bot sent (not its addressing, which the bare bot's turn fills in). */
const MESSAGE_FIELDS = ["type", "text", "summary", "textFormat", "attachments", "attachmentLayout", "suggestedActions", "entities", "inputHint"] as const;

async function startEchoBot(canned: CannedReplies): Promise<{ url: string; close(): Promise<void> }> {
  const adapter = new CloudAdapter(createAuthentication({ appId: "", appType: "MultiTenant", anonymous: true }));
  const app = express();
  app.post("/api/messages", express.json(), async (req, res) => {
    await adapter.process(req, res, async (context) => {
      await context.sendActivity(canned.get(context.activity.text) ?? `echo: ${context.activity.text}`);
    });
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  return { url: `http://127.0.0.1:${portOf(server)}/api/messages`, close: () => new Promise((r) => server.close(() => r())) };
}

export default async function bench(): Promise<void> {
  heading("teams-activity");
  const connector = await startFakeConnector();
  const path = tempDbPath("yhdyspinta-bench-");
  const db = openDatabase(path);
  const w = buildWorld(db);
  for (const day of ["2026-12-02", "2027-01-13", "2027-02-10", "2027-03-10", "2027-04-14"]) buildMeeting(db, w.forum, `${day}T13:00`);
  db.$client.close();
  const config = readConfig({ NODE_ENV: "test", DATABASE_PATH: path, PORT: "0", TEAMS_ANONYMOUS: "on" });
  const app = await startApp({
    config,
    log: pino({ level: "silent" }),
    adapters: [teamsAdapter],
    clock: new ManualClock(Date.parse("2026-11-22T10:00:00Z")),
    host: "127.0.0.1",
    cron: false,
  });
  const canned: CannedReplies = new Map();
  const echo = await startEchoBot(canned);
  const post = (url: string, text: string) => {
    const body = JSON.stringify(activity("personal-message", { SERVICE_URL: connector.url }, { text }));
    return async () => {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
      if (res.status !== 200) throw new Error(`status ${res.status}`);
      await res.arrayBuffer();
      connector.calls.length = 0;
    };
  };
  const ours = `http://127.0.0.1:${app.port}/api/messages`;
  // Both warm first (JIT, statement caches, the start-up's garbage), or the first pair timed pays for it.
  for (let i = 0; i < 150; i++) for (const text of ["whoami", "forum JOHTO", "calendar"]) await Promise.all([post(ours, text)(), post(echo.url, text)()]);
  // The bare bot answers with our message; recording it also proves our reply is a card with the command's content.
  for (const [text, expected] of [
    ["whoami", "Jussi Jäsen"],
    ["forum JOHTO", "JOHTO"],
    ["calendar", "JOHTO-2027-1"],
  ] as const) {
    const check = await fetch(ours, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(activity("personal-message", { SERVICE_URL: connector.url }, { text })),
    });
    await check.arrayBuffer();
    const sent = JSON.stringify(connector.calls);
    const message = connector.calls.find((c) => c.body.type === "message")?.body;
    connector.calls.length = 0;
    if (!sent.includes(expected) || !message) throw new Error(`\`${text}\` did not answer with ${expected}: ${sent.slice(0, 300)}`);
    if (text === "forum JOHTO")
      report(
        "personal message `forum JOHTO` → card reply, vs a bare bot echoing one line",
        ...(await timePair(post(ours, text), post(echo.url, text), 400, 50)),
      );
    canned.set(text, Object.fromEntries(MESSAGE_FIELDS.filter((key) => message[key] !== undefined).map((key) => [key, message[key]])));
    report(`personal message \`${text}\` → card reply`, ...(await timePair(post(ours, text), post(echo.url, text), 400, 50)), "≤ 1.5×");
  }
  await echo.close();
  await app.close();
  await connector.close();
}
