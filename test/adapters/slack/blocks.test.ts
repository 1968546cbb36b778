import { describe, expect, it } from "vitest";
import { COMMAND_ACTION, renderBlocks, renderMessage } from "../../../adapters/slack/render/blocks.js";
import { splitText } from "../../../adapters/slack/render/limits.js";
import { toMrkdwn } from "../../../adapters/slack/render/mrkdwn.js";
import { reply, type Block } from "../../../src/conversation/reply.js";

const everyKind: Block[] = [
  { kind: "heading", text: "JOHTO-2027-2 ke 13.10.2027" },
  { kind: "text", text: "Määräaika on **29.9.2027**, katso [sivu](https://yp.example.fi/m/1) & <ohje>" },
  { kind: "facts", facts: [{ label: "Paikka", value: "Kokkola" }] },
  { kind: "list", items: ["yksi", "kaksi"], ordered: true },
  {
    kind: "actions",
    actions: [
      { kind: "button", label: "Ehdota asiaa", command: "agenda add JOHTO-2027-2", style: "primary" },
      { kind: "link", label: "Sivu", url: "https://yp.example.fi" },
    ],
  },
  { kind: "image", url: "https://yp.example.fi/clock.png", alt: "Vuosikello" },
  { kind: "divider" },
];

describe("Slack Block Kit renderer", () => {
  it("renders every block kind in Slack's shapes", () => {
    const blocks = renderBlocks(reply(everyKind));
    expect(blocks.map((b) => b.type)).toEqual(["header", "section", "section", "section", "actions", "image", "divider"]);
    expect(blocks).toMatchSnapshot();
  });

  it("writes the markdown subset as mrkdwn, escaping &, < and >", () => {
    expect(toMrkdwn("**lihava** _kursiivi_ `koodi` [linkki](https://a.fi/x?y=1) a<b & c>d")).toBe(
      "*lihava* _kursiivi_ `koodi` <https://a.fi/x?y=1|linkki> a&lt;b &amp; c&gt;d",
    );
  });

  it.each([
    ["plain text", "plain text"],
    ["a < b & c", "a &lt; b &amp; c"],
    ["only **bold** here", "only *bold* here"],
    ["[kalenteri](https://a.fi/k)", "<https://a.fi/k|kalenteri>"],
    ["[a|b](https://a.fi/x|y>)", "<https://a.fi/x%7Cy%3E|a¦b>"],
    ["`koodi` ja _kursiivi_", "`koodi` ja _kursiivi_"],
  ])("converts each markup on its own: %s", (markdown, mrkdwn) => {
    expect(toMrkdwn(markdown)).toBe(mrkdwn);
  });

  it("puts the chat command in a button's value with a unique action id", () => {
    const blocks = renderBlocks(
      reply([
        {
          kind: "actions",
          actions: [
            { kind: "button", label: "A", command: "forum JOHTO" },
            { kind: "button", label: "B", command: "help" },
          ],
        },
      ]),
    );
    const elements = (blocks[0] as { elements: { action_id: string; value: string }[] }).elements;
    expect(elements.map((e) => e.value)).toEqual(["forum JOHTO", "help"]);
    expect(new Set(elements.map((e) => e.action_id)).size).toBe(2);
    expect(elements[0]!.action_id.startsWith(COMMAND_ACTION)).toBe(true);
  });

  it("splits a text over 3,000 characters into sections Slack accepts", () => {
    const long = Array.from({ length: 400 }, (_, i) => `Rivi ${i} esityslistan liitteestä`).join("\n");
    const blocks = renderBlocks(reply([{ kind: "text", text: long }]));
    expect(blocks.length).toBeGreaterThan(1);
    for (const b of blocks) expect((b as { text: { text: string } }).text.text.length).toBeLessThanOrEqual(3000);
    expect(blocks.map((b) => (b as { text: { text: string } }).text.text).join("\n")).toBe(long);
    expect(splitText("x".repeat(7000), 3000).map((p) => p.length)).toEqual([3000, 3000, 1000]);
  });

  it("cuts a reply over 50 blocks with a note of how many were left out, and a link when given", () => {
    const many: Block[] = Array.from({ length: 80 }, (_, i) => ({ kind: "text", text: `kohta ${i}` }));
    const blocks = renderBlocks(reply(many), { moreUrl: "https://yp.example.fi/m/1" });
    expect(blocks).toHaveLength(50);
    expect(JSON.stringify(blocks.at(-1))).toContain("… +31");
    expect(JSON.stringify(blocks.at(-1))).toContain("https://yp.example.fi/m/1");
  });

  it("goes ten facts to a section and keeps a long heading as bold text", () => {
    const facts = Array.from({ length: 23 }, (_, i) => ({ label: `L${i}`, value: `V${i}` }));
    const blocks = renderBlocks(
      reply([
        { kind: "heading", text: "o".repeat(200) },
        { kind: "facts", facts },
      ]),
    );
    expect(blocks[0]).toMatchObject({ type: "section" });
    expect(blocks.slice(1).map((b) => (b as { fields: unknown[] }).fields.length)).toEqual([10, 10, 3]);
  });

  it("gives a plain-text fallback and links attachments that have a URL", () => {
    const message = renderMessage(
      reply([{ kind: "text", text: "Kutsu **JOHTO-2027-2**" }], {
        attachments: [{ filename: "kutsu.ics", contentType: "text/calendar", content: "", url: "https://yp.example.fi/i.ics" }],
      }),
    );
    expect(message.text).toBe("Kutsu JOHTO-2027-2");
    expect(JSON.stringify(message.blocks)).toContain("<https://yp.example.fi/i.ics|kutsu.ics>");
  });
});
