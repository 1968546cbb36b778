/** Finds a party or a person from what someone typed: id, short name, name, or e-mail (case-insensitive). */
import type { DbOrTx } from "../../../db/connection.js";
import { UserError } from "../../errors.js";
import { listParties, type PartyRow } from "../parties.js";
import { listPeople, type PersonRow } from "../people.js";

export function resolveParty(db: DbOrTx, regionId: string, typed: string): PartyRow {
  const wanted = typed.trim().toLowerCase();
  const found = listParties(db, regionId).find(
    (p) =>
      p.id.toLowerCase() === wanted ||
      p.shortName?.toLowerCase() === wanted ||
      p.names.fi.toLowerCase() === wanted ||
      p.names.sv?.toLowerCase() === wanted ||
      p.names.en?.toLowerCase() === wanted,
  );
  if (!found) throw new UserError("decision.unknownParty", { party: typed });
  return found;
}

export function resolvePersonTyped(db: DbOrTx, regionId: string, typed: string): PersonRow {
  const wanted = typed.trim().replace(/^@/, "").toLowerCase();
  const everyone = listPeople(db, regionId);
  const exact = everyone.find((p) => p.id.toLowerCase() === wanted || p.email?.toLowerCase() === wanted || p.name.toLowerCase() === wanted);
  if (exact) return exact;
  const partial = everyone.filter((p) => p.name.toLowerCase().includes(wanted));
  if (partial.length === 1) return partial[0]!;
  throw new UserError("decision.unknownPerson", { person: typed });
}
