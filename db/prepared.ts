/**
 * Queries that run on every chat message (the region, the speaker, a forum by code), built once per database
 * handle. drizzle otherwise rebuilds the SQL on every call — entity checks, column casing, the selection — and
 * for a lookup by key that costs several times what SQLite spends running it. Values go in as placeholders:
 *
 * @example
 * const byId = prepared((db: DbOrTx) => db.select().from(people).where(eq(people.id, sql.placeholder("id"))).prepare());
 * byId(db).get({ id });
 *
 * The handle is the key, so a transaction handle gets its own (short-lived) copy; the statement itself runs on the
 * same connection either way. A view of a handle (`handleView`) shares its root's copy.
 */
import { rootHandle } from "./handle-view.js";

export function prepared<D extends object, Q>(build: (db: D) => Q): (db: D) => Q {
  const cache = new WeakMap<D, Q>();
  return (db) => {
    const key = rootHandle(db);
    let query = cache.get(key);
    if (query === undefined) {
      query = build(key);
      cache.set(key, query);
    }
    return query;
  };
}
