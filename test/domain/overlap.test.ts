import { describe, expect, it } from "vitest";
import { findOverlaps, spansIntersect } from "../../src/domain/overlap.js";

const H = 3600_000;
const members = new Map([
  [1, new Set(["anna", "bert"])],
  [2, new Set(["bert"])],
  [3, new Set(["cecilia"])],
]);

describe("overlap detection", () => {
  it("treats touching spans as not overlapping", () => {
    expect(spansIntersect({ startsAt: 0, endsAt: 2 * H }, { startsAt: 2 * H, endsAt: 3 * H })).toBe(false);
    expect(spansIntersect({ startsAt: 0, endsAt: 2 * H }, { startsAt: H, endsAt: 3 * H })).toBe(true);
  });

  it("finds meetings at the same time that share a member, and the forum's own meetings", () => {
    const others = [
      { id: "B-1", forumId: 2, startsAt: H, endsAt: 3 * H },
      { id: "C-1", forumId: 3, startsAt: H, endsAt: 3 * H },
      { id: "A-2", forumId: 1, startsAt: 1.5 * H, endsAt: 2.5 * H },
      { id: "B-2", forumId: 2, startsAt: 5 * H, endsAt: 6 * H },
    ];
    const found = findOverlaps({ forumId: 1, startsAt: 0, endsAt: 2 * H }, others, members);
    expect(found.map((m) => m.id)).toEqual(["B-1", "A-2"]);
  });

  it("leaves out the meeting being moved", () => {
    const self = { id: "A-1", forumId: 1, startsAt: 0, endsAt: H };
    expect(findOverlaps(self, [self], members)).toEqual([]);
  });
});
