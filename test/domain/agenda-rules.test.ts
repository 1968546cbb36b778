import { describe, expect, it } from "vitest";
import { compareAgendaOrder, isChangeableByProposer, isOnAgendaState, proposalStateAt } from "../../src/domain/agenda-rules.js";

describe("agenda rules", () => {
  it("is on time up to and including the deadline instant", () => {
    const deadline = Date.parse("2027-10-31T14:00:00Z");
    expect(proposalStateAt(deadline - 1, deadline)).toBe("proposed");
    expect(proposalStateAt(deadline, deadline)).toBe("proposed");
    expect(proposalStateAt(deadline + 1, deadline)).toBe("late");
  });

  it("lets the proposer change an item only before it is decided", () => {
    expect(["proposed", "late", "accepted", "rejected", "withdrawn"].filter((s) => isChangeableByProposer(s as never))).toEqual(["proposed", "late"]);
  });

  it("puts on-time and accepted items on the agenda, not late, rejected, withdrawn or merged ones", () => {
    expect(isOnAgendaState("proposed", false)).toBe(true);
    expect(isOnAgendaState("accepted", false)).toBe(true);
    expect(isOnAgendaState("late", false)).toBe(false);
    expect(isOnAgendaState("accepted", true)).toBe(false);
  });

  it("orders by position then number, closing items last", () => {
    const items = [
      { number: 9, position: -1, last: true },
      { number: 2, position: 1, last: false },
      { number: 1, position: 1, last: false },
      { number: 3, position: -3, last: false },
    ];
    expect([...items].sort(compareAgendaOrder).map((i) => i.number)).toEqual([3, 1, 2, 9]);
  });
});
