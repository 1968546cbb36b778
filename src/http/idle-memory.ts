/**
 * Gives memory back after a burst of requests (issue 16 §8). Under a 50-connection load the heap grows to hold
 * the garbage of many turns in flight; once the load stops, nothing allocates, so V8 has no reason to collect and
 * the process kept ~300 MB resident while idle (live data ~60 MB). When the server has answered a burst and then
 * been quiet for a while, one full collection runs; the freed pages go back to the system.
 */
import type { RequestHandler } from "express";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { Logger } from "../log.js";

export interface IdleMemoryOptions {
  /** Quiet time after the last request before collecting. */
  idleMs?: number;
  /** Requests since the last collection that make one worth it (a health check now and then is not a burst). */
  minRequests?: number;
  log?: Logger;
}

/**
 * V8's full collection, or undefined where it cannot be had. `--expose-gc` set at run time makes `gc` available
 * to contexts created afterwards (the flag is read when a context is set up), so a fresh context hands it over.
 */
export function fullCollection(): (() => void) | undefined {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  try {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as unknown;
    return typeof gc === "function" ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the heap close to its live data once the server runs (issue 18 §4): the young generation no longer grows
 * (`--semi-space-growth-factor=1`; it reaches 32 MB while the modules load and shrinks when idle) and the old one
 * grows by 20 % past its live data at each full collection instead of V8's 1.1–4× (`--heap-growing-percent=20`).
 * Measured on the national database, 1,000 mixed requests (bench/startup.bench.ts), same run: resident memory right
 * after them ~200 -> ~125 MB, after the idle collection ~165 -> ~117 MB, for ~10 % more CPU and about the same p50s.
 * (`--optimize-for-size` saved as much but took ~20 % more CPU, and ~70 ms more at start as a command-line flag.)
 * Set after the start, which the small young generation would slow down; V8 reads both at each sizing decision.
 */
export function keepHeapSmall(): void {
  setFlagsFromString("--semi-space-growth-factor=1");
  setFlagsFromString("--heap-growing-percent=20");
}

/** Middleware that counts requests and schedules one collection when a burst is followed by `idleMs` of quiet. */
export function idleMemoryReducer(options: IdleMemoryOptions = {}): RequestHandler & { stop(): void } {
  const idleMs = options.idleMs ?? 10_000;
  const minRequests = options.minRequests ?? 200;
  // Looked up with the first collection, not at start: handing `gc` over costs a V8 context.
  let gc: (() => void) | undefined | null = null;
  let requests = 0;
  let timer: NodeJS.Timeout | undefined;
  const collect = () => {
    timer = undefined;
    if (requests < minRequests) return;
    if (gc === null) gc = fullCollection();
    if (!gc) return;
    const before = process.memoryUsage().rss;
    gc();
    options.log?.debug({ requests, rssBefore: before, rssAfter: process.memoryUsage().rss }, "idle: memory collected after a burst");
    requests = 0;
  };
  const handler: RequestHandler = (_req, _res, next) => {
    requests++;
    if (timer) timer.refresh();
    else timer = setTimeout(collect, idleMs).unref();
    next();
  };
  return Object.assign(handler, {
    stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  });
}
