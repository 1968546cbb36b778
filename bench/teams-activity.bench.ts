/**
 * Teams activity round trip over loopback: a personal message posted to our /api/messages (core command, card
 * rendering, reply to a fake Bot Connector) against a bare botbuilder echo bot on the same CloudAdapter set-up.
 * Goal: p50 ≤ 1.5× the bare bot.
 */
import express from "express";
import { pino } from "pino";
import type { Server } from "node:http";
import { CloudAdapter } from "botbuilder";
import { openDatabase } from "../db/connection.js";
import { createAuthentication } from "../adapters/teams/auth.js";
import { teamsAdapter } from "../adapters/teams/index.js";
import { ManualClock } from "../src/clock.js";
import { readConfig } from "../src/config.js";
import { startApp } from "../src/app.js";
import { portOf } from "../src/http/server.js";
import { buildWorld } from "../test/builders.js";
import { tempDbPath } from "../test/support/db.js";
import { activity, startFakeConnector } from "../test/fixtures/teams/fake-connector.js";
import { heading, report, timePair } from "./lib.js";

async function startEchoBot(): Promise<{ url: string; close(): Promise<void> }> {
  const adapter = new CloudAdapter(createAuthentication({ appId: "", appType: "MultiTenant", anonymous: true }));
  const app = express();
  app.post("/api/messages", express.json(), async (req, res) => {
    await adapter.process(req, res, async (context) => {
      await context.sendActivity(`echo: ${context.activity.text}`);
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
  buildWorld(db);
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
  const echo = await startEchoBot();
  const body = JSON.stringify(activity("personal-message", { SERVICE_URL: connector.url }, { text: "whoami" }));
  const post = (url: string) => async () => {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    await res.arrayBuffer();
    connector.calls.length = 0;
  };
  report("personal message `whoami` → card reply", ...(await timePair(post(`http://127.0.0.1:${app.port}/api/messages`), post(echo.url), 400, 30)), "≤ 1.5×");
  await echo.close();
  await app.close();
  await connector.close();
}
