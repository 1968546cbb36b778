/**
 * A decision as lists show it ("ANK 21.4.2027 § 15 Title (#T3 #T5)"): only what the line needs, a page in one query
 * (issue 18: twenty full rows through drizzle, then their labels and goal codes in two more queries, were most of a
 * search's cost that grew with its matches).
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
 * The page comes back as one JSON row (each decision an array, its goal codes an array inside): a row handed to
 * JavaScript costs more than SQLite's work on it, and a page is a few lookups per decision.
 */
const LINE = `json_array(d.id, d.title, d.section, f.code, m.starts_at, m.zone,
  json((select json_group_array(g.code order by g.position, g.id) from decision_goals dg join goals g on g.id = dg.goal_id where dg.decision_id = d.id)))`;
const JOINS = "from decisions d join forums f on f.id = d.forum_id join meetings m on m.id = d.meeting_id";

/** Rows of the decisions, in the given order (ids of missing decisions are left out). */
const BY_ID = `select json_group_array(${LINE} order by j.key) ${JOINS} join json_each(?) j on d.id = j.value`;
/** Rows of the decisions at these offsets of the search index's part starting at `from` (search.ts), in the given order. */
const BY_KEY = `select json_group_array(${LINE} order by j.key) ${JOINS} join decision_search_keys k on k.decision_id = d.id join json_each(?) j on k.key = ? + j.value`;

type Stored = [number, string, number, string, number, string, string[]];

const toRows = (json: string): DecisionListRow[] =>
  (JSON.parse(json) as Stored[]).map(([id, title, section, forumCode, meetingStartsAt, zone, goalCodes]) => ({
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
  return toRows(connectionOf(db).prepare(BY_ID).pluck().get(JSON.stringify(ids)) as string);
}

/** The rows of index keys given as offsets from `from` (keys pass 2^53, so JavaScript numbers hold only offsets). */
export function decisionListRowsAt(db: DbOrTx, from: bigint, offsets: readonly number[]): DecisionListRow[] {
  if (offsets.length === 0) return [];
  return toRows(connectionOf(db).prepare(BY_KEY).pluck().get(JSON.stringify(offsets), from) as string);
}
