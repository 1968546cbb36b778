/**
 * Finds decisions by forum, goal, numbering year and words, with the total count and one page of results (issue 18).
 * Words go through the FTS5 index `decision_search` (migrations 0007 and 0009: trigram tokens, case and diacritics
 * folded, so "aanekoski" finds "Äänekoski" and "kertomus" finds "hyvinvointikertomus"), scoped to the region so the
 * cost follows the region's own matches, not the country's. Every word must occur in the title, proposal or
 * decision text. With words, decisions whose title has them all come first, then the rest, each newest first;
 * without words, the newest first. Words shorter than three letters cannot use trigrams; they are matched with LIKE
 * on the rows the rest selects.
 */
import { inArray, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../../db/connection.js";
import { decisions } from "../../../db/schema/index.js";
import { foldText } from "../../../db/fold-text.js";
import type { Who } from "../access.js";
import { readableForums } from "../access.js";
import { visibleForums, type ForumRow } from "../forums.js";
import type { DecisionRow } from "./record.js";

export interface DecisionQuery {
  regionId: string;
  forumIds: number[];
  goalId?: number;
  year?: number;
  words?: string;
}

export interface DecisionPage {
  /** How many decisions match in all. */
  total: number;
  /** The requested page of them, in order. */
  rows: DecisionRow[];
}

export interface PageOptions {
  limit: number;
  offset?: number;
}

const phrase = (text: string) => `"${text.replaceAll('"', '""')}"`;

/**
 * Words as an FTS5 query inside the region: each word a quoted phrase (so none is read as an operator), all
 * required; `column` limits the words to one column.
 */
export function ftsQuery(regionId: string, words: string[], column?: string): string {
  const all = words.map(phrase).join(" AND ");
  return `scope : ${phrase(`~${regionId}~`)} AND ${column ? `${column} : (${all})` : `(${all})`}`;
}

export function searchDecisions(db: DbOrTx, query: DecisionQuery, page: PageOptions = { limit: 20 }): DecisionPage {
  if (query.forumIds.length === 0) return { total: 0, rows: [] };
  const words = (query.words ?? "").split(/\s+/).filter(Boolean);
  const indexed = words.filter((w) => [...w].length >= 3);
  const short = words.filter((w) => [...w].length < 3);
  const forumList = JSON.stringify(query.forumIds);
  const where: SQL[] = [sql`d.forum_id in (select value from json_each(${forumList}))`];
  if (query.year !== undefined) where.push(sql`d.section_year = ${query.year}`);
  if (query.goalId !== undefined) where.push(sql`d.id in (select decision_id from decision_goals where goal_id = ${query.goalId})`);
  for (const w of short) {
    const like = `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql`(d.title like ${like} escape '\\' or d.decision_text like ${like} escape '\\' or coalesce(d.proposal, '') like ${like} escape '\\')`);
  }
  if (indexed.length > 0) where.push(sql`d.id in (select rowid from decision_search where decision_search match ${ftsQuery(query.regionId, indexed)})`);
  const filter = sql.join(where, sql` and `);
  const limit = sql`limit ${page.limit} offset ${page.offset ?? 0}`;
  let total: number;
  let ids: number[];
  if (indexed.length === 0 && query.year === undefined && query.goalId === undefined) {
    // Newest first over all years: walk meetings from the newest (their start index) and stop at the page's end,
    // instead of sorting ten years of decisions for twenty; the count reads the forum index alone.
    total = db.get<{ total: number }>(sql`select count(*) total from decisions d where ${filter}`)!.total;
    if (total === 0 || page.limit <= 0) return { total, rows: [] };
    ids = db
      .all<{ id: number }>(
        sql`select d.id from meetings m cross join decisions d on d.meeting_id = m.id where +m.forum_id in (select value from json_each(${forumList})) and ${filter}
            order by m.starts_at desc, d.section desc, d.id ${limit}`,
      )
      .map((r) => r.id);
  } else {
    // A year, a goal or words make the set small enough to sort; the count comes with the page (one index match).
    // Decisions with every word in the title first: folded in SQL by fold_text (db/connection.ts) as the index folds.
    const inTitle =
      indexed.length > 0
        ? sql.join(
            indexed.map((w) => sql`fold_text(d.title) like ${`%${foldText(w).replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`),
            sql` and `,
          )
        : sql`null`;
    const rows = db.all<{ id: number; total: number }>(
      sql`select d.id id, count(*) over () total from decisions d join meetings m on m.id = d.meeting_id where ${filter}
          order by (${inTitle}) desc, m.starts_at desc, d.section desc, d.id ${limit}`,
    );
    total = rows[0]?.total ?? db.get<{ total: number }>(sql`select count(*) total from decisions d where ${filter}`)!.total;
    ids = rows.map((r) => r.id);
  }
  if (ids.length === 0) return { total, rows: [] };
  const byId = new Map(
    db
      .select()
      .from(decisions)
      .where(inArray(decisions.id, ids))
      .all()
      .map((d) => [d.id, d]),
  );
  return { total, rows: ids.map((id) => byId.get(id)!).filter(Boolean) };
}

/** The `goal` use case's decisions: the newest page of the goal's decisions in forums the person may read. */
export function readableGoalDecisions(who: Who, regionId: string, goalId: number, limit: number): DecisionPage {
  return searchDecisions(who.db, { regionId, forumIds: visibleForums(who, regionId).map((f) => f.id), goalId }, { limit });
}

/** What the `decisions` command searches for: one forum or all, a goal, a numbering year, words. */
export interface ReadableSearch {
  /** One forum only; a forum the person may not read finds nothing, as if it had no decisions. */
  forum?: ForumRow | undefined;
  goalId?: number | undefined;
  year?: number | undefined;
  words?: string;
}

/** The `decisions` use case: one page of the matching decisions in the forums (or the one forum) the person may read. */
export function readableDecisions(who: Who, regionId: string, search: ReadableSearch, page: PageOptions): DecisionPage {
  const forums = search.forum ? readableForums(who, [search.forum]) : visibleForums(who, regionId);
  const query: DecisionQuery = { regionId, forumIds: forums.map((f) => f.id), words: search.words ?? "" };
  if (search.goalId !== undefined) query.goalId = search.goalId;
  if (search.year !== undefined) query.year = search.year;
  return searchDecisions(who.db, query, page);
}
