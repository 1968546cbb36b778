/**
 * The meeting lifecycle (src/domain/meeting-lifecycle.ts) over stored meetings: the stage of one meeting, and the
 * two refusals every use case shares. A refusal to move or cancel names what already hangs on the meeting (its
 * decisions, its minutes), so the secretary sees why, not just "no".
 */
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/connection.js";
import { decisions, minutes } from "../../../db/schema/index.js";
import { hasStarted, mayRecord, mayReschedule, stageOf, type MeetingStage } from "../../domain/meeting-lifecycle.js";
import { UserError } from "../../errors.js";
import { formatDateTime } from "../../i18n/format.js";
import type { MeetingRow } from "../meetings.js";
import type { UseCase } from "../use-case.js";

export function stageOfMeeting(db: DbOrTx, meeting: MeetingRow, now: number): MeetingStage {
  const row = db.select({ state: minutes.state }).from(minutes).where(eq(minutes.meetingId, meeting.id)).get();
  return stageOf({ status: meeting.status, startsAt: meeting.startsAt, minutes: row?.state }, now);
}

export function meetingHasStarted(meeting: MeetingRow, now: number): boolean {
  return hasStarted(meeting, now);
}

/** Decisions, attendance and minutes: refused before the meeting starts, after approval, and when cancelled. */
export function requireRecordable(uc: Pick<UseCase, "db" | "now" | "locale">, meeting: MeetingRow): MeetingStage {
  const stage = stageOfMeeting(uc.db, meeting, uc.now);
  if (mayRecord(stage)) return stage;
  if (stage === "cancelled") throw new UserError("calendar.error.cancelled", { id: meeting.id });
  if (stage === "approved") throw new UserError("decision.minutesApproved", { meeting: meeting.id });
  throw new UserError("record.error.notStarted", { meeting: meeting.id, when: formatDateTime(meeting.startsAt, uc.locale, meeting.zone) });
}

/** Moving and cancelling: refused once the meeting has started, naming the decisions and minutes that depend on it. */
export function requireNotStarted(uc: Pick<UseCase, "db" | "now" | "t">, meeting: MeetingRow): void {
  const stage = stageOfMeeting(uc.db, meeting, uc.now);
  if (stage === "cancelled") throw new UserError("calendar.error.cancelled", { id: meeting.id });
  if (mayReschedule(stage)) return;
  throw new UserError("record.error.started", { meeting: meeting.id, hangs: dependentsOf(uc, meeting, stage) });
}

function dependentsOf(uc: Pick<UseCase, "db" | "t">, meeting: MeetingRow, stage: MeetingStage): string {
  const sections = uc.db
    .select({ section: decisions.section, status: decisions.status })
    .from(decisions)
    .where(eq(decisions.meetingId, meeting.id))
    .orderBy(asc(decisions.section))
    .all();
  const parts: string[] = [];
  if (sections.length > 0) {
    const first = sections[0]!.section;
    const last = sections.at(-1)!.section;
    const range = first === last ? `§ ${first}` : `§ ${first}–${last}`;
    const final = sections.some((s) => s.status === "final");
    parts.push(uc.t(final ? "record.hangs.finalDecisions" : "record.hangs.decisions", { count: sections.length, range }));
  }
  if (stage === "minutes_drafted" || stage === "under_inspection" || stage === "approved") {
    parts.push(uc.t(`record.hangs.minutes.${stage}`));
  }
  if (parts.length === 0) parts.push(uc.t("record.hangs.held"));
  return parts.join("; ");
}
