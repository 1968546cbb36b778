/**
 * Recording a decision or an amendment also announces it in the forum's channels: one outbox row per channel, queued
 * in the recording's transaction (issue 14 §1), so both are written or neither, whether the decision came from chat,
 * a form or the command line. The row names only the decision; its blocks (§, goals, decision) are rendered from the
 * record when it is sent, in the channel's language (reminders/render.ts).
 */
import { queueRecordNotice, withMessages } from "../reminders/notices.js";
import { channelRecipients } from "../reminders/recipients.js";
import type { UseCase } from "../use-case.js";
import { amendDecision, type Amendment } from "./edit.js";
import { recordDecision, type DecisionRow, type NewDecision } from "./record.js";

export interface Announced {
  decision: DecisionRow;
  /** How many channel posts were queued (0 when the forum has no channel). */
  posted: number;
}

/** The `decision` use case: records the decision and queues its announcement, in one transaction. */
export function recordAndAnnounceDecision(uc: UseCase, input: NewDecision): Announced {
  return withMessages(uc.db, () => announce(uc, recordDecision(uc, input)));
}

/** The `decision amend` use case: records the amendment and queues its announcement, in one transaction. */
export function amendAndAnnounceDecision(uc: UseCase, input: Amendment): Announced {
  return withMessages(uc.db, () => announce(uc, amendDecision(uc, input)));
}

function announce(uc: UseCase, decision: DecisionRow): Announced {
  const subject = `decision:${decision.id}`;
  const notice = { kind: "decision_announced", key: subject, subject, meetingId: decision.meetingId, forumId: decision.forumId, now: uc.now } as const;
  const posted = queueRecordNotice(uc.db, notice, channelRecipients(uc.db, decision.forumId), { decisionId: decision.id });
  return { decision, posted };
}
