/**
 * The whole Adaptive Card of one Reply holding every block kind (and a calendar file), as a snapshot: a change to
 * the card Teams shows is a reviewed change to this snapshot.
 */
import { describe, expect, it } from "vitest";
import { renderReplyCard } from "../../../adapters/teams/render/card.js";
import { SUBMIT_KEY } from "../../../adapters/teams/render/types.js";
import { reply, type Block, type BlockKind } from "../../../src/conversation/reply.js";

const EVERY_KIND: Record<BlockKind, Block> = {
  heading: { kind: "heading", text: "JOHTO-2027-2 ke 13.10.2027 klo 13.00" },
  text: { kind: "text", text: "Esityslistan määräaika on **29.9.2027**.\nPaikka `Kokkola`, [kartta](https://y.example/map)" },
  facts: {
    kind: "facts",
    facts: [
      { label: "Paikka", value: "Kokkola, valtuustosali" },
      { label: "Puheenjohtaja", value: "Jussi Jäsen" },
    ],
  },
  list: { kind: "list", items: ["Talousarvio", "Tavoitteet 2028"], ordered: true },
  actions: {
    kind: "actions",
    actions: [
      { kind: "button", label: "Ehdota asiaa", command: "agenda add JOHTO-2027-2", style: "primary" },
      { kind: "button", label: "Peru", command: "calendar cancel JOHTO-2027-2", style: "danger" },
      { kind: "button", label: "Esityslista", command: "agenda JOHTO-2027-2" },
      { kind: "link", label: "Kokoussivu", url: "https://y.example/meetings/JOHTO-2027-2" },
    ],
  },
  image: { kind: "image", url: "https://y.example/charts/goals.png", alt: "Tavoitteiden eteneminen" },
  divider: { kind: "divider" },
};

describe("Adaptive Card snapshot", () => {
  it("renders a Reply with every block kind as an Adaptive Card 1.5", () => {
    const card = renderReplyCard(
      reply(Object.values(EVERY_KIND), {
        attachments: [
          {
            filename: "JOHTO-2027-2.ics",
            contentType: "text/calendar",
            content: "BEGIN:VCALENDAR",
            url: "https://y.example/invites/JOHTO-2027-2/k3y.ics?lang=fi",
          },
        ],
      }),
    );
    expect(card.type).toBe("AdaptiveCard");
    expect(card.version).toBe("1.5");
    const submits = card.body.flatMap((e) => (e.actions as { type: string; data?: unknown }[] | undefined) ?? []).filter((a) => a.type === "Action.Submit");
    expect(submits.map((a) => a.data)).toEqual([
      { [SUBMIT_KEY]: "command", command: "agenda add JOHTO-2027-2" },
      { [SUBMIT_KEY]: "command", command: "calendar cancel JOHTO-2027-2" },
      { [SUBMIT_KEY]: "command", command: "agenda JOHTO-2027-2" },
    ]);
    expect(card).toMatchSnapshot();
  });
});
