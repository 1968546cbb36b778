/**
 * The scheduled Sotkanet fetch (issue 20 points 2 and 5): it fetches as `system`, retries a failure after a pause,
 * and when the retries are used up tells the region's admins once through the outbox, in their language; errors
 * never escape. Runs against the loopback fake with pauses of milliseconds.
 */
import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection.js";
import { indicatorObservations, people, reminders } from "../../db/schema/index.js";
import { ManualClock } from "../../src/clock.js";
import { readConfig } from "../../src/config.js";
import { renderReplyText } from "../../src/conversation/render-text.js";
import { startSotkanetJob } from "../../src/scheduler/sotkanet-job.js";
import { importAgreement } from "../../src/services/agreement/index.js";
import { restoreReply, type StoredReply } from "../../src/services/reminders/payload.js";
import { openTestDb } from "../support/db.js";
import { REGION_ID, startSotkanetFake, type SotkanetFake } from "../support/sotkanet-fake.js";

let fake: SotkanetFake;
let db: Db;
const demo = readFileSync(new URL("../../examples/keski-pohjanmaa.yml", import.meta.url), "utf8");
const depsFor = (env: NodeJS.ProcessEnv = {}) => ({
  db,
  clock: new ManualClock(Date.parse("2026-11-23T03:15:00Z")),
  config: readConfig({ NODE_ENV: "test", SOTKANET_URL: fake.url, SOTKANET_TIMEOUT_SECONDS: "1", ...env }),
  log: pino({ level: "silent" }),
});
const notices = () =>
  db
    .select()
    .from(reminders)
    .where(eq(reminders.kind, "indicator_fetch_failed"))
    .all()
    .map((r) => ({ to: r.personId, text: renderReplyText(restoreReply((r.payload as { message: StoredReply }).message)) }));

beforeAll(async () => {
  fake = await startSotkanetFake();
  fake.values.set(5, [{ region: REGION_ID.county, year: 2024, value: 4.1 }]);
  fake.values.set(1086, [{ region: REGION_ID.country, year: 2024, value: 8.1 }]);
});
afterAll(() => fake.close());
beforeEach(() => {
  db = openTestDb();
  expect(importAgreement(db, demo, { actor: "import", now: 0, locale: "fi" }).ok).toBe(true);
  fake.setMode("ok");
});

describe("scheduled Sotkanet fetch", () => {
  it("fetches every tied indicator as the system, and tells nobody when it works", async () => {
    const job = startSotkanetJob(depsFor(), { schedule: null, retryDelaysMs: [5] });
    const report = await job.runNow();
    expect(report).toMatchObject({
      ok: true,
      indicators: [
        { code: "T2-M3", ok: true },
        { code: "T3-M2", ok: true },
      ],
    });
    expect(
      db
        .select()
        .from(indicatorObservations)
        .all()
        .map((o) => [o.area, o.fetchedBy]),
    ).toEqual([
      ["country", "system"],
      ["hva", "system"],
    ]);
    expect(notices()).toEqual([]);
  });

  it("retries after a pause and succeeds when Sotkanet is back", async () => {
    fake.setMode("error500");
    const job = startSotkanetJob(depsFor(), { schedule: null, retryDelaysMs: [300, 300] });
    const run = job.runNow();
    setTimeout(() => fake.setMode("ok"), 100);
    expect(await run).toMatchObject({ ok: true });
    expect(db.select().from(indicatorObservations).all()).toHaveLength(2);
    expect(notices()).toEqual([]);
  });

  it("after the last retry tells each admin once, in their language, and keeps the bot running", async () => {
    db.update(people)
      .set({ roles: ["admin"] })
      .where(eq(people.id, "henrik.forsman"))
      .run();
    fake.setMode("garbage", { only: "/json" });
    const job = startSotkanetJob(depsFor(), { schedule: null, retryDelaysMs: [5, 5] });
    expect(await job.runNow()).toMatchObject({
      ok: true,
      indicators: [
        { ok: false, failure: "garbage" },
        { ok: false, failure: "garbage" },
      ],
    });
    const sent = notices();
    expect(sent.map((n) => n.to)).toEqual(["marjatta.lehtinen", "henrik.forsman"]);
    expect(sent[0]!.text).toContain("THL:n Sotkanetin vastausta ei voitu lukea");
    expect(sent[0]!.text).toContain("Ajastettu haku THL:n Sotkanetista epäonnistui 3 kertaa");
    expect(sent[1]!.text).toContain("Den schemalagda hämtningen från THL:s Sotkanet misslyckades 3 gånger");
    expect(fake.requests.filter((r) => r.path === "/regions").length).toBeGreaterThanOrEqual(3);
  });

  it("a run that throws is logged, not thrown; stop ends a pending pause", async () => {
    const broken = {
      regions: () => Promise.reject(new Error("boom")),
      indicator: () => Promise.reject(new Error("boom")),
      data: () => Promise.reject(new Error("boom")),
    };
    const job = startSotkanetJob(depsFor(), { schedule: null, client: broken });
    expect(await job.runNow()).toBeUndefined();
    fake.setMode("error500");
    const waiting = startSotkanetJob(depsFor(), { schedule: null, retryDelaysMs: [60_000] });
    const run = waiting.runNow();
    setTimeout(() => waiting.stop(), 50);
    expect(await run).toBeUndefined();
  });

  it("is scheduled by SOTKANET_SCHEDULE and off under NODE_ENV=test unless set", () => {
    const off = startSotkanetJob(depsFor(), { schedule: depsFor().config.sotkanet.schedule });
    expect(off.scheduled).toBe(false);
    const on = startSotkanetJob(depsFor(), { schedule: depsFor({ SOTKANET_SCHEDULE: "15 5 * * 1" }).config.sotkanet.schedule });
    expect(on.scheduled).toBe(true);
    on.stop();
  });
});
