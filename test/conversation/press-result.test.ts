import { describe, expect, it } from "vitest";
import { pressResult, textReply } from "../../src/conversation/reply.js";

const form = { id: "agenda.reject", title: "Hylkää #2", submit: "Hylkää", fields: [] } as unknown as NonNullable<ReturnType<typeof textReply>["form"]>;

describe("what a settling button's press did", () => {
  it("settles now when the command worked and asks nothing more", () => {
    expect(pressResult(textReply("Hyväksytty #2"))).toBe("done");
  });

  it("waits for the form when the press opened one (reject asks for a reason)", () => {
    expect(pressResult({ ...textReply("Syy?"), form })).toBe("asks");
  });

  it("leaves the buttons when the command was refused or failed, form or not", () => {
    expect(pressResult({ ...textReply("Ei oikeutta"), outcome: "refused" })).toBe("nothing");
    expect(pressResult({ ...textReply("Virhe"), outcome: "failed", form })).toBe("nothing");
  });
});
