/**
 * Child process of the crash test: opens the file database, ticks the reminders outbox until nothing is due, sending
 * to the loopback fake platform over HTTP. Env: DB (path), FAKE_URL, NOW (epoch ms of the manual clock).
 */
import { pino } from "pino";
import { openDatabase } from "../../db/connection.js";
import { ManualClock } from "../../src/clock.js";
import { readConfig } from "../../src/config.js";
import type { Platform } from "../../src/conversation/input.js";
import type { Notifier } from "../../src/conversation/notifier.js";
import { newTickState, runRemindersTick } from "../../src/services/reminders/tick.js";
import { HttpNotifier } from "./support/http-notifier.js";

const db = openDatabase(process.env.DB!);
const notifier = new HttpNotifier("slack", process.env.FAKE_URL!);
const notifiers = new Map<Platform, Notifier>([["slack", notifier]]);
const deps = {
  db,
  clock: new ManualClock(Number(process.env.NOW)),
  config: readConfig({ NODE_ENV: "test", DATABASE_PATH: process.env.DB! }),
  log: pino({ level: "silent" }),
  notifiers,
};
const state = newTickState();
console.log("ticking");
for (;;) {
  const report = await runRemindersTick(deps, state, { minIntervalMs: 0 });
  if (report.sent + report.failed + report.retried + report.skipped === 0) break;
}
console.log("done");
notifier.close();
db.$client.close();
