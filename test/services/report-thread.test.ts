/**
 * The yearly report rendered on the report thread (issue 18 §3) is the report rendered inline: same document, same
 * files byte for byte, the same decisions left out for a person who may not read a forum; the thread reads the file
 * as the server has just written it; a failure there reaches the asker as an error instead of a reply that never
 * comes. The real thread runs, loading the TypeScript sources as the built server loads dist/.
 */
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "../../db/connection.js";
import { goals } from "../../db/schema/index.js";
import { seedIfEmpty } from "../../src/app.js";
import { ManualClock } from "../../src/clock.js";
import { readConfig } from "../../src/config.js";
import { listForums } from "../../src/services/forums.js";
import { addNationalDataset } from "../../src/services/national/national-dataset.js";
import { findRegion } from "../../src/services/regions.js";
import { renderOnReportThread } from "../../src/services/report/report-thread.js";
import { type ReportJob, renderReport } from "../../src/services/report/year-report.js";
import { tempDbPath } from "../support/db.js";
import { createTestCore } from "../support/core.js";

const NOW = Date.parse("2026-11-22T10:00:00Z");
let db: Db;
let job: ReportJob;

beforeAll(() => {
  db = openDatabase(tempDbPath("yhdyspinta-report-thread-"));
  seedIfEmpty(db, readConfig({ NODE_ENV: "test" }).seedFile, new ManualClock(NOW), pino({ level: "silent" }));
  addNationalDataset(db, { now: NOW, regions: 0, years: 2, seed: 18 });
  const region = findRegion(db)!;
  const forumIds = listForums(db, region.id).map((f) => f.id);
  job = { region, year: 2025, now: NOW, locale: "fi", readableForumIds: forumIds, publicUrl: "https://yhdyspinta.example" };
});
afterAll(() => db.$client.close());

describe("the report thread", () => {
  it("renders what the server's thread renders: the document and every file, PNG charts byte for byte", async () => {
    const inline = renderReport(db, job);
    const threaded = await renderOnReportThread(db, job);
    expect(threaded.doc).toEqual(inline.doc);
    expect(threaded.attachments.map((a) => a.filename)).toEqual(inline.attachments.map((a) => a.filename));
    expect(threaded.attachments.some((a) => a.filename.endsWith(".png"))).toBe(true);
    expect(threaded.attachments).toEqual(inline.attachments);
    expect(inline.doc.decisions.length).toBeGreaterThan(0);
  });

  it("leaves out the decisions of forums the person may not read, as inline", async () => {
    const fewer = { ...job, readableForumIds: job.readableForumIds.slice(0, 1) };
    const threaded = await renderOnReportThread(db, fewer);
    expect(threaded.doc.decisions.length).toBeLessThan(renderReport(db, job).doc.decisions.length);
    expect(threaded).toEqual(renderReport(db, fewer));
  });

  it("sees a change the server has just written", async () => {
    const goal = db.select().from(goals).where(eq(goals.code, "T1")).get()!;
    db.update(goals)
      .set({ title: { ...goal.title, fi: "Uusi otsikko tavoitteelle" } })
      .where(eq(goals.id, goal.id))
      .run();
    const threaded = await renderOnReportThread(db, job);
    expect(threaded.doc.goals.find((g) => g.code === "T1")!.heading).toContain("Uusi otsikko tavoitteelle");
    db.update(goals).set({ title: goal.title }).where(eq(goals.id, goal.id)).run();
  });

  it("answers a failed job with its error, and renders the next job", async () => {
    const empty = openDatabase(join(tempDbPath("yhdyspinta-report-thread-empty-"), "..", "empty.db"), { migrate: false });
    await expect(renderOnReportThread(empty, job)).rejects.toThrow(/no such table/);
    empty.$client.close();
    await expect(renderOnReportThread(db, job)).resolves.toMatchObject({ doc: { year: 2025 } });
  });

  it("gives the `report` command its reply and files from a database file", async () => {
    const bot = createTestCore(db, NOW);
    const reply = await bot.core.handleCommand({ user: { platform: "console", id: "marjatta.lehtinen" }, text: "report 2025" });
    expect(reply.outcome).toBeUndefined();
    expect(reply.blocks[0]).toEqual({ kind: "heading", text: renderReport(db, job).doc.title });
    expect(reply.attachments?.map((a) => a.filename)).toContain("report-2025.md");
  });
});
