/**
 * Reads of the reference data nearly every chat command needs (the region, its parties and people, their chat
 * identities, forums, members, channel bindings), kept in this process for as long as that data is unchanged.
 * Triggers (migration 0014) count every insert, update and delete of those tables in `reference_version`, whichever
 * connection makes it (this process, the CLI, another tool), so one read of that counter tells whether a kept answer
 * still holds; when it has moved, every answer of that database is read again (issue 18 §5: a `/forum JOHTO` reply
 * spent two thirds of its core time re-reading these).
 *
 * Reading the counter takes a read lock (~3 µs, 10 µs and more between other work), so it is read again only when
 * this connection has written since (`total_changes()`, which costs nothing) or RECHECK_MS have passed: a write of
 * this process is seen at once, one of another process (the CLI) within 10 ms. The counter is read before the data, so an answer is never older than the
 * counter it is kept under. Inside a transaction the read always goes to the database: a write there may yet be
 * rolled back, and the counter with it. Kept answers are shared between callers, so they are frozen (a caller that
 * modified one would throw).
 *
 * @example
 * export const findRegion = keptWhileUnchanged("region", (db: DbOrTx) => regionQuery(db).get(), () => "");
 */
import type Database from "better-sqlite3";
import type { DbOrTx } from "./connection.js";
import { rootHandle } from "./handle-view.js";

/** Answers kept per read, per database; past this, the first kept goes (a read with many keys, such as people by id). */
const CAPACITY = 2000;

/** How long the counter read is trusted while this connection writes nothing (another process's writes wait this long). */
export const RECHECK_MS = 10;

interface Kept {
  version: number;
  /** This connection's `total_changes()` and the time when the counter was last read. */
  changes: number;
  checkedAt: number;
  readVersion: Database.Statement;
  readChanges: Database.Statement;
  reads: Map<string, Map<string, { value: unknown }>>;
}

const KEPT = new WeakMap<Database.Database, Kept>();

/** The database connection behind a handle, or undefined for a transaction's handle. */
function clientOf(db: DbOrTx): Database.Database | undefined {
  return (rootHandle(db) as { $client?: Database.Database }).$client;
}

/** The answers kept for this connection, dropped first when the reference data has changed. */
function keptFor(client: Database.Database): Kept {
  let state = KEPT.get(client);
  if (!state) {
    state = {
      version: Number.NaN,
      changes: Number.NaN,
      checkedAt: Number.NEGATIVE_INFINITY,
      readVersion: client.prepare("select version from reference_version").pluck(),
      readChanges: client.prepare("select total_changes()").pluck(),
      reads: new Map(),
    };
    KEPT.set(client, state);
  }
  const changes = state.readChanges.pluck().get() as number;
  const now = performance.now();
  if (changes !== state.changes || now - state.checkedAt >= RECHECK_MS) {
    const version = state.readVersion.pluck().get() as number;
    if (version !== state.version) state.reads = new Map();
    state.version = version;
    state.changes = changes;
    state.checkedAt = now;
  }
  return state;
}

/** Freezes rows and their JSON columns (plain objects and arrays); Sets and Maps are handed out as read-only types. */
function deepFreeze<V>(value: V): V {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return value;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
  return value;
}

/** Wraps `load` so that its answer for the same key is kept while the reference data is unchanged. */
export function keptWhileUnchanged<A extends unknown[], V>(
  name: string,
  load: (db: DbOrTx, ...args: A) => V,
  keyOf: (...args: A) => string,
): (db: DbOrTx, ...args: A) => V {
  return function kept(db, ...args) {
    const client = clientOf(db);
    if (!client || client.inTransaction) return load(db, ...args);
    const state = keptFor(client);
    let answers = state.reads.get(name);
    if (!answers) {
      answers = new Map();
      state.reads.set(name, answers);
    }
    const key = keyOf(...args);
    const hit = answers.get(key);
    if (hit) return hit.value as V;
    const value = deepFreeze(load(db, ...args));
    if (answers.size >= CAPACITY) answers.delete(answers.keys().next().value!);
    answers.set(key, { value });
    return value;
  };
}
