/** Real SQLite for tests: `:memory:` or a temp file, with the real migrations and production pragmas. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type Db } from "../../db/connection.js";

export function openTestDb(): Db {
  return openDatabase(":memory:");
}

/** A fresh temp directory and a database file path inside it. */
export function tempDbPath(prefix = "yhdyspinta-"): string {
  return join(mkdtempSync(join(tmpdir(), prefix)), "test.db");
}
