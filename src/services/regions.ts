/** The region the database holds (the one its agreement file set up). */
import type { DbOrTx } from "../../db/connection.js";
import { prepared } from "../../db/prepared.js";
import { keptWhileUnchanged } from "../../db/reference-cache.js";
import { regions } from "../../db/schema/index.js";

export type RegionRow = typeof regions.$inferSelect;

/** The database holds one region (the one its agreement file set up). */
// No LIMIT: drizzle binds it as a parameter, and SQLite then re-plans the statement on every run (3× the cost of
// the query); .get() takes the first row anyway.
const regionQuery = prepared((db: DbOrTx) => db.select().from(regions).prepare());
export const findRegion: (db: DbOrTx) => RegionRow | undefined = keptWhileUnchanged(
  "region",
  (db) => regionQuery(db).get(),
  () => "",
);
