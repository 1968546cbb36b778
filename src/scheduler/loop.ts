/**
 * The scheduler tick: node-cron fires every minute; each tick runs the jobs in order, one tick at a time. A use
 * case that writes outbox rows in this process wakes it at once (wake.ts), so its messages start going out within
 * a second; rows written by another process (the CLI) go out at the next minute tick.
 */
import cron from "node-cron";
import type { OutboxDeps } from "../services/reminders/outbox-deps.js";
import { onOutboxWritten } from "../services/reminders/wake.js";
import { JOBS, type Job } from "./jobs.js";

export interface Scheduler {
  /** Runs one tick now (tests, catch-up at start-up). */
  tick(): Promise<void>;
  stop(): void;
}

export interface SchedulerOptions {
  /** Start node-cron's minute tick (off in tests that tick by hand). */
  cron?: boolean;
  /** Tick when this process writes outbox rows. Default on. */
  wake?: boolean;
}

export function startScheduler(deps: OutboxDeps, jobs: Job[] = JOBS, options: SchedulerOptions = {}): Scheduler {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const runJobs = async () => {
    for (const job of jobs) {
      try {
        await job.run(deps, deps.clock.now());
      } catch (error) {
        deps.log.error({ err: error, job: job.name }, "scheduler job failed");
      }
    }
  };
  const tick = (): Promise<void> => {
    if (running) {
      // Rows written while a tick runs may have been missed by its claim: run once more right after it.
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await runJobs();
      } while (again && !stopped);
    })().finally(() => (running = undefined));
    return running;
  };
  const task = options.cron === false ? undefined : cron.schedule("* * * * *", () => void tick(), { noOverlap: true });
  const unsubscribe = options.wake === false ? undefined : onOutboxWritten(() => void tick());
  return {
    tick,
    stop: () => {
      stopped = true;
      unsubscribe?.();
      void task?.stop();
    },
  };
}
