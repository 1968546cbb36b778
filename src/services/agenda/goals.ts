/** Agreement goal codes on agenda items: `#T3` tags in free text, checked against the region's agreement. */
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/connection.js";
import { agreements, goals } from "../../../db/schema/index.js";
import type { LocalizedText } from "../../../db/schema/index.js";
import { UserError } from "../../errors.js";

const TAG = /(^|\s)#([A-Za-zÅÄÖåäö]{1,4}\d+[A-Za-z0-9.]*)/g;

/** Takes the `#T3` tags out of a text; returns the text without them and the upper-case codes in order. */
export function takeGoalTags(text: string): { text: string; codes: string[] } {
  const codes: string[] = [];
  const rest = text.replace(TAG, (_whole, lead: string, code: string) => {
    const upper = code.toUpperCase();
    if (!codes.includes(upper)) codes.push(upper);
    return lead;
  });
  return { text: rest.replace(/[ \t]{2,}/g, " ").trim(), codes };
}

export interface GoalChoice {
  code: string;
  title: LocalizedText;
}

export function regionGoals(db: DbOrTx, regionId: string): GoalChoice[] {
  return db
    .select({ code: goals.code, title: goals.title })
    .from(goals)
    .innerJoin(agreements, eq(agreements.id, goals.agreementId))
    .where(eq(agreements.regionId, regionId))
    .orderBy(asc(goals.position))
    .all();
}

/** Refuses codes that are not goals of the region's agreement (when the region has an agreement with goals). */
export function checkGoalCodes(db: DbOrTx, regionId: string, codes: string[]): string[] {
  const known = regionGoals(db, regionId).map((g) => g.code.toUpperCase());
  const normalized = [...new Set(codes.map((c) => c.replace(/^#/, "").toUpperCase()))];
  if (known.length === 0) return normalized;
  const unknown = normalized.filter((c) => !known.includes(c));
  if (unknown.length > 0) throw new UserError("agenda.error.unknownGoal", { codes: unknown.join(", "), known: known.join(", ") });
  return normalized;
}
