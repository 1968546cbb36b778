/**
 * The generated migrations on a fresh file database: every table of the schema exists, WAL and foreign keys on; a
 * data migration rewrites rows written in an older shape.
 */
import { existsSync, readFileSync } from "node:fs";
import { getTableConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { is } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import { SQLiteTable as SQLiteTableClass } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/connection.js";
import * as schema from "../../db/schema/index.js";
import { parsePayload } from "../../src/services/reminders/payload.js";
import { buildMeeting, buildWorld } from "../builders.js";
import { openTestDb, tempDbPath } from "../support/db.js";

const tables = (Object.values(schema) as unknown[]).filter((value): value is SQLiteTable => is(value, SQLiteTableClass));

describe("migrations", () => {
  it("create every table of the schema in a fresh file database, with WAL, foreign keys and a busy timeout", () => {
    const path = tempDbPath();
    const db = openDatabase(path);
    try {
      expect(existsSync(path)).toBe(true);
      const sqlite = db.$client;
      expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
      expect(Number(sqlite.pragma("busy_timeout", { simple: true }))).toBeGreaterThan(0);
      const existing = new Set((sqlite.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((r) => r.name));
      const expected = tables.map((t) => getTableConfig(t).name);
      expect(expected.length).toBeGreaterThanOrEqual(15);
      expect(expected.filter((name) => !existing.has(name))).toEqual([]);
      for (const table of tables) {
        const config = getTableConfig(table);
        const columns = (sqlite.prepare(`pragma table_info(${JSON.stringify(config.name)})`).all() as { name: string }[]).map((c) => c.name);
        const missing = config.columns.map((c) => (c.keyAsName ? toSnakeCase(c.name) : c.name)).filter((name) => !columns.includes(name));
        expect(missing, config.name).toEqual([]);
      }
      expect(sqlite.pragma("foreign_key_check")).toEqual([]);
    } finally {
      db.$client.close();
    }
  });

  it("are applied once: opening the same file again changes nothing and keeps the data", () => {
    const path = tempDbPath();
    const first = openDatabase(path);
    first
      .insert(schema.regions)
      .values({ id: "r", names: { fi: "Alue" }, languages: ["fi"] })
      .run();
    first.$client.close();
    const again = openDatabase(path);
    try {
      expect(again.select().from(schema.regions).all()).toMatchObject([{ id: "r", zone: "Europe/Helsinki" }]);
    } finally {
      again.$client.close();
    }
  });

  it("enforce foreign keys", () => {
    const db = openDatabase(tempDbPath());
    try {
      expect(() =>
        db
          .insert(schema.parties)
          .values({ id: "p", regionId: "nowhere", kind: "municipality", names: { fi: "P" } })
          .run(),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      db.$client.close();
    }
  });

  it("give a decision announcement or late proposal queued with a rendered message the id it now names (0013)", () => {
    const db = openTestDb();
    const world = buildWorld(db);
    const meeting = buildMeeting(db, world.forum, "2027-04-21T13:00");
    const row = (kind: string, key: string, subject: string, targetRef: string) => ({
      key,
      kind,
      subject,
      meetingId: meeting.id,
      forumId: world.forum.id,
      targetKind: "channel" as const,
      targetPlatform: "slack",
      targetRef,
      dueAt: 0,
      expiresAt: 1,
      payload: { message: { blocks: [{ kind: "text", text: "valmis viesti" }], visibility: "channel" } },
      createdAt: 0,
      updatedAt: 0,
    });
    db.insert(schema.reminders)
      .values([
        row("decision_announced", "decision:42:c:slack:C1", "decision:42", "C1"),
        row("late_proposal", `late:${meeting.id}:7:p:sihteeri`, `meeting:${meeting.id}`, "sihteeri"),
        row("agenda_published", `agenda:${meeting.id}:v1:c:slack:C1`, `meeting:${meeting.id}`, "C1"),
      ])
      .run();
    const sql = readFileSync(new URL("../../db/migrations/0013_notices_name_their_record.sql", import.meta.url), "utf8");
    for (const statement of sql.split("--> statement-breakpoint")) db.$client.exec(statement);
    const rows = db.select().from(schema.reminders).all();
    expect(rows.map((r) => [r.kind, r.payload])).toEqual([
      ["decision_announced", { decisionId: 42 }],
      ["late_proposal", { itemId: 7 }],
      ["agenda_published", { message: { blocks: [{ kind: "text", text: "valmis viesti" }], visibility: "channel" } }],
    ]);
    expect(rows.map((r) => parsePayload(r).ok)).toEqual([true, true, true]);
  });
});
