/**
 * Sends claimed rows one at a time, at most one message per second per target (issue 8 "Rates"), marking each row
 * right after its send: a crash repeats at most the one message in flight. A 429's Retry-After puts the target's
 * rows back with that wait; a terminal error disables the target once (channels via broadcast's disableBinding,
 * which also tells the secretary).
 */
import { performance } from "node:perf_hooks";
import type { CoreDeps } from "../../context.js";
import { targetKey, type SendResult } from "../../conversation/notifier.js";
import { reminderTargets } from "../../../db/schema/index.js";
import { disableBinding } from "../broadcast.js";
import { markFailed, markSent, markSkipped, release, type ReminderRow } from "./outbox.js";
import { prepareReminder, type PrepareEnv } from "./prepare.js";

export interface DeliverOptions {
  /** Least gap between two messages to one target; 0 turns rate limiting off (bench). Default 1000. */
  minIntervalMs?: number;
  /** Real time one tick may spend sending; what is left goes back to pending. Default 50 s (the tick is 60 s). */
  budgetMs?: number;
  /** Attempts before a row fails for good. Default 5. */
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Called around each platform send (the bench separates the far side's time from ours). */
  onSend?: (ms: number) => void;
}

export interface DeliverStats {
  sent: number;
  skipped: number;
  failed: number;
  retried: number;
  /** True when the budget ran out with rows left (they were released). */
  exhausted: boolean;
}

/** Per-target next allowed send, in real (performance.now) milliseconds; kept across ticks by the job. */
export type RateState = Map<string, number>;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Item {
  row: ReminderRow;
  send: Extract<ReturnType<typeof prepareReminder>, { action: "send" }>;
}

export async function deliverRows(deps: CoreDeps, env: PrepareEnv, rows: ReminderRow[], rate: RateState, options: DeliverOptions = {}): Promise<DeliverStats> {
  const { minIntervalMs = 1000, budgetMs = 50_000, maxAttempts = 5, sleep = realSleep } = options;
  const stats: DeliverStats = { sent: 0, skipped: 0, failed: 0, retried: 0, exhausted: false };
  const now = () => deps.clock.now();
  const queues = new Map<string, Item[]>();
  for (const row of rows) {
    const prepared = prepareReminder(row, env);
    if (prepared.action === "skip") (markSkipped(deps.db, row.id, prepared.reason, now()), stats.skipped++);
    else if (prepared.action === "fail") (markFailed(deps.db, row.id, prepared.reason, now()), stats.failed++);
    else {
      const key = targetKey(prepared.target);
      const queue = queues.get(key) ?? [];
      queue.push({ row, send: prepared });
      queues.set(key, queue);
    }
  }

  const started = performance.now();
  const dropQueue = (key: string, each: (item: Item) => void) => {
    for (const item of queues.get(key) ?? []) each(item);
    queues.delete(key);
  };

  async function sendOne(key: string, item: Item): Promise<void> {
    const notifier = deps.notifiers.get(item.send.target.platform)!;
    const before = performance.now();
    let result: SendResult;
    try {
      result = await notifier.send(item.send.target, item.send.message);
    } catch (error) {
      result = { ok: false, terminal: false, error: error instanceof Error ? error.message : String(error) };
    }
    options.onSend?.(performance.now() - before);
    if (result.ok) {
      markSent(deps.db, item.row.id, now());
      stats.sent++;
      if (minIntervalMs > 0) rate.set(key, performance.now() + minIntervalMs);
      return;
    }
    if (result.terminal) {
      markFailed(deps.db, item.row.id, result.error, now());
      stats.failed++;
      env.disabled.add(key);
      dropQueue(key, (rest) => (markFailed(deps.db, rest.row.id, `target disabled: ${result.error}`, now()), stats.failed++));
      await disableTarget(deps, item, result.error);
      return;
    }
    if (result.retryAfterMs !== undefined) {
      const notBefore = now() + result.retryAfterMs;
      release(deps.db, item.row.id, notBefore, result.error, true, now());
      stats.retried++;
      dropQueue(key, (rest) => release(deps.db, rest.row.id, notBefore, null, false, now()));
      deps.log.info({ target: key, retryAfterMs: result.retryAfterMs }, "reminder target rate limited");
      return;
    }
    if (item.row.attempts >= maxAttempts) (markFailed(deps.db, item.row.id, result.error, now()), stats.failed++);
    else (release(deps.db, item.row.id, now() + 60_000 * 2 ** (item.row.attempts - 1), result.error, true, now()), stats.retried++);
    deps.log.warn({ target: key, reminder: item.row.key, error: result.error }, "reminder send failed");
  }

  while (queues.size > 0) {
    if (performance.now() - started > budgetMs) {
      for (const key of [...queues.keys()]) dropQueue(key, (rest) => release(deps.db, rest.row.id, now(), null, false, now()));
      stats.exhausted = true;
      break;
    }
    let progressed = false;
    let earliest = Number.POSITIVE_INFINITY;
    // Deleting the current key while iterating a Map is safe; sendOne drops at most the current target's queue.
    for (const [key, queue] of queues) {
      const ready = rate.get(key) ?? 0;
      if (ready > performance.now()) {
        earliest = Math.min(earliest, ready);
        continue;
      }
      const item = queue.shift()!;
      if (queue.length === 0) queues.delete(key);
      await sendOne(key, item);
      progressed = true;
    }
    if (!progressed && queues.size > 0) await sleep(Math.max(1, Math.min(earliest - performance.now(), budgetMs)));
  }
  return stats;
}

async function disableTarget(deps: CoreDeps, item: Item, error: string): Promise<void> {
  const { row, send } = item;
  if (send.target.kind === "channel" && send.bindingId !== undefined && row.forumId !== null) {
    await disableBinding(deps, send.bindingId, row.forumId, error);
    return;
  }
  const key = targetKey(send.target);
  deps.db.insert(reminderTargets).values({ targetKey: key, disabledAt: deps.clock.now(), reason: error }).onConflictDoNothing().run();
  deps.log.warn({ target: key, personId: row.personId, error }, "direct message target disabled: the platform says it cannot be reached");
}
