/**
 * The collection after a burst (issue 16 §8) over real HTTP: a burst of requests followed by quiet runs one full
 * collection (logged with the resident memory before and after), a trickle does not. The soak bench
 * (`npm run bench -- soak`) shows what it gives back.
 */
import type { Server } from "node:http";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { readConfig } from "../../src/config.js";
import { fullCollection } from "../../src/http/idle-memory.js";
import { createHttpApp, listen, portOf } from "../../src/http/server.js";
import { openTestDb } from "../support/db.js";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function startWithLog(minRequests: number) {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: "debug" }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  const app = createHttpApp({
    db: openTestDb(),
    config: readConfig({ NODE_ENV: "test" }),
    clock: new ManualClock(0),
    log,
    idleMemory: { idleMs: 30, minRequests },
  });
  server = await listen(app, 0, "127.0.0.1");
  const base = `http://127.0.0.1:${portOf(server)}`;
  const collected = () => lines.filter((l) => l.msg === "idle: memory collected after a burst");
  return { base, collected };
}

async function requests(base: string, count: number) {
  for (let i = 0; i < count; i++) await (await fetch(`${base}/healthz`)).arrayBuffer();
}

async function quiet(until: () => boolean, rounds = 100) {
  for (let i = 0; i < rounds && !until(); i++) await new Promise((r) => setTimeout(r, 20));
}

describe("collection after a burst", () => {
  it("has V8's full collection at hand without --expose-gc on the command line", () => {
    expect(typeof fullCollection()).toBe("function");
  });

  it("collects once when a burst is followed by quiet, and reports the memory", async () => {
    const { base, collected } = await startWithLog(20);
    await requests(base, 25);
    await quiet(() => collected().length > 0);
    expect(collected()).toHaveLength(1);
    // A pause inside the burst on a busy machine may collect a little early; never twice, never before 20 requests.
    expect(collected()[0]).toMatchObject({ rssBefore: expect.any(Number), rssAfter: expect.any(Number) });
    expect(collected()[0]!.requests).toBeGreaterThanOrEqual(20);
  });

  it("does not collect after a trickle of requests", async () => {
    const { base, collected } = await startWithLog(20);
    await requests(base, 5);
    await quiet(() => false, 10);
    expect(collected()).toHaveLength(0);
  });
});
