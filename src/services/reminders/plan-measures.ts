/**
 * Overdue measures of the agreement (issue 8): weekly, until done, to the responsible party's contacts — the people
 * representing that party in a forum that follows up the agreement, else the region's admins.
 */
import { and, eq, inArray, isNotNull, lt } from "drizzle-orm";
import { DateTime } from "luxon";
import type { DbOrTx } from "../../../db/connection.js";
import { agreements, forumMembers, forums, goals, measureParties, measures, people } from "../../../db/schema/index.js";
import { isFinnishDayOff } from "../../domain/reminder-days-off.js";
import { GRACE_MS } from "../../domain/reminder-kinds.js";
import { defaultPolicy } from "../../domain/reminder-policy.js";
import { timingRules } from "../../domain/reminder-plan.js";
import { dayReminder } from "../../domain/reminder-timing.js";
import type { RegionRow } from "../regions.js";
import type { NewReminder } from "./outbox.js";

export function partyContacts(db: DbOrTx, regionId: string, partyId: string): string[] {
  const rows = db
    .select({ personId: forumMembers.personId, memberParty: forumMembers.partyId, personParty: people.partyId })
    .from(forumMembers)
    .innerJoin(forums, eq(forums.id, forumMembers.forumId))
    .innerJoin(people, eq(people.id, forumMembers.personId))
    .where(and(eq(forums.regionId, regionId), eq(forums.followsUpAgreement, true)))
    .all();
  const contacts = [...new Set(rows.filter((r) => (r.memberParty ?? r.personParty) === partyId).map((r) => r.personId))];
  if (contacts.length > 0) return contacts;
  return db
    .select({ id: people.id, roles: people.roles })
    .from(people)
    .where(eq(people.regionId, regionId))
    .all()
    .filter((p) => p.roles.includes("admin"))
    .map((p) => p.id);
}

export function plannedOverdueMeasures(db: DbOrTx, region: RegionRow, now: number): NewReminder[] {
  const zone = region.zone;
  const today = DateTime.fromMillis(now, { zone }).startOf("day");
  // The region's own measures: a database that also holds other regions (issue 18) reminds none of theirs.
  const overdue = db
    .select({ m: measures })
    .from(measures)
    .innerJoin(goals, eq(goals.id, measures.goalId))
    .innerJoin(agreements, eq(agreements.id, goals.agreementId))
    .where(
      and(
        eq(agreements.regionId, region.id),
        isNotNull(measures.dueOn),
        lt(measures.dueOn, today.toISODate()!),
        inArray(measures.status, ["open", "in_progress"]),
      ),
    )
    .all()
    .map((r) => r.m);
  if (overdue.length === 0) return [];
  const rules = timingRules(zone, defaultPolicy({ kind: "other", cadence: "as_needed" }), isFinnishDayOff);
  const week = today.startOf("week");
  const rows: NewReminder[] = [];
  for (const measure of overdue) {
    const firstDay = DateTime.fromISO(measure.dueOn!, { zone }).plus({ days: 1 });
    const dueAt = Math.max(dayReminder(week, rules), dayReminder(firstDay, rules));
    const parties = db.select({ partyId: measureParties.partyId }).from(measureParties).where(eq(measureParties.measureId, measure.id)).all();
    for (const { partyId } of parties) {
      for (const personId of partyContacts(db, region.id, partyId)) {
        rows.push({
          key: `measure:${measure.id}@${week.toISODate()}:measure_overdue:w:p:${personId}:${partyId}`,
          kind: "measure_overdue",
          subject: `measure:${measure.id}`,
          meetingId: null,
          forumId: null,
          targetKind: "person",
          targetPlatform: null,
          targetRef: personId,
          personId,
          dueAt,
          expiresAt: dueAt + GRACE_MS.measure_overdue,
          payload: { code: measure.code, title: measure.title, dueOn: measure.dueOn, partyId },
        });
      }
    }
  }
  return rows;
}
