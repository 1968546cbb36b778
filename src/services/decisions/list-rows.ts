/**
 * A decision as lists show it ("ANK 21.4.2027 § 15 Title (#T3 #T5)"): only what the line needs, a page in one query
 * (issue 18: twenty full rows through drizzle, then their labels and goal codes in two more queries, were most of a
 * search's cost that grew with its matches; then the decision, forum, meeting and goals of each, most of what was left).
 */
import { connectionOf, type DbOrTx } from "../../../db/connection.js";

export interface DecisionListRow {
  id: number;
  title: string;
  section: number;
  forumCode: string;
  /** The meeting's start (UTC ms) and zone: the label's date. */
  meetingStartsAt: number;
  zone: string;
  /** Goal codes in the goals' order. */
  goalCodes: string[];
}

/**
 * Each decision's line is kept beside its index key (migration 0016: a JSON array of what the line shows), so a page
 * is one lookup per decision. The page comes back as one row of those arrays joined: a row handed to JavaScript costs
 * more than SQLite's work on it.
 */
const BY_ID = "select '[' || group_concat(k.line, ',' order by j.key) || ']' from decision_search_keys k join json_each(?) j on k.decision_id = j.value";
/** Lines at these offsets of the search index's part starting at `from` (search.ts), in the given order. */
const BY_KEY = "select '[' || group_concat(k.line, ',' order by j.key) || ']' from decision_search_keys k join json_each(?) j on k.key = ? + j.value";

type Stored = [number, string, number, string, number, string, string[]];

const toRows = (json: string | null): DecisionListRow[] =>
  (JSON.parse(json ?? "[]") as Stored[]).map(([id, title, section, forumCode, meetingStartsAt, zone, goalCodes]) => ({
    id,
    title,
    section,
    forumCode,
    meetingStartsAt,
    zone,
    goalCodes,
  }));

export function decisionListRows(db: DbOrTx, ids: readonly number[]): DecisionListRow[] {
  if (ids.length === 0) return [];
  return toRows(connectionOf(db).prepare(BY_ID).pluck().get(JSON.stringify(ids)) as string | null);
}

/** The rows of index keys given as offsets from `from` (keys pass 2^53, so JavaScript numbers hold only offsets). */
export function decisionListRowsAt(db: DbOrTx, from: bigint, offsets: readonly number[]): DecisionListRow[] {
  if (offsets.length === 0) return [];
  return toRows(connectionOf(db).prepare(BY_KEY).pluck().get(JSON.stringify(offsets), from) as string | null);
}
