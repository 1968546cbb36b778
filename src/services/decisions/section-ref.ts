/**
 * How a § is written and read. Shown as "ANK 21.4.2027 § 15" (forum code, meeting date, §), the way minutes cite
 * it. Typed as `§15` (same forum, same numbering year as the meeting at hand), `§15/2027`, `JOHTO§4/2027` or
 * `JOHTO §4/2027`.
 */
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/connection.js";
import { meetings } from "../../../db/schema/index.js";
import { UserError } from "../../errors.js";
import { formatDate } from "../../i18n/format.js";
import type { Locale } from "../../i18n/locale.js";
import { forumById, requireForum, type ForumRow } from "../forums.js";
import { decisionById, findBySection } from "./queries.js";
import type { DecisionRow } from "./record.js";

export interface SectionRef {
  forumCode?: string;
  section: number;
  year?: number;
}

const REF = /^([A-Za-zÅÄÖåäö0-9_]+)?\s*§\s*(\d+)(?:\s*\/\s*(\d{4}))?$/;

export function parseSectionRef(text: string): SectionRef | undefined {
  const match = REF.exec(text.trim());
  if (!match) return undefined;
  return {
    ...(match[1] ? { forumCode: match[1].toUpperCase() } : {}),
    section: Number(match[2]),
    ...(match[3] ? { year: Number(match[3]) } : {}),
  };
}

/** "ANK 21.4.2027 § 15" */
export function sectionLabel(forumCode: string, meetingStartsAt: number, zone: string, section: number, locale: Locale = "fi"): string {
  return `${forumCode} ${formatDate(meetingStartsAt, locale === "en" ? "fi" : locale, zone)} § ${section}`;
}

export interface RefDefaults {
  regionId: string;
  forum?: ForumRow;
  year: number;
}

/** The decision a typed reference points to, or a UserError naming what was typed. */
export function resolveSectionRef(db: DbOrTx, text: string, defaults: RefDefaults): DecisionRow {
  const ref = parseSectionRef(text);
  if (!ref) throw new UserError("decision.badRef", { value: text });
  const forum = ref.forumCode ? requireForum(db, defaults.regionId, ref.forumCode) : defaults.forum;
  if (!forum) throw new UserError("decision.badRef", { value: text });
  const found = findBySection(db, forum.id, ref.year ?? defaults.year, ref.section);
  if (!found) throw new UserError("decision.unknownRef", { ref: `${forum.code} § ${ref.section}/${ref.year ?? defaults.year}` });
  return found;
}

/** The "ANK 21.4.2027 § 15" label of a stored decision. */
export function labelDecision(db: DbOrTx, decision: DecisionRow, locale: Locale = "fi"): string {
  const forum = forumById(db, decision.forumId);
  const meeting = db.select().from(meetings).where(eq(meetings.id, decision.meetingId)).get();
  if (!forum || !meeting) return `§ ${decision.section}`;
  return sectionLabel(forum.code, meeting.startsAt, meeting.zone, decision.section, locale);
}

/**
 * The labels of many decisions in one query (the yearly report lists hundreds; one lookup each made the report grow
 * with the region's history, issue 18). Decisions of unknown forums or meetings get "§ N", as `labelDecision` does.
 */
export function labelDecisions(db: DbOrTx, list: DecisionRow[], locale: Locale = "fi"): Map<number, string> {
  const labels = new Map<number, string>(list.map((d) => [d.id, `§ ${d.section}`]));
  if (list.length === 0) return labels;
  const rows = db.all<{ id: number; code: string; startsAt: number; zone: string; section: number }>(
    sql`select d.id id, f.code code, m.starts_at startsAt, m.zone zone, d.section section from decisions d
        join forums f on f.id = d.forum_id join meetings m on m.id = d.meeting_id
        where d.id in (select value from json_each(${JSON.stringify(list.map((d) => d.id))}))`,
  );
  for (const r of rows) labels.set(r.id, sectionLabel(r.code, r.startsAt, r.zone, r.section, locale));
  return labels;
}

export function labelDecisionId(db: DbOrTx, id: number | null, locale: Locale = "fi"): string | undefined {
  const found = id === null ? undefined : decisionById(db, id);
  return found ? labelDecision(db, found, locale) : undefined;
}
