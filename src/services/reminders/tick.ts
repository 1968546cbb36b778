/**
 * One reminders tick (issue 8 "An outbox"): after a restart, rows a crash left in "sending" go back to pending;
 * due rows past their grace window are reported, not sent; then due rows are claimed in one statement per batch,
 * decided, rendered, sent and marked one by one.
 */
import { claimDue, expireStale, recoverSending } from "./outbox.js";
import { deliverRows, type DeliverOptions, type DeliverStats, type RateState } from "./deliver.js";
import type { OutboxDeps } from "./outbox-deps.js";
import { RateLimiter } from "./rate-limiter.js";
import type { PrepareEnv } from "./prepare.js";
import { createTickCache } from "./tick-cache.js";
import { outboxWrites } from "./wake.js";

export interface TickOptions extends DeliverOptions {
  /** Rows claimed per batch. Default 1,000. */
  batchSize?: number;
}

export interface TickState {
  /** Databases this process has already recovered (the first tick after start-up resets "sending"). */
  recovered: WeakSet<object>;
  rate: RateState;
}

export function newTickState(): TickState {
  return { recovered: new WeakSet(), rate: new RateLimiter() };
}

/** A row in "sending" this long is from a dead tick even without a restart. */
const STUCK_MS = 15 * 60_000;

export interface TickReport extends DeliverStats {
  recovered: number;
  stale: number;
}

export async function runRemindersTick(deps: OutboxDeps, state: TickState, options: TickOptions = {}): Promise<TickReport> {
  const now = deps.clock.now();
  const firstTick = !state.recovered.has(deps.db);
  const recovered = recoverSending(deps.db, now, firstTick ? Number.MAX_SAFE_INTEGER : now - STUCK_MS);
  state.recovered.add(deps.db);
  if (recovered > 0) deps.log.warn({ recovered }, "reminders left in sending by a crash are retried (one may repeat)");
  const stale = expireStale(deps.db, now);
  if (stale.length > 0) {
    const byKind: Record<string, number> = {};
    for (const row of stale) byKind[row.kind] = (byKind[row.kind] ?? 0) + 1;
    deps.log.warn(
      { stale: stale.length, byKind, oldest: new Date(Math.min(...stale.map((r) => r.dueAt))).toISOString() },
      "reminders fell due while down and are too old to send; reported, not sent",
    );
  }
  const report: TickReport = { sent: 0, skipped: 0, failed: 0, retried: 0, rateLimited: 0, exhausted: false, recovered, stale: stale.length };
  const newEnv = (): PrepareEnv => ({
    db: deps.db,
    cache: createTickCache(deps.db),
    notifiers: deps.notifiers,
    now: deps.clock.now(),
    publicUrl: deps.config.publicUrl,
    disabled: new Set<string>(),
    rendered: new Map(),
  });
  for (;;) {
    let seen = outboxWrites();
    const rows = claimDue(deps.db, deps.clock.now(), options.batchSize ?? 1000);
    if (rows.length === 0) break;
    // Rows this process writes while the batch is sent join it at once (wake.ts), with a fresh view of the data.
    const refill = () => {
      if (outboxWrites() === seen) return undefined;
      seen = outboxWrites();
      const more = claimDue(deps.db, deps.clock.now(), options.batchSize ?? 1000);
      return more.length > 0 ? { rows: more, env: newEnv() } : undefined;
    };
    const stats = await deliverRows(deps, newEnv(), rows, state.rate, { refill, ...options });
    report.sent += stats.sent;
    report.skipped += stats.skipped;
    report.failed += stats.failed;
    report.retried += stats.retried;
    report.rateLimited += stats.rateLimited;
    if (stats.exhausted) {
      report.exhausted = true;
      break;
    }
  }
  if (report.sent + report.failed + report.retried > 0) deps.log.info(report, "reminders tick");
  return report;
}
