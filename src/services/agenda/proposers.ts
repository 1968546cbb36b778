/**
 * Which parties have already proposed agenda items for a meeting. The reminders engineer uses it to send the agenda
 * call and the deadline nudge only to parties that have not proposed.
 */
import { and, eq, ne } from "drizzle-orm";
import type { DbOrTx } from "../../../db/connection.js";
import { agendaItems, forumMembers, meetings, people } from "../../../db/schema/index.js";

/**
 * Party ids on whose behalf non-withdrawn items were proposed: the item's party, else the proposer's party in the
 * forum, else the proposer's own party. Standing items (no proposer) do not count.
 * @example partiesThatProposed(db, "JOHTO-2027-2") // Set { "kokkola", "hva" }
 */
export function partiesThatProposed(db: DbOrTx, meetingId: string): Set<string> {
  const meeting = db.select({ forumId: meetings.forumId }).from(meetings).where(eq(meetings.id, meetingId)).get();
  if (!meeting) return new Set();
  const rows = db
    .select({ itemParty: agendaItems.partyId, memberParty: forumMembers.partyId, personParty: people.partyId })
    .from(agendaItems)
    .innerJoin(people, eq(people.id, agendaItems.proposerId))
    .leftJoin(forumMembers, and(eq(forumMembers.personId, people.id), eq(forumMembers.forumId, meeting.forumId)))
    .where(and(eq(agendaItems.meetingId, meetingId), ne(agendaItems.state, "withdrawn")))
    .all();
  const result = new Set<string>();
  for (const row of rows) {
    const party = row.itemParty ?? row.memberParty ?? row.personParty;
    if (party) result.add(party);
  }
  return result;
}
