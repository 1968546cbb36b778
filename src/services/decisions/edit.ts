/**
 * Changing a recorded decision. A draft (minutes not yet approved) can be edited; if its minutes are out for
 * inspection, the inspectors' approvals are cleared, since they approved other words. A final decision is never
 * edited: the correction is a new decision (with its own §) that names the original as the one it amends.
 */
import { eq } from "drizzle-orm";
import { decisions, minutesInspectors } from "../../../db/schema/index.js";
import { UserError } from "../../errors.js";
import { requireCapability } from "../access.js";
import { change } from "../audit.js";
import { requireMeeting } from "../meetings.js";
import { requireRecordable } from "../record/lifecycle.js";
import { forumById } from "../forums.js";
import { requireFits } from "../text-limits.js";
import { actorOf, type UseCase } from "../use-case.js";
import type { MeetingRow } from "../meetings.js";
import type { ForumRow } from "../forums.js";
import type { RegionRow } from "../regions.js";
import { recordDecision, requireOpenMinutes, type DecisionRow, type NewDecision } from "./record.js";

export interface DecisionEdit {
  decisionText?: string;
  proposal?: string;
  title?: string;
}

export function editDecision(uc: UseCase, decision: DecisionRow, edit: DecisionEdit): DecisionRow {
  requireCapability(uc, "record_decisions", forumById(uc.db, decision.forumId));
  requireFits(uc.locale, "decisionTitle", edit.title);
  requireFits(uc.locale, "decisionText", edit.decisionText);
  requireFits(uc.locale, "proposal", edit.proposal);
  if (decision.status !== "final") requireRecordable(uc, requireMeeting(uc.db, decision.meetingId));
  const now = uc.now;
  return change(uc.db, actorOf(uc), now, (tx, audit) => {
    const current = tx.select().from(decisions).where(eq(decisions.id, decision.id)).get()!;
    if (current.status === "final") throw new UserError("decision.final", { section: current.section });
    requireOpenMinutes(tx, current.meetingId);
    const updated = tx
      .update(decisions)
      .set({ ...edit, updatedAt: now })
      .where(eq(decisions.id, decision.id))
      .returning()
      .get();
    tx.update(minutesInspectors).set({ approvedAt: null }).where(eq(minutesInspectors.meetingId, current.meetingId)).run();
    audit({ action: "decision.edit", entity: "decision", entityId: String(decision.id), before: current, after: updated });
    return updated;
  });
}

export interface Amendment {
  region: RegionRow;
  forum: ForumRow;
  /** The meeting where the correction is decided. */
  meeting: MeetingRow;
  original: DecisionRow;
  decisionText: string;
  goalIds: number[];
}

/** Records a correction of a final decision as a new § that references the original. */
export function amendDecision(uc: UseCase, input: Amendment): DecisionRow {
  requireCapability(uc, "record_decisions", input.forum);
  if (input.original.status !== "final") throw new UserError("decision.notFinal", { section: input.original.section });
  if (input.original.forumId !== input.forum.id) throw new UserError("decision.amendOtherForum");
  const amendment: NewDecision = {
    region: input.region,
    forum: input.forum,
    meeting: input.meeting,
    title: input.original.title,
    decisionText: input.decisionText,
    goalIds: input.goalIds,
    amendmentOfId: input.original.id,
  };
  return recordDecision(uc, amendment);
}
