/**
 * One real server per test file with the Teams adapter on (anonymous unless an app id is given), over a temp
 * database built with buildWorld, and a loopback fake Bot Connector the activities' serviceUrl points at.
 */
import { pino } from "pino";
import { openDatabase } from "../../../db/connection.js";
import { createTeamsAdapter, type TeamsAdapterOptions } from "../../../adapters/teams/index.js";
import { ManualClock } from "../../../src/clock.js";
import { readConfig } from "../../../src/config.js";
import { startApp, type RunningApp } from "../../../src/app.js";
import type { Notifier } from "../../../src/conversation/notifier.js";
import { buildWorld } from "../../builders.js";
import { tempDbPath } from "../../support/db.js";
import { activity, startFakeConnector, visibleText, type FakeConnector } from "../../fixtures/teams/fake-connector.js";

export interface TeamsE2e {
  app: RunningApp;
  connector: FakeConnector;
  clock: ManualClock;
  vars: Record<string, string>;
  post(activity: unknown, headers?: Record<string, string>): Promise<Response>;
  notifier(): Notifier;
  /** Stops the app and starts it again on the same SQLite file (and the same fake connector); `app` is the new one. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startTeamsE2e(env: Record<string, string> = { TEAMS_ANONYMOUS: "on" }, options: TeamsAdapterOptions = {}): Promise<TeamsE2e> {
  const connector = await startFakeConnector();
  const path = tempDbPath("yhdyspinta-teams-");
  const db = openDatabase(path);
  buildWorld(db);
  db.$client.close();
  const clock = new ManualClock(Date.parse("2026-11-22T10:00:00Z"));
  const config = readConfig({ NODE_ENV: "test", DATABASE_PATH: path, PORT: "0", PUBLIC_URL: "https://yhdyspinta.example.fi", ...env });
  const start = () => startApp({ config, log: pino({ level: "silent" }), adapters: [createTeamsAdapter(options)], clock, host: "127.0.0.1", cron: false });
  const e2e: TeamsE2e = {
    app: await start(),
    connector,
    clock,
    vars: { SERVICE_URL: connector.url },
    post: (activity, headers = {}) =>
      fetch(`http://127.0.0.1:${e2e.app.port}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(activity),
      }),
    notifier: () => e2e.app.notifiers.get("teams")!,
    async restart() {
      await e2e.app.close();
      e2e.app = await start();
    },
    async close() {
      await e2e.app.close();
      await connector.close();
      // Teams refuses a card outside the schema or its limits; so does the fake, and a refusal is our renderer's bug.
      if (connector.refusals.length) throw new Error(`cards Teams would refuse:\n${JSON.stringify(connector.refusals, null, 2)}`);
    },
  };
  return e2e;
}

export interface TeamsChat {
  /** What the fake connector received since call index `from`, and its visible text. */
  calls(from: number): FakeConnector["calls"];
  textOf(from: number): string;
  /** Posts a personal message; resolves with the connector call index it started at. */
  say(text: string, overrides?: Record<string, unknown>): Promise<number>;
  /** Presses a card button (Action.Submit carrying a command); resolves with the starting call index. */
  press(command: string, overrides?: Record<string, unknown>): Promise<number>;
}

/** Chat helpers over a running harness; `get` is read at each call so a `let t` set in beforeAll works. */
export function teamsChat(get: () => TeamsE2e): TeamsChat {
  const calls = (from: number) => get().connector.calls.slice(from);
  const post = async (body: unknown): Promise<number> => {
    const from = get().connector.calls.length;
    const res = await get().post(body);
    if (res.status !== 200) throw new Error(`/api/messages answered ${res.status}`);
    return from;
  };
  return {
    calls,
    textOf: (from) =>
      calls(from)
        .map((c) => visibleText(c.body))
        .join("\n"),
    say: (text, overrides = {}) => post(activity("personal-message", get().vars, { text, ...overrides })),
    press: (command, overrides = {}) =>
      post(
        activity(
          "card-submit",
          { ...get().vars, REPLY_TO_ID: `act-${get().connector.calls.length}` },
          { value: { yhdyspinta: "command", command }, ...overrides },
        ),
      ),
  };
}
