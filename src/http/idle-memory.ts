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

/** The heap flags moved beside the render thread, which sets them again after it starts (src/heap-flags.ts). */
export { keepHeapSmall } from "../heap-flags.js";

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
