import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/connection.js";
import { regions } from "../../db/schema/index.js";
import { recordDecision } from "../../src/services/decisions/record.js";
import { sectionLabel } from "../../src/services/decisions/section-ref.js";
import { findRegion } from "../../src/services/regions.js";
import { buildForum, buildMeeting, buildWorld } from "../builders.js";
import { openTestDb, tempDbPath } from "../support/db.js";
import type { Db } from "../../db/connection.js";
import { useCaseOf } from "../support/use-case.js";

function log(db: Db, meeting: { id: string }, forum: ReturnType<typeof buildForum>, text = "Päätös") {
  const region = findRegion(db)!;
  const m = db.query.meetings.findFirst({ where: (t, { eq }) => eq(t.id, meeting.id) }).sync()!;
  // Recorded long after every meeting of the test: decisions exist only once a meeting has started.
  return recordDecision(useCaseOf(db, "sihteeri", Date.parse("2030-01-01T00:00:00Z")), {
    region,
    forum,
    meeting: m,
    title: text,
    decisionText: text,
    goalIds: [],
  });
}

describe("§ numbering", () => {
  it("runs per forum and restarts with the calendar year (by the meeting's local date)", () => {
    const db = openTestDb();
    const w = buildWorld(db);
    const other = buildForum(db, { code: "ANK", secretaryId: w.secretary.id });
    const a1 = buildMeeting(db, w.forum, "2027-04-21T13:00");
    const a2 = buildMeeting(db, w.forum, "2027-12-31T23:30");
    // 00:30 on New Year's Day in Helsinki is still 2027 in UTC: the local date decides.
    const a3 = buildMeeting(db, w.forum, "2028-01-01T00:30");
    const b1 = buildMeeting(db, other, "2027-04-21T09:00");
    expect([log(db, a1, w.forum), log(db, a1, w.forum), log(db, a2, w.forum)].map((d) => d.section)).toEqual([1, 2, 3]);
    expect(log(db, b1, other).section).toBe(1);
    const next = log(db, a3, w.forum);
    expect([next.section, next.sectionYear]).toEqual([1, 2028]);
    expect(log(db, a2, w.forum).section).toBe(4);
  });

  it("numbers per council term when the region says so", () => {
    const db = openTestDb();
    const w = buildWorld(db);
    db.update(regions)
      .set({ settings: { section_numbering: "term" } })
      .run();
    const m1 = buildMeeting(db, w.forum, "2027-04-21T13:00");
    const m2 = buildMeeting(db, w.forum, "2028-02-10T13:00");
    const m3 = buildMeeting(db, w.forum, "2029-06-10T13:00");
    expect(log(db, m1, w.forum).section).toBe(1);
    const second = log(db, m2, w.forum);
    expect([second.section, second.sectionYear]).toEqual([2, 2025]);
    expect([log(db, m3, w.forum).section]).toEqual([1]);
  });

  it("shows the § as forum code, local meeting date and number on both sides of a DST change", () => {
    const spring = Date.parse("2027-03-27T22:30:00Z"); // 28.3.2027 00:30 EET, before the clocks go forward
    const autumn = Date.parse("2027-10-30T22:30:00Z"); // 31.10.2027 01:30 EEST, before the clocks go back
    expect(sectionLabel("ANK", spring, "Europe/Helsinki", 15)).toBe("ANK 28.3.2027 § 15");
    expect(sectionLabel("ANK", autumn, "Europe/Helsinki", 3, "sv")).toBe("ANK 31.10.2027 § 3");
    expect(sectionLabel("ANK", Date.parse("2027-04-21T10:00:00Z"), "Europe/Helsinki", 15)).toBe("ANK 21.4.2027 § 15");
  });

  it("never gives two decisions the same § when two processes log at the same time", async () => {
    const path = tempDbPath();
    const db = openDatabase(path);
    const w = buildWorld(db);
    const meeting = buildMeeting(db, w.forum, "2027-04-21T13:00");
    db.$client.close();
    const run = (tag: string) =>
      new Promise<number[]>((resolve, reject) => {
        const child = spawn(process.execPath, ["--import", "tsx", "test/services/decision-parallel-worker.ts", path, meeting.id, "25", tag], {
          env: { ...process.env, TZ: "UTC" },
        });
        let out = "";
        let err = "";
        child.stdout.on("data", (d: Buffer) => (out += d.toString()));
        child.stderr.on("data", (d: Buffer) => (err += d.toString()));
        child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim()) as number[]) : reject(new Error(err))));
      });
    const [a, b] = await Promise.all([run("A"), run("B")]);
    const all = [...a, ...b].sort((x, y) => x - y);
    expect(all).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const check = openDatabase(path);
    const rows = check.query.decisions.findMany().sync();
    expect(new Set(rows.map((r) => r.section)).size).toBe(50);
    check.$client.close();
  });
});
