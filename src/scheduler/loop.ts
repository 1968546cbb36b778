/** The scheduler tick: node-cron fires every minute; each tick runs the jobs in order, one tick at a time. */
import cron from "node-cron";
import type { CoreDeps } from "../context.js";
import { JOBS, type Job } from "./jobs.js";

export interface Scheduler {
  /** Runs one tick now (tests, catch-up at start-up). */
  tick(): Promise<void>;
  stop(): void;
}

export function startScheduler(deps: CoreDeps, jobs: Job[] = JOBS, options: { cron?: boolean } = {}): Scheduler {
  let running: Promise<void> | undefined;
  const tick = async () => {
    if (running) return running;
    running = (async () => {
      for (const job of jobs) {
        try {
          await job.run(deps, deps.clock.now());
        } catch (error) {
          deps.log.error({ err: error, job: job.name }, "scheduler job failed");
        }
      }
    })().finally(() => (running = undefined));
    return running;
  };
  const task = options.cron === false ? undefined : cron.schedule("* * * * *", () => void tick(), { noOverlap: true });
  return {
    tick,
    stop: () => {
      void task?.stop();
    },
  };
}
