/** Reading decisions: by id, by § reference, of a meeting, and everything shown with one (goals, diary numbers…). */
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/connection.js";
import { decisionDiaryNumbers, decisionGoals, decisionMeasures, decisionPreparers, decisions, goals, meetings } from "../../../db/schema/index.js";
import { requireReadable, type Who } from "../access.js";
import type { MeetingRow } from "../meetings.js";
import { forumById, type ForumRow } from "../forums.js";
import type { DecisionRow } from "./record.js";

export interface DecisionView {
  decision: DecisionRow;
  forum: ForumRow;
  meeting: MeetingRow;
  goalCodes: string[];
  preparers: { personId: string | null; name: string }[];
  diary: { partyId: string; number: string }[];
  measures: (typeof decisionMeasures.$inferSelect)[];
}

export function decisionById(db: DbOrTx, id: number): DecisionRow | undefined {
  return db.select().from(decisions).where(eq(decisions.id, id)).get();
}

export function findBySection(db: DbOrTx, forumId: number, sectionYear: number, section: number): DecisionRow | undefined {
  return db
    .select()
    .from(decisions)
    .where(and(eq(decisions.forumId, forumId), eq(decisions.sectionYear, sectionYear), eq(decisions.section, section)))
    .get();
}

export function decisionsOfMeeting(db: DbOrTx, meetingId: string): DecisionRow[] {
  return db.select().from(decisions).where(eq(decisions.meetingId, meetingId)).orderBy(asc(decisions.section)).all();
}

/** A decision as the person may see it: refused when its forum is private to them. */
export function readDecision(who: Who, decision: DecisionRow): DecisionView {
  const forum = forumById(who.db, decision.forumId);
  if (forum) requireReadable(who, forum);
  return viewDecision(who.db, decision);
}

export function viewDecision(db: DbOrTx, decision: DecisionRow): DecisionView {
  const forum = forumById(db, decision.forumId)!;
  const meeting = db.select().from(meetings).where(eq(meetings.id, decision.meetingId)).get()!;
  const goalCodes = db
    .select({ code: goals.code })
    .from(decisionGoals)
    .innerJoin(goals, eq(goals.id, decisionGoals.goalId))
    .where(eq(decisionGoals.decisionId, decision.id))
    .orderBy(asc(goals.position), asc(goals.id))
    .all()
    .map((r) => r.code);
  const preparers = db
    .select({ personId: decisionPreparers.personId, name: decisionPreparers.name })
    .from(decisionPreparers)
    .where(eq(decisionPreparers.decisionId, decision.id))
    .orderBy(asc(decisionPreparers.position))
    .all();
  const diary = db
    .select({ partyId: decisionDiaryNumbers.partyId, number: decisionDiaryNumbers.number })
    .from(decisionDiaryNumbers)
    .where(eq(decisionDiaryNumbers.decisionId, decision.id))
    .orderBy(asc(decisionDiaryNumbers.id))
    .all();
  const measures = db.select().from(decisionMeasures).where(eq(decisionMeasures.decisionId, decision.id)).orderBy(asc(decisionMeasures.position)).all();
  return { decision, forum, meeting, goalCodes, preparers, diary, measures };
}

/** The chain of earlier processing, oldest last: this decision's earlier one, its earlier one, … */
export function earlierChain(db: DbOrTx, decision: DecisionRow): DecisionRow[] {
  const chain: DecisionRow[] = [];
  const seen = new Set<number>([decision.id]);
  let next = decision.earlierDecisionId;
  while (next !== null && !seen.has(next)) {
    const found = decisionById(db, next);
    if (!found) break;
    chain.push(found);
    seen.add(found.id);
    next = found.earlierDecisionId;
  }
  return chain;
}

export function goalIdsOfDecision(db: DbOrTx, decisionId: number): number[] {
  return db
    .select({ id: decisionGoals.goalId })
    .from(decisionGoals)
    .where(eq(decisionGoals.decisionId, decisionId))
    .all()
    .map((r) => r.id);
}
