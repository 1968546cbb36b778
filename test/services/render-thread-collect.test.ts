/**
 * The render thread gives back the garbage of a burst (issue 18 §4): after a burst of jobs and a quiet while, it runs
 * one full collection, as the server's thread does after a burst of requests; a trickle of jobs collects nothing, and
 * the thread renders the same after collecting. The quiet is shortened here; the server waits a few seconds.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Db, openDatabase } from "../../db/connection.js";
import { seedIfEmpty } from "../../src/app.js";
import { ManualClock } from "../../src/clock.js";
import { readConfig } from "../../src/config.js";
import { findRegion } from "../../src/services/regions.js";
import { runRenderJob } from "../../src/services/render/render-job.js";
import { renderOnThread, renderThreadStats, setRenderThreadOptions } from "../../src/services/render/render-thread.js";
import { tempDbPath } from "../support/db.js";

const NOW = Date.parse("2026-11-22T10:00:00Z");
let db: Db;

beforeAll(() => {
  db = openDatabase(tempDbPath("yhdyspinta-render-collect-"));
  seedIfEmpty(db, readConfig({ NODE_ENV: "test" }).seedFile, new ManualClock(NOW), pino({ level: "silent" }));
  setRenderThreadOptions({ quietMs: 100, minJobs: 5 });
});
afterAll(() => db.$client.close());

describe("the render thread's collection after a burst", () => {
  it("collects once after a burst of jobs, not after a trickle, and renders the same afterwards", async () => {
    const region = findRegion(db)!;
    const job = { kind: "annual-clock", region, year: 2026, now: NOW, locale: "fi", format: "svg" } as const;
    const inline = await runRenderJob(db, job);
    const burst = await Promise.all(Array.from({ length: 6 }, () => renderOnThread(db, job)));
    expect(burst).toEqual(Array(6).fill(inline));
    await vi.waitUntil(() => renderThreadStats().collections === 1, { timeout: 10_000, interval: 20 });

    // Two jobs after the collection are no burst: the quiet after them passes without another.
    await expect(renderOnThread(db, job)).resolves.toEqual(inline);
    await expect(renderOnThread(db, { ...job, format: "png" })).resolves.toEqual(await runRenderJob(db, { ...job, format: "png" }));
    await new Promise((r) => setTimeout(r, 500));
    expect(renderThreadStats()).toMatchObject({ collections: 1, started: 1, running: true });
  });
});
