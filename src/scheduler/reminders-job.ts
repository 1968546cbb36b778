/** The reminders job of the scheduler tick: plans the periodic kinds, then runs one outbox tick. */
import { runRemindersTick, newTickState, type TickOptions } from "../services/reminders/tick.js";
import { planPeriodicRemindersInSlices } from "../services/reminders/plan-periodic.js";
import type { Job } from "./jobs.js";

/** Periodic planning (overdue measures, minutes inspection, duties, new members and channels) at most this often. */
const PLAN_EVERY_MS = 15 * 60_000;

export function createRemindersJob(options: TickOptions = {}): Job {
  const state = newTickState();
  let plannedAt = Number.NEGATIVE_INFINITY;
  return {
    name: "reminders",
    async run(deps, now) {
      if (now - plannedAt >= PLAN_EVERY_MS || now < plannedAt) {
        plannedAt = now;
        await planPeriodicRemindersInSlices(deps.db, now, deps.log);
      }
      await runRemindersTick(deps, state, options);
    },
  };
}
