/** A message after a settling button worked: that row's settling buttons go, the others stay, a line says who did what. */
import { describe, expect, it } from "vitest";
import { renderBlocks } from "../../../adapters/slack/render/blocks.js";
import { settleBlocks } from "../../../adapters/slack/render/settle.js";
import { reply } from "../../../src/conversation/reply.js";
import { checkMessage } from "../../support/slack-limits.js";

const message = renderBlocks(
  reply([
    { kind: "text", text: "Kokous JOHTO-2027-1" },
    {
      kind: "actions",
      actions: [
        { kind: "button", label: "Kokous", command: "meeting JOHTO-2027-1" },
        { kind: "button", label: "Osallistun", command: "attend JOHTO-2027-1", settles: true },
        { kind: "button", label: "Estynyt", command: "absent JOHTO-2027-1", settles: true },
      ],
    },
    { kind: "actions", actions: [{ kind: "button", label: "Hyväksy #2", command: "agenda accept JOHTO-2027-1 #2", settles: true }] },
  ]),
);

describe("settling a Slack message", () => {
  it("marks settling buttons in their action id", () => {
    expect(JSON.stringify(message)).toContain('"action_id":"yp_cmd_0"');
    expect(JSON.stringify(message)).toContain('"action_id":"yp_cmd_settle_1"');
  });

  it("drops the answered row's settling buttons, keeps the rest and says who answered", () => {
    const after = settleBlocks(message, "yp_cmd_settle_1", "Osallistun", "UMEMB");
    const text = JSON.stringify(after);
    expect(text).not.toContain("attend JOHTO");
    expect(text).not.toContain("absent JOHTO");
    expect(text).toContain("meeting JOHTO-2027-1");
    expect(text).toContain("agenda accept JOHTO-2027-1 #2");
    expect(text).toContain("✓ Osallistun — <@UMEMB>");
    expect(checkMessage({ blocks: after })).toEqual([]);
  });

  it("removes a row left without buttons", () => {
    const after = settleBlocks(message, "yp_cmd_settle_3", "Hyväksy #2", "USECR");
    expect(after.filter((b) => b.type === "actions")).toHaveLength(1);
    expect(JSON.stringify(after.at(-1))).toContain("✓ Hyväksy #2 — <@USECR>");
  });
});
