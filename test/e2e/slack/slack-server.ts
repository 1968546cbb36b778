/**
 * Our real server with the Slack adapter on, over a temp SQLite file pre-filled by buildWorld (so start-up does
 * not seed), the Web API pointed at the loopback fake.
 */
import { readFileSync } from "node:fs";
import { pino } from "pino";
import { createSlackAdapter, type SlackAdapterOptions } from "../../../adapters/slack/index.js";
import { openDatabase } from "../../../db/connection.js";
import { startApp, type RunningApp } from "../../../src/app.js";
import { ManualClock } from "../../../src/clock.js";
import { readConfig } from "../../../src/config.js";
import { buildMeeting, buildWorld } from "../../builders.js";
import { tempDbPath } from "../../support/db.js";
import type { FakeSlack } from "./fake-slack-api.js";

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const NOW = Date.parse("2026-11-22T10:00:00Z");

export function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../fixtures/slack/${name}.json`, import.meta.url), "utf8")) as T;
}

export interface SlackServer {
  app: RunningApp;
  url: string;
  clock: ManualClock;
  world: ReturnType<typeof buildWorld>;
}

export interface SlackServerOptions extends SlackAdapterOptions {
  /** When given, the server logs (level info and up) into this array, one parsed JSON line per entry. */
  logs?: Record<string, unknown>[];
}

export async function startSlackServer(fake: FakeSlack, env: Record<string, string> = {}, options: SlackServerOptions = {}): Promise<SlackServer> {
  const path = tempDbPath("yhdyspinta-slack-");
  const db = openDatabase(path);
  const world = buildWorld(db);
  buildMeeting(db, world.forum, "2026-12-10T13:00");
  buildMeeting(db, world.forum, "2027-03-10T13:00");
  db.$client.close();
  const config = readConfig({
    NODE_ENV: "test",
    DATABASE_PATH: path,
    PORT: "0",
    CONSOLE: "off",
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    ...env,
  });
  const clock = new ManualClock(NOW);
  const { logs, ...adapterOptions } = options;
  const log = logs ? pino({ level: "info" }, { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) }) : pino({ level: "silent" });
  const app = await startApp({ config, log, adapters: [createSlackAdapter(adapterOptions)], clock, host: "127.0.0.1", cron: false });
  return { app, url: `http://127.0.0.1:${app.port}/slack/events`, clock, world };
}
