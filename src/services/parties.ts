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
const partyNamesQuery = prepared((db: DbOrTx) =>
  db
    .select({ id: parties.id, names: parties.names })
    .from(parties)
    .where(eq(parties.regionId, sql.placeholder("regionId")))
    .prepare(),
);
/** The id and names of each of the region's parties (no other columns: a view naming many parties reads these). */
export function listPartyNames(db: DbOrTx, regionId: string): Pick<PartyRow, "id" | "names">[] {
  return partyNamesQuery(db).all({ regionId });
}

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
