/**
 * Opens the SQLite database with production pragmas and applies the generated migrations.
 * WAL lets the feed server read while the scheduler writes; the busy timeout absorbs short lock waits.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { foldText } from "./fold-text.js";
import * as schema from "./schema/index.js";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** A transaction handle; the same query API as Db. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("./migrations", import.meta.url));

export interface OpenDatabaseOptions {
  /** Skip migrations (the bench's "empty database open" baseline). */
  migrate?: boolean;
}

/**
 * @example const db = openDatabase("./data/yhdyspinta.db");
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Db {
  const inMemory = path === ":memory:" || path === "";
  if (!inMemory) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  if (!inMemory) sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  cacheStatements(sqlite);
  sqlite.function("fold_text", { deterministic: true }, (text) => foldText(text as string | null));
  const db = drizzle({ client: sqlite, schema, casing: "snake_case" }) as Db;
  if (options.migrate !== false) migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return db;
}

/**
 * drizzle prepares a new statement for every query; compiling the same SQL again is most of a small query's cost.
 * Keep the compiled statements by SQL text (bounded) and hand them out reset to plain-object rows, the mode drizzle
 * expects unless it asks for `.raw()` itself.
 */
function cacheStatements(sqlite: Database.Database, limit = 500): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (!statement) {
      statement = prepare(source);
      if (cache.size >= limit) cache.delete(cache.keys().next().value!);
      cache.set(source, statement);
    } else if (statement.reader) {
      statement.raw(false);
    }
    return statement;
  }) as typeof sqlite.prepare;
}

/**
 * The better-sqlite3 connection under a handle, a transaction's too: for a hot query whose SQL drizzle would build
 * again on every call (statements are cached by their text, above).
 */
export function connectionOf(db: DbOrTx): Database.Database {
  return "$client" in db ? db.$client : (db as unknown as { session: { client: Database.Database } }).session.client;
}

export { schema };
