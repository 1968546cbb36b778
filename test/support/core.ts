/** A real core over a real database, with a manual clock and a silent logger; `say` runs a command as a person. */
import { pino } from "pino";
import type { Db } from "../../db/connection.js";
import { ManualClock } from "../../src/clock.js";
import { readConfig } from "../../src/config.js";
import { createCore, type Core } from "../../src/commands/run.js";
import type { Notifier } from "../../src/conversation/notifier.js";
import type { Platform } from "../../src/conversation/input.js";
import { renderReplyText } from "../../src/conversation/render-text.js";
import type { OutboxDeps } from "../../src/services/reminders/outbox-deps.js";
import { newTickState, runRemindersTick, type TickReport } from "../../src/services/reminders/tick.js";

export interface TestCore {
  core: Core;
  clock: ManualClock;
  notifiers: Map<Platform, Notifier>;
  /** What the scheduler gets: the core's dependencies and the notifiers. */
  outbox: OutboxDeps;
  /** Sends what the outbox holds now (one reminders tick, unpaced), as the running bot's scheduler would. */
  deliver(): Promise<TickReport>;
  /** Runs a command as a person through the console platform and returns the reply as plain text. */
  say(personId: string, text: string): Promise<string>;
}

export interface TestCoreOptions {
  /** After each `say`, send what the outbox holds, as the running bot's in-process wake-up does within a second. */
  deliverAfterSay?: boolean;
  /** More environment for the configuration, e.g. SOTKANET_URL pointing at the loopback fake. */
  env?: NodeJS.ProcessEnv;
}

export function createTestCore(db: Db, now = Date.parse("2026-11-22T10:00:00Z"), options: TestCoreOptions = {}): TestCore {
  const clock = new ManualClock(now);
  const notifiers = new Map<Platform, Notifier>();
  const config = readConfig({ NODE_ENV: "test", DATABASE_PATH: ":memory:", ...options.env });
  const deps = { db, clock, config, log: pino({ level: "silent" }) };
  const core = createCore(deps);
  const outbox: OutboxDeps = { ...deps, notifiers };
  const state = newTickState();
  // Pacing and Retry-After waits run on virtual time: `sleep` moves the pacing clock, nothing really waits.
  let virtual = 0;
  const time = {
    monotonic: () => virtual,
    sleep: async (ms: number) => {
      virtual += ms;
    },
  };
  const deliver = () => runRemindersTick(outbox, state, { minIntervalMs: 0, ...time });
  return {
    core,
    clock,
    notifiers,
    outbox,
    deliver,
    async say(personId, text) {
      const answer = renderReplyText(await core.handleCommand({ user: { platform: "console", id: personId }, text }));
      if (options.deliverAfterSay) await deliver();
      return answer;
    },
  };
}
