/**
 * The render thread (issue 18 §3). The yearly report rendered there is the report rendered inline: same document,
 * same files byte for byte, the same decisions left out for a person who may not read a forum; the thread reads the
 * file as the server has just written it; a failure there reaches the asker as an error instead of a reply that
 * never comes. The HTTP downloads (report files and charts, the annual clock, minutes and extracts) are drawn there
 * when the database is a file, byte for byte as inline; a job that fails is a 500 and the server goes on serving.
 * The real thread runs, loading the TypeScript sources as the built server loads dist/.
 */
import type { Server } from "node:http";
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
import { createHttpApp, listen, portOf } from "../../src/http/server.js";
import { findMeeting } from "../../src/services/meetings.js";
import { findParty } from "../../src/services/parties.js";
import { findRegion } from "../../src/services/regions.js";
import { forumById } from "../../src/services/forums.js";
import { type RenderJob, runRenderJob } from "../../src/services/render/render-job.js";
import { renderOnThread, renderThreadStats } from "../../src/services/render/render-thread.js";
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
    const threaded = await renderOnThread(db, { kind: "report", job });
    expect(threaded.doc).toEqual(inline.doc);
    expect(threaded.attachments.map((a) => a.filename)).toEqual(inline.attachments.map((a) => a.filename));
    expect(threaded.attachments.some((a) => a.filename.endsWith(".png"))).toBe(true);
    expect(threaded.attachments).toEqual(inline.attachments);
    expect(inline.doc.decisions.length).toBeGreaterThan(0);
  });

  it("leaves out the decisions of forums the person may not read, as inline", async () => {
    const fewer = { ...job, readableForumIds: job.readableForumIds.slice(0, 1) };
    const threaded = await renderOnThread(db, { kind: "report", job: fewer });
    expect(threaded.doc.decisions.length).toBeLessThan(renderReport(db, job).doc.decisions.length);
    expect(threaded).toEqual(renderReport(db, fewer));
  });

  it("sees a change the server has just written", async () => {
    const goal = db.select().from(goals).where(eq(goals.code, "T1")).get()!;
    db.update(goals)
      .set({ title: { ...goal.title, fi: "Uusi otsikko tavoitteelle" } })
      .where(eq(goals.id, goal.id))
      .run();
    const threaded = await renderOnThread(db, { kind: "report", job });
    expect(threaded.doc.goals.find((g) => g.code === "T1")!.heading).toContain("Uusi otsikko tavoitteelle");
    db.update(goals).set({ title: goal.title }).where(eq(goals.id, goal.id)).run();
  });

  it("answers a failed job with its error, and renders the next job", async () => {
    const empty = openDatabase(join(tempDbPath("yhdyspinta-report-thread-empty-"), "..", "empty.db"), { migrate: false });
    await expect(renderOnThread(empty, { kind: "report", job })).rejects.toThrow(/no such table/);
    empty.$client.close();
    await expect(renderOnThread(db, { kind: "report", job })).resolves.toMatchObject({ doc: { year: 2025 } });
  });

  it("gives the `report` command its reply and files from a database file", async () => {
    const bot = createTestCore(db, NOW);
    const reply = await bot.core.handleCommand({ user: { platform: "console", id: "marjatta.lehtinen" }, text: "report 2025" });
    expect(reply.outcome).toBeUndefined();
    expect(reply.blocks[0]).toEqual({ kind: "heading", text: renderReport(db, job).doc.title });
    expect(reply.attachments?.map((a) => a.filename)).toContain("report-2025.md");
  });
});

describe("the HTTP downloads on a database file", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const config = readConfig({ NODE_ENV: "test", DATABASE_PATH: db.$client.name, PUBLIC_URL: "https://yhdyspinta.example" });
    server = await listen(createHttpApp({ db, config, clock: new ManualClock(NOW), log: pino({ level: "silent" }), idleMemory: false }), 0, "127.0.0.1");
    base = `http://127.0.0.1:${portOf(server)}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const bytesOf = (body: string | Uint8Array | null) => (typeof body === "string" ? new TextEncoder().encode(body) : body);
  const answered = () => renderThreadStats().answered;

  it("draws the report files and charts, the annual clock and the minutes on the render thread, byte for byte as inline", async () => {
    const region = findRegion(db)!;
    const meeting = findMeeting(db, "JOHTO-2025-1")!;
    const forum = forumById(db, meeting.forumId)!;
    const party = findParty(db, "kokkola")!;
    const indicator = (db.$client.prepare("select code from indicators order by id limit 1").get() as { code: string }).code;
    const report = { region, year: 2025, now: NOW, locale: "sv" as const };
    const downloads: [string, RenderJob][] = [
      ["/reports/2025.html?lang=sv", { kind: "report-file", ...report, format: "html" }],
      ["/reports/2025.csv?lang=sv", { kind: "report-file", ...report, format: "csv" }],
      [`/reports/2025/${indicator}.png?lang=sv`, { kind: "report-chart", ...report, indicator, format: "png" }],
      [`/reports/2025/${indicator}.svg?lang=sv`, { kind: "report-chart", ...report, indicator, format: "svg" }],
      ["/annual-clock/2025.png?lang=sv", { kind: "annual-clock", ...report, format: "png" }],
      [`/minutes/${meeting.id}/${meeting.minutesKey}.html?lang=sv`, { kind: "minutes", meeting, forum, locale: "sv", format: "html" }],
      [
        `/minutes/${meeting.id}/${meeting.minutesKey}/s1/kokkola.md?lang=sv`,
        { kind: "minutes", meeting, forum, locale: "sv", format: "md", extract: { section: 1, party } },
      ],
    ];
    for (const [path, job] of downloads) {
      const before = answered();
      const res = await fetch(base + path);
      expect(res.status, path).toBe(200);
      expect(answered(), `${path} answered by the render thread`).toBe(before + 1);
      const inline = bytesOf((await runRenderJob(db, job)) as string | Uint8Array);
      expect(inline!.byteLength, path).toBeGreaterThan(100);
      expect(new Uint8Array(await res.arrayBuffer()), path).toEqual(inline);
    }
    const docx = await fetch(`${base}/minutes/${meeting.id}/${meeting.minutesKey}.docx`);
    expect(docx.headers.get("content-disposition")).toBe(`attachment; filename="minutes-${meeting.id}.docx"`);
    expect(new Uint8Array(await docx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });

  it("answers 404 for a chart of no indicator and an extract of no §, as the thread finds them", async () => {
    const meeting = findMeeting(db, "JOHTO-2025-1")!;
    const before = answered();
    expect((await fetch(`${base}/reports/2025/NOPE.png`)).status).toBe(404);
    expect((await fetch(`${base}/minutes/${meeting.id}/${meeting.minutesKey}/s999/kokkola.html`)).status).toBe(404);
    expect(answered()).toBe(before + 2);
    // What the server's thread can refuse at once never reaches the thread.
    expect((await fetch(`${base}/reports/1999.html`)).status).toBe(404);
    expect((await fetch(`${base}/minutes/${meeting.id}/wrong-key.html`)).status).toBe(404);
    expect(answered()).toBe(before + 2);
  });

  it("answers a job that fails on the thread with a 500, and goes on serving", async () => {
    // The report reads indicator values; the annual clock and the health check do not.
    db.$client.exec("alter table indicator_values rename to indicator_values_away");
    try {
      const failed = await fetch(`${base}/reports/2025.html`);
      expect(failed.status).toBe(500);
      expect(await failed.text()).toBe("Internal server error\n");
      expect((await fetch(`${base}/annual-clock/2025.png`)).status).toBe(200);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      db.$client.exec("alter table indicator_values_away rename to indicator_values");
    }
    const again = await fetch(`${base}/reports/2025.html`);
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("<html");
  });
});
