/** The Adaptive Card renderer: every block kind, buttons and links, forms with errors, files as links. */
import { describe, expect, it } from "vitest";
import { renderBlock, renderReplyCard } from "../../../adapters/teams/render/card.js";
import { renderFormCard } from "../../../adapters/teams/render/form-card.js";
import { cardMarkdown } from "../../../adapters/teams/render/markdown.js";
import { hasSettlingButton } from "../../../adapters/teams/sent-cards.js";
import { reply, type Block } from "../../../src/conversation/reply.js";

describe("Adaptive Card renderer", () => {
  it("renders every block kind", () => {
    const blocks: Block[] = [
      { kind: "heading", text: "JOHTO-2027-2" },
      { kind: "text", text: "Määräaika **29.9.2027**\nPaikka `Kokkola`" },
      { kind: "facts", facts: [{ label: "Paikka", value: "Kokkola" }] },
      { kind: "list", items: ["yksi", "kaksi"], ordered: true },
      {
        kind: "actions",
        actions: [
          { kind: "button", label: "Ehdota", command: "agenda add JOHTO-2027-2", style: "primary" },
          { kind: "link", label: "Tilaa", url: "https://y.example/feed.ics" },
        ],
      },
      { kind: "image", url: "https://y.example/chart.png", alt: "Kaavio" },
      { kind: "divider" },
    ];
    const card = renderReplyCard(reply(blocks));
    expect(card).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
    expect(card.body.map((e) => e.type)).toEqual(["TextBlock", "TextBlock", "FactSet", "Container", "ActionSet", "Image", "Container"]);
    expect(card.body[0]).toMatchObject({ weight: "Bolder", text: "JOHTO-2027-2" });
    expect(card.body[1]!.text).toBe("Määräaika **29.9.2027**\n\nPaikka Kokkola");
    expect(card.body[2]).toMatchObject({ facts: [{ title: "Paikka", value: "Kokkola" }] });
    expect(JSON.stringify(card.body[3])).toContain("2. kaksi");
    expect(card.body[4]!.actions).toEqual([
      { type: "Action.Submit", title: "Ehdota", data: { yhdyspinta: "command", command: "agenda add JOHTO-2027-2" }, style: "positive" },
      { type: "Action.OpenUrl", title: "Tilaa", url: "https://y.example/feed.ics" },
    ]);
    expect(card.body[5]).toMatchObject({ url: "https://y.example/chart.png", altText: "Kaavio" });
    expect(card.body[6]).toMatchObject({ separator: true });
  });

  it("keeps links and bold, drops code backticks", () => {
    expect(cardMarkdown("[Sivu](https://x.fi) **b** `c`")).toBe("[Sivu](https://x.fi) **b** c");
    expect(renderBlock({ kind: "text", text: "a" })[0]).toMatchObject({ wrap: true });
  });

  it("offers an .ics file as a download link and a webcal subscription", () => {
    const card = renderReplyCard(
      reply([{ kind: "text", text: "Kutsu" }], {
        attachments: [{ filename: "JOHTO-2027-2.ics", contentType: "text/calendar", content: "BEGIN:VCALENDAR", url: "https://y.example/invite/abc.ics" }],
      }),
    );
    expect(card.body.at(-1)!.actions).toEqual([
      { type: "Action.OpenUrl", title: "⬇ JOHTO-2027-2.ics", url: "https://y.example/invite/abc.ics" },
      { type: "Action.OpenUrl", title: "📅 JOHTO-2027-2.ics", url: "webcal://y.example/invite/abc.ics" },
    ]);
  });

  it("writes placeholders Teams would eat as HTML tags with angle quotation marks, and keeps comparisons", () => {
    expect(cardMarkdown("`foorumi <TUNNUS>` — <a href>, </b>")).toBe("foorumi ‹TUNNUS› — ‹a href›, ‹/b›");
    expect(cardMarkdown("1 < 2 and 3 > 2")).toBe("1 < 2 and 3 > 2");
  });

  it("renders a form with every input kind and the errors under their fields", () => {
    const card = renderFormCard({
      id: "schedule",
      title: "Uusi kokous",
      submitLabel: "Tallenna",
      fields: [
        { kind: "text", name: "title", label: "Otsikko", required: true, maxLength: 80 },
        { kind: "longText", name: "body", label: "Kuvaus" },
        { kind: "date", name: "day", label: "Päivä", value: "2027-03-28" },
        { kind: "time", name: "at", label: "Kello", value: "13:00" },
        { kind: "select", name: "forum", label: "Foorumi", options: [{ value: "JOHTO", label: "Johto" }] },
        { kind: "multiSelect", name: "people", label: "Kutsutut", options: [{ value: "a", label: "A" }] },
      ],
      context: { meeting: "JOHTO-2027-2" },
      errors: { day: "Päivä on menneisyydessä" },
    });
    expect(card.body.map((e) => e.type)).toEqual([
      "TextBlock",
      "Input.Text",
      "Input.Text",
      "Input.Date",
      "TextBlock",
      "Input.Time",
      "Input.ChoiceSet",
      "Input.ChoiceSet",
    ]);
    expect(card.body[1]).toMatchObject({ id: "field.title", isRequired: true, isMultiline: false, maxLength: 80 });
    expect(card.body[2]).toMatchObject({ isMultiline: true });
    expect(card.body[4]).toMatchObject({ text: "Päivä on menneisyydessä", color: "Attention" });
    expect(card.body[7]).toMatchObject({ isMultiSelect: true, choices: [{ title: "A", value: "a" }] });
    expect(card.actions).toEqual([
      {
        type: "Action.Submit",
        title: "Tallenna",
        style: "positive",
        data: { yhdyspinta: "form", formId: "schedule", context: { meeting: "JOHTO-2027-2" }, multi: ["people"] },
      },
    ]);
  });

  it('tells a card with a settling button, also one behind the row\'s "more", from one without', () => {
    const button = (n: number, settles = false) => ({ kind: "button" as const, label: `B${n}`, command: `agenda accept X #${n}`, settles });
    const plain = renderReplyCard(
      reply([
        { kind: "text", text: "settles: true" },
        { kind: "actions", actions: [button(1), button(2)] },
      ]),
    );
    expect(hasSettlingButton(plain)).toBe(false);
    expect(hasSettlingButton(renderReplyCard(reply([{ kind: "actions", actions: [button(1), button(2, true)] }])))).toBe(true);
    const sixth = renderReplyCard(reply([{ kind: "actions", actions: [1, 2, 3, 4, 5].map((n) => button(n)).concat(button(6, true)) }]));
    expect(JSON.stringify(sixth)).toContain("Action.ShowCard");
    expect(hasSettlingButton(sixth)).toBe(true);
  });
});
