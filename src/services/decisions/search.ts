/** Finds decisions by forum, goal, numbering year and words (in title, proposal or decision), newest first. */
import { and, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../../db/connection.js";
import { decisionGoals, decisions, meetings } from "../../../db/schema/index.js";
import type { DecisionRow } from "./record.js";

export interface DecisionQuery {
  forumIds: number[];
  goalId?: number;
  year?: number;
  words?: string;
}

export function searchDecisions(db: DbOrTx, query: DecisionQuery): DecisionRow[] {
  if (query.forumIds.length === 0) return [];
  // Words are matched in JS: SQLite's lower() folds only ASCII, so "äänestys" would miss "Äänestys".
  const words = (query.words ?? "").toLocaleLowerCase("fi").split(/\s+/).filter(Boolean);
  const conditions = [
    inArray(decisions.forumId, query.forumIds),
    query.year !== undefined ? eq(decisions.sectionYear, query.year) : undefined,
    query.goalId !== undefined
      ? inArray(decisions.id, db.select({ id: decisionGoals.decisionId }).from(decisionGoals).where(eq(decisionGoals.goalId, query.goalId)))
      : undefined,
  ].filter((c) => c !== undefined);
  return db
    .select({ d: decisions })
    .from(decisions)
    .innerJoin(meetings, eq(meetings.id, decisions.meetingId))
    .where(and(...conditions))
    .orderBy(desc(meetings.startsAt), desc(decisions.section))
    .all()
    .map((r) => r.d)
    .filter((d) => {
      if (words.length === 0) return true;
      const text = `${d.title}\n${d.decisionText}\n${d.proposal ?? ""}`.toLocaleLowerCase("fi");
      return words.every((w) => text.includes(w));
    });
}
