/**
 * Recording a decision or an amendment also announces it in the forum's channels, in the region's language with its §
 * and goals: an outbox post queued in the recording's transaction (issue 14 §1), so both are written or neither.
 */
import { reply } from "../../conversation/reply.js";
import { isLocale } from "../../i18n/locale.js";
import { queueForumPost } from "../broadcast.js";
import type { RegionRow } from "../regions.js";
import { withMessages } from "../reminders/notices.js";
import type { UseCase } from "../use-case.js";
import { amendDecision, type Amendment } from "./edit.js";
import { decisionBlocks } from "./present.js";
import { viewDecision } from "./queries.js";
import { recordDecision, type DecisionRow, type NewDecision } from "./record.js";

export interface Announced {
  decision: DecisionRow;
  /** How many channel posts were queued (0 when the forum has no channel). */
  posted: number;
}

/** The `decision` use case: records the decision and queues its announcement, in one transaction. */
export function recordAndAnnounceDecision(uc: UseCase, input: NewDecision): Announced {
  return withMessages(uc.db, () => announce(uc, input.region, recordDecision(uc, input)));
}

/** The `decision amend` use case: records the amendment and queues its announcement, in one transaction. */
export function amendAndAnnounceDecision(uc: UseCase, input: Amendment): Announced {
  return withMessages(uc.db, () => announce(uc, input.region, amendDecision(uc, input)));
}

function announce(uc: UseCase, region: RegionRow, decision: DecisionRow): Announced {
  const channelLocale = isLocale(region.defaultLocale) ? region.defaultLocale : "fi";
  const notice = {
    kind: "decision_announced" as const,
    key: `decision:${decision.id}`,
    subject: `decision:${decision.id}`,
    meetingId: decision.meetingId,
    forumId: decision.forumId,
    now: uc.now,
  };
  const view = viewDecision(uc.db, decision);
  const posted = queueForumPost(uc.db, notice, reply(decisionBlocks(uc.db, view, channelLocale), { visibility: "channel" }));
  return { decision, posted };
}
