/**
 * The one lifecycle of a meeting as an official record (issue 15 point 1, DESIGN "Use cases and the meeting
 * record"): planned → invited → held → minutes drafted → under inspection → approved, or cancelled before it
 * starts. Pure: the stage follows from the stored status, the start instant, the minutes' state and `now`, so the
 * record can never claim a decision before the meeting took place.
 *
 * @example stageOf({ status: "scheduled", startsAt, minutes: undefined }, now) // "invited" before the start
 */
export const MEETING_STAGES = ["planned", "invited", "held", "minutes_drafted", "under_inspection", "approved", "cancelled"] as const;
export type MeetingStage = (typeof MEETING_STAGES)[number];

export interface LifecycleFacts {
  /** The stored status: tentative, scheduled, held (entered afterwards with `held`), cancelled. */
  status: string;
  startsAt: number;
  /** The minutes' state, when minutes exist. */
  minutes?: "draft" | "inspection" | "approved" | undefined;
}

/** A meeting has started once its start instant has passed, or when it was entered as already held. */
export function hasStarted(facts: Pick<LifecycleFacts, "status" | "startsAt">, now: number): boolean {
  if (facts.status === "cancelled") return false;
  return facts.status === "held" || facts.startsAt <= now;
}

export function stageOf(facts: LifecycleFacts, now: number): MeetingStage {
  if (facts.status === "cancelled") return "cancelled";
  if (facts.minutes === "approved") return "approved";
  if (facts.minutes === "inspection") return "under_inspection";
  if (hasStarted(facts, now)) return facts.minutes === "draft" ? "minutes_drafted" : "held";
  return facts.status === "tentative" ? "planned" : "invited";
}

/** Decisions, attendance and minutes exist only once the meeting has started, and change only until approval. */
export function mayRecord(stage: MeetingStage): boolean {
  return stage === "held" || stage === "minutes_drafted" || stage === "under_inspection";
}

/** Moving and cancelling: only before the meeting starts. */
export function mayReschedule(stage: MeetingStage): boolean {
  return stage === "planned" || stage === "invited";
}
