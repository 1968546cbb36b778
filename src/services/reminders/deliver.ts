/**
 * Sends claimed rows, paced per target and per app as each platform states it (rate-limiter.ts), marking each row
 * right after its send: a crash repeats at most the one message in flight. This is the only layer that retries
 * (issue 14 §2): a 429 pauses the target for its Retry-After (waited here when short, else the rows go back with
 * that wait), a temporary error backs off, a terminal error disables the target once (channels via broadcast's
 * disableBinding, which also queues a notice to the secretary). Only sends actually made count as attempts.
 */
import { performance } from "node:perf_hooks";
import type { Platform } from "../../conversation/input.js";
import { targetKey, type SendResult } from "../../conversation/notifier.js";
import { reminderTargets } from "../../../db/schema/index.js";
import { disableBinding } from "../broadcast.js";
import type { OutboxDeps } from "./outbox-deps.js";
import { countAttempt, markFailed, markSent, markSkipped, release, type ReminderRow } from "./outbox.js";
import { prepareReminder, type PrepareEnv } from "./prepare.js";
import { RateLimiter, type RatePolicy } from "./rate-limiter.js";

export interface DeliverOptions {
  /** 0 turns rate limiting off (bench, tests of other things); any other value keeps the platforms' limits. */
  minIntervalMs?: number;
  /** Rate limits per platform instead of the platforms' stated ones (rate-limiter.ts). */
  limits?: Partial<Record<Platform, RatePolicy>>;
  /** Real time one tick may spend sending; what is left goes back to pending. Default 50 s (the tick is 60 s). */
  budgetMs?: number;
  /** A Retry-After up to this long is waited inside the tick; a longer one puts the rows back. Default 10 s. */
  inTickWaitMs?: number;
  /** Temporary failures (not rate limits) before a row fails for good. Default 5. */
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
  /** The monotonic clock the pacing reads (tests pair it with `sleep` so nothing really waits). */
  monotonic?: () => number;
  /** Called around each platform send (the bench separates the far side's time from ours). */
  onSend?: (ms: number) => void;
  /**
   * Rows that fell due while this batch is being sent (a change in this process woke the outbox), claimed and
   * prepared: a long batch (a paced burst, a Retry-After) does not hold back a just-published agenda.
   */
  refill?: () => { rows: ReminderRow[]; env: PrepareEnv } | undefined;
}

export interface DeliverStats {
  sent: number;
  skipped: number;
  failed: number;
  retried: number;
  /** 429s answered by the platforms (each paced, none dropped). */
  rateLimited: number;
  /** True when the budget ran out with rows left (they were released). */
  exhausted: boolean;
}

/** Pacing state kept across ticks by the job. */
export type RateState = RateLimiter;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Item {
  row: ReminderRow;
  send: Extract<ReturnType<typeof prepareReminder>, { action: "send" }>;
}

export async function deliverRows(
  deps: OutboxDeps,
  env: PrepareEnv,
  rows: ReminderRow[],
  rate: RateState,
  options: DeliverOptions = {},
): Promise<DeliverStats> {
  const { budgetMs = 50_000, maxAttempts = 5, inTickWaitMs = 10_000, sleep = realSleep, monotonic = () => performance.now() } = options;
  const limiter = options.minIntervalMs === 0 ? undefined : options.limits ? new RateLimiter(options.limits) : rate;
  const stats: DeliverStats = { sent: 0, skipped: 0, failed: 0, retried: 0, rateLimited: 0, exhausted: false };
  const now = () => deps.clock.now();
  const queues = new Map<string, Item[]>();
  const enqueue = (batch: ReminderRow[], batchEnv: PrepareEnv) => {
    for (const row of batch) {
      const prepared = prepareReminder(row, batchEnv);
      if (prepared.action === "skip") {
        markSkipped(deps.db, row.id, prepared.reason, now());
        stats.skipped++;
      } else if (prepared.action === "fail") {
        markFailed(deps.db, row.id, prepared.reason, now());
        stats.failed++;
      } else {
        const key = targetKey(prepared.target);
        const queue = queues.get(key) ?? [];
        queue.push({ row, send: prepared });
        queues.set(key, queue);
      }
    }
  };
  enqueue(rows, env);

  const started = monotonic();
  const dropQueue = (key: string, each: (item: Item) => void) => {
    for (const item of queues.get(key) ?? []) each(item);
    queues.delete(key);
  };

  async function sendOne(key: string, item: Item): Promise<void> {
    const { platform } = item.send.target;
    const notifier = deps.notifiers.get(platform)!;
    const before = monotonic();
    let result: SendResult;
    try {
      const { message, attach } = item.send;
      const files = attach ? await attach() : [];
      result = await notifier.send(item.send.target, files.length ? { ...message, attachments: [...(message.attachments ?? []), ...files] } : message);
    } catch (error) {
      result = { ok: false, terminal: false, error: error instanceof Error ? error.message : String(error) };
    }
    options.onSend?.(monotonic() - before);
    limiter?.record(platform, key, before);
    if (result.ok) {
      markSent(deps.db, item.row.id, now());
      limiter?.succeeded(key);
      stats.sent++;
      return;
    }
    if (result.terminal) {
      markFailed(deps.db, item.row.id, result.error, now(), true);
      stats.failed++;
      env.disabled.add(key);
      dropQueue(key, (rest) => {
        markFailed(deps.db, rest.row.id, `target disabled: ${result.error}`, now());
        stats.failed++;
      });
      disableTarget(deps, item, result.error);
      return;
    }
    if (result.retryAfterMs !== undefined || result.rateLimited) {
      stats.rateLimited++;
      const wait = limiter ? limiter.rateLimited(key, result.retryAfterMs, monotonic()) : (result.retryAfterMs ?? 1000);
      deps.log.info({ target: key, retryAfterMs: result.retryAfterMs, wait }, "outbox target rate limited");
      if (wait <= inTickWaitMs && monotonic() - started + wait < budgetMs) {
        // Paced, not dropped: the row waits at the head of its target's queue (one attempt counted, no failure).
        countAttempt(deps.db, item.row.id, result.error, now());
        queues.set(key, [item, ...(queues.get(key) ?? [])]);
        if (!limiter) await sleep(wait);
        return;
      }
      const notBefore = now() + wait;
      release(deps.db, item.row.id, notBefore, result.error, "rate_limited", now());
      stats.retried++;
      dropQueue(key, (rest) => release(deps.db, rest.row.id, notBefore, null, "untried", now()));
      return;
    }
    const failures = item.row.failures + 1;
    if (failures >= maxAttempts) {
      markFailed(deps.db, item.row.id, result.error, now(), true);
      stats.failed++;
    } else {
      release(deps.db, item.row.id, now() + 60_000 * 2 ** (failures - 1), result.error, "failed", now());
      stats.retried++;
    }
    deps.log.warn({ target: key, reminder: item.row.key, error: result.error }, "outbox send failed");
  }

  while (queues.size > 0) {
    const more = options.refill?.();
    if (more) enqueue(more.rows, more.env);
    if (monotonic() - started > budgetMs) {
      for (const key of [...queues.keys()]) dropQueue(key, (rest) => release(deps.db, rest.row.id, now(), null, "untried", now()));
      stats.exhausted = true;
      break;
    }
    let progressed = false;
    let earliest = Number.POSITIVE_INFINITY;
    // Deleting or re-adding the current key while iterating a Map is safe; sendOne touches only the current target.
    for (const [key, queue] of [...queues]) {
      const item = queue[0];
      if (!item) {
        queues.delete(key);
        continue;
      }
      const ready = limiter?.readyAt(item.send.target.platform, key, monotonic()) ?? 0;
      if (ready > monotonic()) {
        earliest = Math.min(earliest, ready);
        continue;
      }
      queue.shift();
      if (queue.length === 0) queues.delete(key);
      await sendOne(key, item);
      progressed = true;
    }
    // Waiting on pacing or a Retry-After: wake at least every second to take in rows written meanwhile (refill).
    if (!progressed && queues.size > 0) await sleep(Math.max(1, Math.min(earliest - monotonic(), budgetMs, options.refill ? 1000 : budgetMs)));
  }
  return stats;
}

function disableTarget(deps: OutboxDeps, item: Item, error: string): void {
  const { row, send } = item;
  if (send.target.kind === "channel" && send.bindingId !== undefined && row.forumId !== null) {
    disableBinding(deps, send.bindingId, row.forumId, error);
    return;
  }
  const key = targetKey(send.target);
  deps.db.insert(reminderTargets).values({ targetKey: key, disabledAt: deps.clock.now(), reason: error }).onConflictDoNothing().run();
  deps.log.warn({ target: key, personId: row.personId, error }, "direct message target disabled: the platform says it cannot be reached");
}
