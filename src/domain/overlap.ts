/** Overlap detection: two meetings collide when their spans intersect and their forums share a member. Pure. */

export interface Span {
  id?: string;
  forumId: number;
  startsAt: number;
  endsAt: number;
}

export function spansIntersect(a: Pick<Span, "startsAt" | "endsAt">, b: Pick<Span, "startsAt" | "endsAt">): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/**
 * The other meetings that overlap `candidate` and share at least one member with its forum.
 * @example findOverlaps(m, others, new Map([[1, new Set(["p1"])], [2, new Set(["p1"])]]))
 */
export function findOverlaps<T extends Span>(candidate: Span, others: readonly T[], membersByForum: ReadonlyMap<number, ReadonlySet<string>>): T[] {
  const mine = membersByForum.get(candidate.forumId) ?? new Set<string>();
  return others.filter((other) => {
    if (candidate.id !== undefined && other.id === candidate.id) return false;
    if (!spansIntersect(candidate, other)) return false;
    if (other.forumId === candidate.forumId) return true;
    const theirs = membersByForum.get(other.forumId);
    if (!theirs) return false;
    for (const person of mine) if (theirs.has(person)) return true;
    return false;
  });
}
