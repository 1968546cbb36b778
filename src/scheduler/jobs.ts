/** Jobs the scheduler runs every minute (reminders, duty checks). Each must be safe to run twice. */
import type { OutboxDeps } from "../services/reminders/outbox-deps.js";
import { createRemindersJob } from "./reminders-job.js";

export interface Job {
  name: string;
  run(deps: OutboxDeps, now: number): Promise<void>;
}

export const JOBS: Job[] = [createRemindersJob()];
