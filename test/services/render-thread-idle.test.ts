/**
 * The render thread stops after a quiet minute (issue 18 §3). A download arriving just as it stops is rendered on a
 * new thread, not refused: stopping a thread takes a moment, and a job handed to it meanwhile was lost with it (a 500).
 * The minute is passed with fake timers, so nothing here waits for it.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Db, openDatabase } from "../../db/connection.js";
import { seedIfEmpty } from "../../src/app.js";
import { ManualClock } from "../../src/clock.js";
import { readConfig } from "../../src/config.js";
import { findRegion } from "../../src/services/regions.js";
import { renderOnThread, renderThreadStats } from "../../src/services/render/render-thread.js";
import { tempDbPath } from "../support/db.js";

const NOW = Date.parse("2026-11-22T10:00:00Z");
let db: Db;

beforeAll(() => {
  db = openDatabase(tempDbPath("yhdyspinta-render-idle-"));
  seedIfEmpty(db, readConfig({ NODE_ENV: "test" }).seedFile, new ManualClock(NOW), pino({ level: "silent" }));
});
afterAll(() => {
  vi.useRealTimers();
  db.$client.close();
});

describe("the render thread's idle stop", () => {
  it("renders a job that comes as the thread stops after its quiet minute, on a new thread", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const region = findRegion(db)!;
    const job = { kind: "annual-clock", region, year: 2026, now: NOW, locale: "fi", format: "svg" } as const;
    const first = await renderOnThread(db, job);
    expect(renderThreadStats()).toMatchObject({ started: 1, running: true });
    vi.advanceTimersByTime(60_000);
    // The quiet minute is over: this job comes while the old thread is stopping.
    const again = await renderOnThread(db, job);
    expect(again).toEqual(first);
    expect(renderThreadStats().started).toBe(2);
    // The old thread's exit leaves the new one in use: a third job needs no third thread.
    await vi.waitUntil(() => renderThreadStats().stopped === 1, { timeout: 30_000 });
    await expect(renderOnThread(db, job)).resolves.toEqual(first);
    expect(renderThreadStats().started).toBe(2);
  });
});
