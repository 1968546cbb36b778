/** Read access to the parties of the region's agreement. */
import { asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/connection.js";
import { prepared } from "../../db/prepared.js";
import { parties } from "../../db/schema/index.js";

export type PartyRow = typeof parties.$inferSelect;

const partiesQuery = prepared((db: DbOrTx) =>
  db
    .select()
    .from(parties)
    .where(eq(parties.regionId, sql.placeholder("regionId")))
    .orderBy(asc(parties.position))
    .prepare(),
);
export function listParties(db: DbOrTx, regionId: string): PartyRow[] {
  return partiesQuery(db).all({ regionId });
}

const partyQuery = prepared((db: DbOrTx) =>
  db
    .select()
    .from(parties)
    .where(eq(parties.id, sql.placeholder("id")))
    .prepare(),
);
export function findParty(db: DbOrTx, id: string): PartyRow | undefined {
  return partyQuery(db).get({ id });
}
