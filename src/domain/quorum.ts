/**
 * Quorum (päätösvaltaisuus) from facts, never assumed (issue 15 point 4, DOMAIN "Minutes"): the forum's voting
 * members (chair, vice chair, members) present, a deputy (varajäsen) counting for the member whose seat they take,
 * against the forum's rule from the agreement file, by default more than half of the members. Pure.
 *
 * @example quorumOf({ votingIds: ["a", "b", "c"], present: [{ personId: "a" }, { personId: "x", forPersonId: "b" }] }).met // true
 */
export interface PresentPerson {
  personId?: string | undefined;
  /** For a deputy: the member whose seat they take. */
  forPersonId?: string | undefined;
}

export interface QuorumInput {
  votingIds: readonly string[];
  present: readonly PresentPerson[];
  /** Members needed, from the forum's agreement file; null/undefined: more than half. */
  rule?: number | null | undefined;
}

export interface Quorum {
  present: number;
  members: number;
  needed: number;
  met: boolean;
}

export function neededFor(members: number, rule?: number | null): number {
  return rule ?? Math.floor(members / 2) + 1;
}

export function quorumOf(input: QuorumInput): Quorum {
  const voting = new Set(input.votingIds);
  const seats = new Set<string>();
  for (const p of input.present) {
    const seat = p.forPersonId ?? p.personId;
    if (seat && voting.has(seat)) seats.add(seat);
  }
  const needed = neededFor(voting.size, input.rule);
  return { present: seats.size, members: voting.size, needed, met: seats.size >= needed };
}

export type Answer = "attend" | "decline" | "deputy";

/** Seats expected from the members' answers: confirmed (attend, deputy), declined, and not answered yet. */
export function expectedSeats(votingIds: readonly string[], answers: ReadonlyMap<string, Answer>): { confirmed: number; declined: number; unanswered: number } {
  let confirmed = 0;
  let declined = 0;
  for (const id of votingIds) {
    const answer = answers.get(id);
    if (answer === "attend" || answer === "deputy") confirmed++;
    else if (answer === "decline") declined++;
  }
  return { confirmed, declined, unanswered: votingIds.length - confirmed - declined };
}

/** At risk when the confirmed seats do not reach the quorum. */
export function isQuorumAtRisk(votingIds: readonly string[], answers: ReadonlyMap<string, Answer>, rule?: number | null): boolean {
  return expectedSeats(votingIds, answers).confirmed < neededFor(votingIds.length, rule);
}
