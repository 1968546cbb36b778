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
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { startFakeSlack, type FakeSlack, type FakeUser } from "./fake-slack-api.js";

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const NOW = Date.parse("2026-11-22T10:00:00Z");

type Json = Record<string, unknown>;

/** The recorded payloads, typed as far as the tests change them; everything else passes through untouched. */
export interface SlackFixtures {
  "block-actions": Json & { user: Json & { id: string }; trigger_id: string; response_url: string; channel?: Json; actions: Json[] };
  "view-submission": Json & { user: Json & { id: string }; view: Json };
  "app-home-opened": Json & { event_id: string };
  "slash-command": Record<string, string>;
}

export function fixture<N extends keyof SlackFixtures>(name: N): SlackFixtures[N] {
  return JSON.parse(readFileSync(new URL(`../../fixtures/slack/${name}.json`, import.meta.url), "utf8")) as SlackFixtures[N];
}

export interface SlackServer {
  app: RunningApp;
  url: string;
  clock: ManualClock;
  world: ReturnType<typeof buildWorld>;
  /** Stops this server and starts another over the same database file (a restart). */
  restart(): Promise<SlackServer>;
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
  return startOver(path, world, fake, env, options);
}

async function startOver(
  path: string,
  world: ReturnType<typeof buildWorld>,
  fake: FakeSlack,
  env: Record<string, string>,
  options: SlackServerOptions,
): Promise<SlackServer> {
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
  const log = logs
    ? pino({ level: "info" }, { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) })
    : pino({ level: "silent" });
  const app = await startApp({ config, log, adapters: [createSlackAdapter(adapterOptions)], clock, host: "127.0.0.1", cron: false });
  return {
    app,
    url: `http://127.0.0.1:${app.port}/slack/events`,
    clock,
    world,
    async restart() {
      await app.close();
      return startOver(path, world, fake, env, options);
    },
  };
}

/** The world's people as Slack users (users.info answers with their locale and e-mail). */
export const SLACK_PEOPLE: Record<string, FakeUser> = {
  UMEMB: { locale: "fi-FI", email: "jasen@example.fi" },
  UADMIN: { locale: "en-US", email: "admin@example.fi" },
  USWED: { locale: "sv-FI", email: "svensk@example.fi" },
  USECR: { locale: "fi-FI", email: "sihteeri@example.fi" },
};

/** A modal as views.open received it. */
export type View = { callback_id: string; private_metadata: string; blocks: { block_id?: string; type: string }[]; title: { text: string } };

/** The view_submission Slack posts when `user` submits the modal `view` with `values` (state.values, by block and action). */
export function viewSubmission(view: View, values: Record<string, Record<string, unknown>>, user: string) {
  const payload = fixture("view-submission");
  payload.user.id = user;
  payload.view = {
    ...payload.view,
    callback_id: view.callback_id,
    private_metadata: view.private_metadata,
    blocks: view.blocks,
    title: view.title,
    state: { values },
  };
  return payload;
}

export interface SlackSuite {
  readonly fake: FakeSlack;
  readonly server: SlackServer;
}

export interface SlackSuiteOptions {
  env?: Record<string, string>;
  server?: SlackServerOptions;
  /** Runs once after the server started (bind channels, add goals). */
  setup?: (suite: SlackSuite) => void;
  /** Forget the fake's calls before each test (default); off for a file whose tests continue one story. */
  resetEachTest?: boolean;
}

/**
 * One test file's Slack: the fake Web API and our server start once and close at the end; the fake knows the
 * world's people; unless told otherwise it forgets its calls before each test. A test fails when the fake refused
 * a payload for breaking one of Slack's limits.
 */
export function useSlackServer(options: SlackSuiteOptions = {}): SlackSuite {
  const suite = {} as { fake: FakeSlack; server: SlackServer };
  const knowPeople = () => {
    for (const [id, user] of Object.entries(SLACK_PEOPLE)) suite.fake.users.set(id, user);
  };
  beforeAll(async () => {
    suite.fake = await startFakeSlack();
    suite.server = await startSlackServer(suite.fake, options.env, options.server);
    knowPeople();
    options.setup?.(suite);
  });
  // Real Slack refuses a payload outside its limits; so does the fake, and a refusal is our renderer's bug.
  afterEach(() => {
    const refused = suite.fake.refusals.splice(0);
    expect(refused, "payloads Slack would refuse").toEqual([]);
  });
  afterAll(async () => {
    await suite.server?.app.close();
    await suite.fake?.close();
  });
  if (options.resetEachTest !== false) {
    beforeEach(() => {
      suite.fake.reset();
      knowPeople();
    });
  }
  return suite;
}
