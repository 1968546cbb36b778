/**
 * Pure rules of agenda intake (issue 9): when a proposal is late, who may still change an item, which items are on
 * the agenda and in which order. Services load the data and apply these.
 */
export type ItemState = "proposed" | "accepted" | "rejected" | "withdrawn" | "late";

/**
 * A proposal made at `now` is on time up to and including the deadline instant, late after it.
 * @example proposalStateAt(deadline, deadline) // "proposed"; proposalStateAt(deadline + 1, deadline) // "late"
 */
export function proposalStateAt(now: number, deadline: number): "proposed" | "late" {
  return now > deadline ? "late" : "proposed";
}

/** The proposer may edit or withdraw their item until it is accepted (or rejected). */
export function isChangeableByProposer(state: ItemState): boolean {
  return state === "proposed" || state === "late";
}

/** On-time proposals and accepted items appear on the agenda; a late item waits for acceptance. */
export function isOnAgendaState(state: ItemState, merged: boolean): boolean {
  return !merged && (state === "proposed" || state === "accepted");
}

export interface Orderable {
  number: number;
  position: number;
  /** Items that always close the agenda (the closing standing item). */
  last: boolean;
}

/** Agenda order: by position, then number; closing items always last. */
export function compareAgendaOrder(a: Orderable, b: Orderable): number {
  return Number(a.last) - Number(b.last) || a.position - b.position || a.number - b.number;
}
