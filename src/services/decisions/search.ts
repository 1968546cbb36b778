/**
 * Finds decisions by forum, goal, numbering year and words, with a count and one page of results (issue 18).
 * Words go through the FTS5 index `decision_search` (migrations 0007, 0009, 0012: trigram tokens, case and diacritics
 * folded, so "aanekoski" finds "Äänekoski" and "kertomus" finds "hyvinvointikertomus"). Every word must occur in the
 * title, proposal or decision text. With words, decisions whose title has them all come first, then the rest, each
 * newest first; without words, the newest first. Words shorter than three letters cannot use trigrams; they are
 * matched with LIKE on the rows the rest selects.
 *
 * Without a year, the index is read in the order decisions are shown (its rowid, migration 0012) from the newest end,
 * within the posting lists of the person's readable forums (and the goal), and reading stops at the page's end; the
 * count stops too, past `COUNT_CAP` (100; on later pages the next hundred past the page's end): "more than 100". Counting every match of ten years
 * would cost ten times a year's (issue 18: flat latency). A year keeps the set small enough to sort and count exactly.
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
  /** How many decisions match in all; when `atLeast`, the count stopped there and more match. */
  total: number;
  /** True when more than `total` decisions match (the count stops at the cap). */
  atLeast: boolean;
  /** The requested page of them, in order. */
  rows: DecisionRow[];
}

export interface PageOptions {
  limit: number;
  offset?: number;
}

/** Counts stop past this many matches (past the next hundred after the page's end on later pages). */
export const COUNT_CAP = 100;

const phrase = (text: string) => `"${text.replaceAll('"', '""')}"`;
/** The index's one-trigram token of a forum or a goal (migration 0012: three private-use characters). */
const token = (id: number, last: number) => String.fromCodePoint(0xe000 + (id % 4096), 0xf000 + (Math.floor(id / 4096) % 2048), last);
export const forumToken = (forumId: number) => token(forumId, 0xf8ff);
export const goalToken = (goalId: number) => token(goalId, 0xf8fe);

/**
 * The FTS5 query of the forums' decisions (and the goal's) with every word: each word a quoted phrase (so none is
 * read as an operator), all required; `column` limits the words to one column.
 */
export function ftsQuery(forumIds: number[], words: string[], options: { goalId?: number | undefined; column?: string } = {}): string {
  const parts = [`scope : (${forumIds.map((id) => phrase(forumToken(id))).join(" OR ")})`];
  if (options.goalId !== undefined) parts.push(`goals : ${phrase(goalToken(options.goalId))}`);
  if (words.length > 0) {
    const all = words.map(phrase).join(" AND ");
    parts.push(options.column ? `${options.column} : (${all})` : `(${all})`);
  }
  return parts.join(" AND ");
}

const likeOf = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function searchDecisions(db: DbOrTx, query: DecisionQuery, page: PageOptions = { limit: 20 }): DecisionPage {
  if (query.forumIds.length === 0) return { total: 0, atLeast: false, rows: [] };
  const words = (query.words ?? "").split(/\s+/).filter(Boolean);
  const indexed = words.filter((w) => [...w].length >= 3);
  const short = words.filter((w) => [...w].length < 3);
  const shortFilter = short.map(
    (w) =>
      sql`(d.title like ${likeOf(w)} escape '\\' or d.decision_text like ${likeOf(w)} escape '\\' or coalesce(d.proposal, '') like ${likeOf(w)} escape '\\')`,
  );
  const found = query.year === undefined ? inOrder(db, query, indexed, shortFilter, page) : sorted(db, query, indexed, shortFilter, page);
  if (found.ids.length === 0) return { total: found.total, atLeast: found.atLeast, rows: [] };
  const byId = new Map(
    db
      .select()
      .from(decisions)
      .where(inArray(decisions.id, found.ids))
      .all()
      .map((d) => [d.id, d]),
  );
  return { total: found.total, atLeast: found.atLeast, rows: found.ids.map((id) => byId.get(id)!).filter(Boolean) };
}

interface FoundIds {
  total: number;
  atLeast: boolean;
  ids: number[];
}

/**
 * Reads the index from the newest end: the count up to the cap, then the page, title matches first. Each read stops
 * at its limit, so a page costs about the same in a region's first year and in its tenth.
 */
function inOrder(db: DbOrTx, query: DecisionQuery, indexed: string[], shortFilter: SQL[], page: PageOptions): FoundIds {
  const offset = page.offset ?? 0;
  // The next hundred past the page's end: the page always knows whether another follows.
  const cap = COUNT_CAP * (Math.floor((offset + page.limit) / COUNT_CAP) + 1);
  const all = ftsQuery(query.forumIds, indexed, { goalId: query.goalId });
  const filter = shortFilter.length > 0 ? sql` and ${sql.join(shortFilter, sql` and `)}` : sql``;
  const join = shortFilter.length > 0 ? sql` join decisions d on d.id = k.decision_id` : sql``;
  /** Up to `limit` decision ids of a match, skipping `skip`, newest first. */
  const read = (match: string, limit: number, skip: number) =>
    limit <= 0
      ? []
      : db
          .all<{ id: number }>(
            sql`select k.decision_id id from decision_search s join decision_search_keys k on k.key = s.rowid${join}
                where decision_search match ${match}${filter} order by s.rowid limit ${limit} offset ${skip}`,
          )
          .map((r) => r.id);
  const countUpTo = (match: string, limit: number) =>
    db.get<{ n: number }>(
      sql`select count(*) n from (select 1 from decision_search s join decision_search_keys k on k.key = s.rowid${join}
          where decision_search match ${match}${filter} limit ${limit})`,
    )!.n;
  const counted = countUpTo(all, cap + 1);
  const total = Math.min(counted, cap);
  const result = { total, atLeast: counted > cap };
  if (total === 0 || page.limit <= 0) return { ...result, ids: [] };
  if (indexed.length === 0) return { ...result, ids: read(all, page.limit, offset) };
  // Decisions with every word in the title first, then the rest; both newest first.
  const inTitle = ftsQuery(query.forumIds, indexed, { goalId: query.goalId, column: "title" });
  const first = read(inTitle, page.limit, offset);
  if (first.length === page.limit) return { ...result, ids: first };
  const titled = first.length > 0 ? offset + first.length : countUpTo(inTitle, offset);
  const rest = read(`(${all}) NOT (${inTitle})`, page.limit - first.length, Math.max(0, offset - titled));
  return { ...result, ids: [...first, ...rest] };
}

/** A year makes the set small enough to sort: the count comes with the page (one index match). */
function sorted(db: DbOrTx, query: DecisionQuery, indexed: string[], shortFilter: SQL[], page: PageOptions): FoundIds {
  const forumList = JSON.stringify(query.forumIds);
  const where: SQL[] = [sql`d.forum_id in (select value from json_each(${forumList}))`, ...shortFilter];
  if (query.year !== undefined) where.push(sql`d.section_year = ${query.year}`);
  if (query.goalId !== undefined) where.push(sql`d.id in (select decision_id from decision_goals where goal_id = ${query.goalId})`);
  if (indexed.length > 0) {
    where.push(
      sql`d.id in (select k.decision_id from decision_search s join decision_search_keys k on k.key = s.rowid where decision_search match ${ftsQuery(query.forumIds, indexed)})`,
    );
  }
  const filter = sql.join(where, sql` and `);
  // Decisions with every word in the title first: folded in SQL by fold_text (db/connection.ts) as the index folds.
  const inTitle =
    indexed.length > 0
      ? sql.join(
          indexed.map((w) => sql`fold_text(d.title) like ${likeOf(foldText(w))} escape '\\'`),
          sql` and `,
        )
      : sql`null`;
  const rows = db.all<{ id: number; total: number }>(
    sql`select d.id id, count(*) over () total from decisions d join meetings m on m.id = d.meeting_id where ${filter}
        order by (${inTitle}) desc, m.starts_at desc, d.section desc, d.id limit ${page.limit} offset ${page.offset ?? 0}`,
  );
  const total = rows[0]?.total ?? db.get<{ total: number }>(sql`select count(*) total from decisions d where ${filter}`)!.total;
  return { total, atLeast: false, ids: rows.map((r) => r.id) };
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
