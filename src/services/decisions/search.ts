/**
 * Finds decisions by forum, goal, numbering year and words, with the total count and one page of results (issue 18).
 * Words go through the FTS5 index `decisions_fts` (migration 0006: trigram tokens, case and diacritics folded, so
 * "aanekoski" finds "Äänekoski" and "kertomus" finds "hyvinvointikertomus"); every word must occur in the title,
 * proposal or decision text. With words the best matches (bm25, title weighted highest) come first, else the newest.
 * Words shorter than three letters cannot use trigrams; they are matched with LIKE on the rows the rest selects.
 */
import { inArray, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../../db/connection.js";
import { decisions } from "../../../db/schema/index.js";
import type { DecisionRow } from "./record.js";

export interface DecisionQuery {
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

/** Words as an FTS5 query: each one a quoted phrase (so no word is read as an operator), all required. */
export function ftsQuery(words: string[]): string {
  return words.map((w) => `"${w.replaceAll('"', '""')}"`).join(" ");
}

export function searchDecisions(db: DbOrTx, query: DecisionQuery, page: PageOptions = { limit: 20 }): DecisionPage {
  if (query.forumIds.length === 0) return { total: 0, rows: [] };
  const words = (query.words ?? "").split(/\s+/).filter(Boolean);
  const indexed = words.filter((w) => [...w].length >= 3);
  const short = words.filter((w) => [...w].length < 3);
  const where: SQL[] = [sql`d.forum_id in (select value from json_each(${JSON.stringify(query.forumIds)}))`];
  if (query.year !== undefined) where.push(sql`d.section_year = ${query.year}`);
  if (query.goalId !== undefined) where.push(sql`d.id in (select decision_id from decision_goals where goal_id = ${query.goalId})`);
  for (const w of short) {
    const like = `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql`(d.title like ${like} escape '\\' or d.decision_text like ${like} escape '\\' or coalesce(d.proposal, '') like ${like} escape '\\')`);
  }
  const filter = sql.join(where, sql` and `);
  const hits =
    indexed.length > 0
      ? sql`join (select rowid id, bm25(decisions_fts, 10.0, 2.0, 1.0) rank from decisions_fts where decisions_fts match ${ftsQuery(indexed)}) h on h.id = d.id`
      : sql``;
  const order = indexed.length > 0 ? sql`h.rank, m.starts_at desc, d.section desc` : sql`m.starts_at desc, d.section desc`;
  const { total } = db.get<{ total: number }>(sql`select count(*) total from decisions d ${hits} where ${filter}`)!;
  if (total === 0 || page.limit <= 0) return { total, rows: [] };
  const ids = db
    .all<{ id: number }>(
      sql`select d.id from decisions d ${hits} join meetings m on m.id = d.meeting_id where ${filter} order by ${order} limit ${page.limit} offset ${page.offset ?? 0}`,
    )
    .map((r) => r.id);
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
