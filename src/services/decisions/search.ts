/**
 * Finds decisions by forum, goal, numbering year and words, with a count and one page of results (issue 18).
 * Words go through the FTS5 index `decision_search` (migrations 0007, 0009, 0012: trigram tokens, case and diacritics
 * folded, so "aanekoski" finds "Äänekoski" and "kertomus" finds "hyvinvointikertomus"). Every word must occur in the
 * title, proposal or decision text. With words, decisions whose title has them all come first, then the rest, each
 * newest first; without words, the newest first. Words shorter than three letters cannot use trigrams; they are
 * matched with LIKE on the rows the rest selects.
 *
 * Without a year, the index is read in the order decisions are shown (its rowid, migration 0012) from the newest end
 * of the region's own stretch, and reading stops at the page's end; the count stops too, past `COUNT_CAP` (100; on
 * later pages the next hundred past the page's end): "more than 100". Counting every match of ten years would cost
 * ten times a year's (issue 18: flat latency). A year keeps the set small enough to sort and count exactly.
 *
 * `forumIds` are forums of `regionId`; a decision of any other forum is never found.
 */
import { sql, type SQL } from "drizzle-orm";
import { connectionOf, type DbOrTx } from "../../../db/connection.js";
import { foldText } from "../../../db/fold-text.js";
import type { Who } from "../access.js";
import { readableForums } from "../access.js";
import { visibleForums, type ForumRow } from "../forums.js";
import { decisionListRows, decisionListRowsAt, type DecisionListRow } from "./list-rows.js";

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
  /** The requested page of them, in order, as lists show them. */
  rows: DecisionListRow[];
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
 * read as an operator), all required; `column` limits the words to one column. No forums, no goal and no words: "".
 */
export function ftsQuery(forumIds: number[], words: string[], options: { goalId?: number | undefined; column?: string } = {}): string {
  const parts = forumIds.length > 0 ? [`scope : (${forumIds.map((id) => phrase(forumToken(id))).join(" OR ")})`] : [];
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
  if (query.year !== undefined) {
    const found = sorted(db, query, indexed, short, page);
    return { total: found.total, atLeast: false, rows: decisionListRows(db, found.ids) };
  }
  const part = indexPart(db, query.regionId, query.forumIds);
  if (!part) return { total: 0, atLeast: false, rows: [] };
  const found = inOrder(db, part, query, indexed, short, page);
  return { total: found.total, atLeast: found.atLeast, rows: decisionListRowsAt(db, part.from, found.offsets) };
}

/**
 * The region's stretch of the index (migration 0012: its rowids lie between `from` and `to`) and how a search there
 * keeps to the person's forums: `all` when they may read every forum of the region (nothing to check); `except` when
 * most, leaving out the others' decisions by their forum tokens (`NOT scope : …`: the posting lists of the few forums
 * they may not read, cheaper than looking up each match's forum); `tokens` when few, reading the forums' own posting
 * lists with the words.
 */
interface IndexPart {
  from: bigint;
  to: bigint;
  forums: "all" | "except" | "tokens";
  readable: number[];
  unreadable: number[];
}

/** Rowid bits of the region number (migration 0012); the 2047th and later regions share the last stretch. */
const REGION_BITS = 52n;
const LAST_REGION = 2047;

function indexPart(db: DbOrTx, regionId: string, forumIds: number[]): IndexPart | undefined {
  const sqlite = connectionOf(db);
  const number = sqlite.prepare("select number from decision_search_regions where region_id = ?").pluck().get(regionId) as number | undefined;
  // The region's first decision gives it its number: none yet, nothing to find.
  if (number === undefined) return undefined;
  const asked = new Set(forumIds);
  const regionForums = sqlite.prepare("select id from forums where region_id = ?").pluck().all(regionId) as number[];
  const readable = regionForums.filter((id) => asked.has(id));
  const unreadable = regionForums.filter((id) => !asked.has(id));
  if (readable.length === 0) return undefined;
  const from = BigInt(Math.min(number, LAST_REGION)) << REGION_BITS;
  const to = from + (1n << REGION_BITS) - 1n;
  // A shared stretch holds other regions' decisions too: only the readable forums' own postings keep to this one.
  const forums = number >= LAST_REGION || readable.length < unreadable.length ? "tokens" : unreadable.length === 0 ? "all" : "except";
  return { from, to, forums, readable, unreadable };
}

/** The index query of the part's readable decisions with every word (and the goal); "" when nothing narrows it. */
function matchIn(part: IndexPart, words: string[], options: { goalId?: number | undefined; column?: string } = {}): string {
  if (part.forums === "tokens") return ftsQuery(part.readable, words, options);
  const match = ftsQuery([], words, options);
  if (match === "" || part.forums === "all") return match;
  return `(${match}) NOT scope : (${part.unreadable.map((id) => phrase(forumToken(id))).join(" OR ")})`;
}

interface FoundOffsets {
  total: number;
  atLeast: boolean;
  /** The page's index keys, as offsets from the part's `from`. */
  offsets: number[];
}

/**
 * Reads the index from the newest end, once for the count (up to the cap) and, with words, once for the title matches
 * up to the page's end; the page is cut from the two in JavaScript. Each read stops at its limit and stays in the
 * region's stretch, so a page costs about the same in a region's first year and in its tenth.
 */
function inOrder(db: DbOrTx, part: IndexPart, query: DecisionQuery, indexed: string[], short: string[], page: PageOptions): FoundOffsets {
  const offset = page.offset ?? 0;
  const end = offset + page.limit;
  // The next hundred past the page's end: the page always knows whether another follows.
  const cap = COUNT_CAP * (Math.floor(end / COUNT_CAP) + 1);
  const all = matchIn(part, indexed, { goalId: query.goalId });
  const counted = (found: number) => ({ total: Math.min(found, cap), atLeast: found > cap });
  if (indexed.length === 0 || page.limit <= 0) {
    const matches = readOffsets(db, part, all, short, cap + 1);
    return { ...counted(matches.length), offsets: matches.slice(offset, end) };
  }
  // Decisions with every word in the title first, then the rest; both newest first. When the title matches fill the
  // page, only the count is read of the rest.
  const titled = readOffsets(db, part, matchIn(part, indexed, { goalId: query.goalId, column: "title" }), short, end);
  if (titled.length === end) return { ...counted(countMatches(db, part, all, short, cap + 1)), offsets: titled.slice(offset) };
  // Fewer title matches than the page's end are all of them, and the first `cap + 1` matches hold the rest up to it.
  const matches = readOffsets(db, part, all, short, cap + 1);
  if (matches.length === 0) return { ...counted(0), offsets: [] };
  const inTitle = new Set(titled);
  return { ...counted(matches.length), offsets: [...titled, ...matches.filter((o) => !inTitle.has(o))].slice(offset, end) };
}

/**
 * The statement and parameters of up to `limit` matches in the part, newest first, as offsets (`o`) from its `from`.
 * With an empty match (no words, no goal, every forum or most of them) the keys alone are read, each one's forum
 * checked when not every forum is readable. Short words are checked on the decision's text with LIKE.
 */
function matchesIn(part: IndexPart, match: string, short: string[], limit: number): { source: string; params: unknown[] } {
  const check = match === "" && part.forums === "except";
  const join = check || short.length > 0 ? " join decisions d on d.id = k.decision_id" : "";
  const where = [
    ...(check ? ["d.forum_id in (select value from json_each(?))"] : []),
    ...short.map(() => "(d.title like ? escape '\\' or d.decision_text like ? escape '\\' or coalesce(d.proposal, '') like ? escape '\\')"),
  ];
  const and = where.map((w) => ` and ${w}`).join("");
  const source =
    match === ""
      ? `select k.key - ? o from decision_search_keys k${join} where k.key between ? and ?${and} order by k.key limit ?`
      : `select s.rowid - ? o from decision_search s${join ? ` join decision_search_keys k on k.key = s.rowid${join}` : ""}
         where decision_search match ? and s.rowid between ? and ?${and} order by s.rowid limit ?`;
  const head = match === "" ? [part.from, part.from, part.to] : [part.from, match, part.from, part.to];
  const params = [...head, ...(check ? [JSON.stringify(part.readable)] : []), ...short.flatMap((w) => [likeOf(w), likeOf(w), likeOf(w)]), limit];
  return { source, params };
}

/** Up to `limit` matches' offsets, in one row: a row handed to JavaScript costs more than SQLite's work on a match. */
function readOffsets(db: DbOrTx, part: IndexPart, match: string, short: string[], limit: number): number[] {
  if (limit <= 0) return [];
  const { source, params } = matchesIn(part, match, short, limit);
  const joined = connectionOf(db)
    .prepare(`select json_group_array(o) from (${source})`)
    .pluck()
    .get(...params) as string;
  return JSON.parse(joined) as number[];
}

/** How many matches, counting up to `limit`. */
function countMatches(db: DbOrTx, part: IndexPart, match: string, short: string[], limit: number): number {
  const { source, params } = matchesIn(part, match, short, limit);
  return connectionOf(db)
    .prepare(`select count(*) from (${source})`)
    .pluck()
    .get(...params) as number;
}

/** A year makes the set small enough to sort: the count comes with the page (one index match). */
function sorted(db: DbOrTx, query: DecisionQuery, indexed: string[], short: string[], page: PageOptions): { total: number; ids: number[] } {
  const forumList = JSON.stringify(query.forumIds);
  const shortFilter = short.map(
    (w) =>
      sql`(d.title like ${likeOf(w)} escape '\\' or d.decision_text like ${likeOf(w)} escape '\\' or coalesce(d.proposal, '') like ${likeOf(w)} escape '\\')`,
  );
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
  return { total, ids: rows.map((r) => r.id) };
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
