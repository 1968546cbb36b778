/**
 * The agreement's yearly follow-up (agreement template section 7: the top management forum follows up the goals
 * every calendar year): per goal its indicators against baseline and target (values up to the year), measures
 * done / pending / overdue at the end of the year (or today, for the running year), the decisions of the year
 * tied to it, and the statutory and agreed duties of the year met or missed (src/services/duties.ts).
 */
import { and, eq, sql } from "drizzle-orm";
import { DateTime } from "luxon";
import type { DbOrTx } from "../../../db/connection.js";
import { decisions } from "../../../db/schema/index.js";
import type { Duty } from "../../domain/duties.js";
import { dutiesFor, yearRange } from "../duties.js";
import type { DecisionRow } from "../decisions/record.js";
import { overviewsOf, type GoalOverview } from "../goals/overview.js";
import { listGoals } from "../goals/queries.js";
import { listForums, type ForumRow } from "../forums.js";
import type { RegionRow } from "../regions.js";

export interface GoalReport {
  overview: GoalOverview;
  decisions: DecisionRow[];
}

export interface YearReport {
  year: number;
  /** The forum that follows up the agreement (top management forum), if the region names one. */
  forum: ForumRow | undefined;
  goals: GoalReport[];
  decisionsOfYear: DecisionRow[];
  duties: Duty[];
  /** The instant measures were judged at: the end of the year, or now for the running year. */
  asOf: number;
  /** The region's zone, for dates shown in the report (the THL fetch date). */
  zone: string;
}

/** `include` limits decisions to forums the reader may see (e.g. public forums only for a download link). */
export function buildYearReport(db: DbOrTx, region: RegionRow, year: number, now: number, include: (forum: ForumRow) => boolean = () => true): YearReport {
  const endOfYear = DateTime.fromObject({ year, month: 12, day: 31, hour: 23, minute: 59 }, { zone: region.zone }).toMillis();
  const asOf = Math.min(endOfYear, now);
  const all = listForums(db, region.id);
  const forums = all.filter(include);
  const visible = new Set(forums.map((f) => f.id));
  const forum = all.find((f) => f.followsUpAgreement) ?? all.find((f) => f.kind === "top_management_forum");
  const decisionsOfYear = forums.flatMap((f) =>
    db
      .select()
      .from(decisions)
      .where(and(eq(decisions.forumId, f.id), eq(decisions.sectionYear, year)))
      .all(),
  );
  const ofGoal = goalDecisionsOfYear(db, [...visible], year, decisionsOfYear);
  const goals = overviewsOf(db, listGoals(db, region.id), asOf, region.zone, year).map((overview) => ({
    overview,
    decisions: ofGoal.get(overview.goal.id) ?? [],
  }));
  return { year, forum, goals, decisionsOfYear, duties: yearDuties(db, region, year, now), asOf, zone: region.zone };
}

/**
 * Each goal's decisions of the year, newest first, in one query that starts from the year's decisions (the forum and
 * year index) and looks up their goals: its cost follows the year, not the ten years of history a goal collects.
 */
function goalDecisionsOfYear(db: DbOrTx, forumIds: number[], year: number, ofYear: DecisionRow[]): Map<number, DecisionRow[]> {
  const byId = new Map(ofYear.map((d) => [d.id, d]));
  const links = db.all<{ goalId: number; id: number }>(
    sql`select dg.goal_id goalId, d.id id from decisions d cross join decision_goals dg on dg.decision_id = d.id cross join meetings m on m.id = d.meeting_id
        where d.forum_id in (select value from json_each(${JSON.stringify(forumIds)})) and d.section_year = ${year}
        order by m.starts_at desc, d.section desc`,
  );
  const out = new Map<number, DecisionRow[]>();
  for (const { goalId, id } of links) {
    const decision = byId.get(id);
    if (!decision) continue;
    const list = out.get(goalId) ?? [];
    list.push(decision);
    out.set(goalId, list);
  }
  return out;
}

/** Duties of the year except each forum's own cadence: the statutory negotiations and the agreement follow-up. */
export function yearDuties(db: DbOrTx, region: RegionRow, year: number, now: number): Duty[] {
  return dutiesFor(db, region.id, yearRange(year), now, (rule) => rule.id !== "cadence");
}
