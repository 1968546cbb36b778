/** Read access to the parties of the region's agreement. */
import { asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/connection.js";
import { prepared } from "../../db/prepared.js";
import { keptWhileUnchanged } from "../../db/reference-cache.js";
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
export const listPartyNames: (db: DbOrTx, regionId: string) => readonly Pick<PartyRow, "id" | "names">[] = keptWhileUnchanged(
  "party names",
  (db, regionId: string) => partyNamesQuery(db).all({ regionId }),
  (regionId) => regionId,
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
export const findParty: (db: DbOrTx, id: string) => PartyRow | undefined = keptWhileUnchanged(
  "party",
  (db, id: string) => partyQuery(db).get({ id }),
  (id) => id,
);
