/**
 * Reminders: claim, render and send 10,000 due reminders (one meeting's day-before reminder to 10,000 bound
 * channels) from a file database to a loopback fake platform, rate limits off. Prints the scheduler's own time per
 * reminder (the tick's time minus the time spent inside the notifier's send) next to the fake's raw receive time:
 * the same notifier sending the same message 10,000 times straight to the fake, in the same run.
 */
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { performance } from "node:perf_hooks";
import { pino } from "pino";
import { openDatabase } from "../db/connection.js";
import { ManualClock } from "../src/clock.js";
import { readConfig } from "../src/config.js";
import type { Platform } from "../src/conversation/input.js";
import type { Notifier } from "../src/conversation/notifier.js";
import { newTickState, runRemindersTick } from "../src/services/reminders/tick.js";
import { tempDbPath } from "../test/support/db.js";
import { startFakePlatform } from "../test/scheduler/support/fake-platform.js";
import { HttpNotifier } from "../test/scheduler/support/http-notifier.js";
import { seedDueReminders } from "../test/scheduler/support/due-reminders.js";
import { heading } from "./lib.js";

const COUNT = 10_000;
const NOW = Date.parse("2027-03-25T07:00:00Z");

export default async function remindersBench(): Promise<void> {
  heading("reminders");
  const path = tempDbPath("yhdyspinta-bench-reminders-");
  const db = openDatabase(path);
  seedDueReminders(db, COUNT, NOW, "bench");

  const fake = await startFakePlatform();
  const notifier = new HttpNotifier("slack", fake.url);
  const notifiers = new Map<Platform, Notifier>([["slack", notifier]]);
  const deps = { db, clock: new ManualClock(NOW), config: readConfig({ NODE_ENV: "test", DATABASE_PATH: path }), log: pino({ level: "silent" }), notifiers };

  let sendMs = 0;
  const started = performance.now();
  const report = await runRemindersTick(deps, newTickState(), { minIntervalMs: 0, onSend: (ms) => (sendMs += ms) });
  const totalMs = performance.now() - started;
  const message =
    fake.received.length > 0
      ? { blocks: [{ kind: "text" as const, text: fake.received[0]!.summary }], visibility: "channel" as const, summary: fake.received[0]!.summary }
      : { blocks: [], visibility: "channel" as const };

  // Baseline: the fake's raw receive time, the same notifier and the same number of messages, no scheduler.
  const rawStarted = performance.now();
  for (let i = 0; i < COUNT; i++) await notifier.send({ platform: "slack", kind: "channel", ref: `C${i}` }, message);
  const rawMs = performance.now() - rawStarted;

  const own = (totalMs - sendMs) / COUNT;
  console.log(`reminders: sent ${report.sent}/${COUNT} in ${(totalMs / 1000).toFixed(2)} s`);
  console.log(
    `reminders: scheduler own time ${own.toFixed(3)} ms/reminder (goal ≤ 0.5 ms) | send through the notifier ${(sendMs / COUNT).toFixed(3)} ms/reminder | fake raw receive ${(rawMs / COUNT).toFixed(3)} ms/message | ratio own/raw ${(own / (rawMs / COUNT)).toFixed(2)}×`,
  );
  notifier.close();
  await fake.close();
  db.$client.close();
  rmSync(dirname(path), { recursive: true, force: true });
}
