/** The generated migrations on a fresh file database: every table of the schema exists, WAL and foreign keys on. */
import { existsSync } from "node:fs";
import { getTableConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { is } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import { SQLiteTable as SQLiteTableClass } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/connection.js";
import * as schema from "../../db/schema/index.js";
import { tempDbPath } from "../support/db.js";

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
});
