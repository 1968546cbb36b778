import type { Server } from "node:http";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection.js";
import { buildForum, buildMeeting, buildWorld } from "../builders.js";
import { openTestDb } from "../support/db.js";
import { ManualClock } from "../../src/clock.js";
import { readConfig } from "../../src/config.js";
import { createHttpApp, listen, portOf } from "../../src/http/server.js";
import { translator } from "../../src/i18n/catalog.js";
import { findRegion } from "../../src/services/regions.js";
import { annualClockModel, renderAnnualClockSvg, renderPng } from "../../src/services/annual-clock/index.js";

const NOW = Date.parse("2027-05-01T10:00:00Z");
let db: Db;
let server: Server;
let base: string;
const ids: string[] = [];

beforeAll(async () => {
  db = openTestDb();
  const world = buildWorld(db);
  const hyte = buildForum(db, { code: "HYTE", kind: "hyte_negotiation", cadence: "yearly" });
  for (const at of ["2027-01-01T00:30", "2027-03-28T13:00", "2027-06-25T09:00", "2027-12-31T23:00"]) ids.push(buildMeeting(db, world.forum, at).id);
  ids.push(buildMeeting(db, hyte, "2027-10-12T10:00").id);
  buildMeeting(db, hyte, "2026-10-12T10:00");
  buildMeeting(db, world.privateForum, "2027-04-04T10:00");
  const clock = new ManualClock(NOW);
  server = await listen(createHttpApp({ db, config: readConfig({ NODE_ENV: "test" }), clock, log: pino({ level: "silent" }) }), 0, "127.0.0.1");
  base = `http://127.0.0.1:${portOf(server)}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the annual clock picture", () => {
  it("has twelve month sectors, a ring per forum kind and every meeting of the year", () => {
    const model = annualClockModel(db, findRegion(db)!, 2027, NOW);
    const svg = renderAnnualClockSvg(model, "fi", translator("fi"));
    expect(svg.match(/class="month-sector"/g)).toHaveLength(12);
    for (let m = 1; m <= 12; m++) expect(svg).toContain(`data-month="${m}"`);
    expect(svg.match(/class="ring"/g)).toHaveLength(3);
    const marks = [...svg.matchAll(/class="meeting" data-id="([^"]+)"/g)].map((m) => m[1]);
    expect(marks.sort()).toEqual([...ids, "SALA-2027-1"].sort());
    expect(svg).toContain('data-cycle="hyte_budgets"');
    expect(svg).toContain("Strategisten tavoitteiden arviointi");
    expect(svg).toMatch(/class="duty" data-status="scheduled" data-forum="HYTE"/);
    expect(svg).toContain(">tammikuu<");
  });

  it("marks the start of a council term in its year", () => {
    const svg = renderAnnualClockSvg(annualClockModel(db, findRegion(db)!, 2029, NOW), "sv", translator("sv"));
    expect(svg).toContain('data-cycle="term_negotiation"');
    expect(svg).toContain("förhandling enligt 14 §");
  });

  it("renders a PNG with the bundled font", () => {
    const svg = renderAnnualClockSvg(annualClockModel(db, findRegion(db)!, 2027, NOW), "en", translator("en"));
    const png = renderPng(svg);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(900);
    expect(png.readUInt32BE(20)).toBe(900);
    expect(png.length).toBeGreaterThan(20_000);
  });

  it("is served over HTTP as PNG and SVG, showing public forums only", async () => {
    const png = await fetch(`${base}/annual-clock/2027.png?lang=sv`);
    expect(png.status).toBe(200);
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe("PNG");
    const svg = await (await fetch(`${base}/annual-clock/2027.svg?lang=sv`)).text();
    expect(svg).toContain(">januari<");
    expect(svg).toContain('data-id="JOHTO-2027-1"');
    expect(svg).not.toContain("SALA-2027-1");
    expect((await fetch(`${base}/annual-clock/latest.png`)).status).toBe(404);
  });
});
