import { describe, expect, it } from "vitest";
import { errorsByBlock, readMetadata, readValues, renderModal } from "../../../adapters/slack/render/modal.js";
import type { Form } from "../../../src/conversation/form.js";

const form: Form = {
  id: "calendar.schedule",
  title: "Uusi kokous: JOHTO, pitkä otsikko joka ylittää rajan",
  submitLabel: "Tallenna",
  context: { forum: "JOHTO" },
  errors: { start: "Anna aika muodossa 13.00" },
  fields: [
    { kind: "date", name: "date", label: "Päivä", required: true, value: "2027-03-10" },
    { kind: "time", name: "start", label: "Alkaa", required: true, value: "13:00" },
    { kind: "longText", name: "notes", label: "Lisätiedot", maxLength: 500 },
    {
      kind: "select",
      name: "party",
      label: "Osapuoli",
      options: [
        { value: "hva", label: "Hyvinvointialue" },
        { value: "kokkola", label: "Kokkola" },
      ],
      value: "kokkola",
    },
    {
      kind: "multiSelect",
      name: "goals",
      label: "Tavoitteet",
      options: [
        { value: "T1", label: "T1" },
        { value: "T2", label: "T2" },
        { value: "T3", label: "T3" },
      ],
      value: "T1,T3",
    },
  ],
};

describe("Slack modal renderer", () => {
  it("renders a form as a modal with one input block per field, keyed by the field name", () => {
    const view = renderModal(form, { channelId: "C0JOHTO" });
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(view.callback_id).toBe("yp_form");
    expect(view.blocks.map((b) => (b as { block_id: string }).block_id)).toEqual(["date", "start", "notes", "party", "goals"]);
    expect(view.blocks.map((b) => (b as { element: { type: string } }).element.type)).toEqual([
      "datepicker",
      "timepicker",
      "plain_text_input",
      "static_select",
      "multi_static_select",
    ]);
    expect(view.blocks[1]).toMatchObject({ optional: false, hint: { text: "⚠️ Anna aika muodossa 13.00" } });
    expect(view.blocks[3]).toMatchObject({ element: { initial_option: { value: "kokkola" } } });
    expect((view.blocks[4] as { element: { initial_options: { value: string }[] } }).element.initial_options.map((o) => o.value)).toEqual(["T1", "T3"]);
    expect(readMetadata(view.private_metadata)).toEqual({ formId: "calendar.schedule", context: { forum: "JOHTO" }, channelId: "C0JOHTO" });
    expect(view).toMatchSnapshot();
  });

  it("carries the message a form settles in its metadata, or leaves it out (and the buttons live) when it would not fit", () => {
    const small = { responseUrl: "https://hooks.slack.com/actions/T1/2/x", channelId: "D1", ts: "1.2", blocks: [], text: "Ehdotus #2" };
    expect(readMetadata(renderModal(form, { channelId: "D1", settle: small }).private_metadata)?.settle).toEqual(small);
    const blocks = Array.from({ length: 40 }, (_, i) => ({ type: "section" as const, text: { type: "mrkdwn" as const, text: `Rivi ${i} `.repeat(10) } }));
    const large = renderModal(form, { channelId: "D1", settle: { ...small, blocks } }).private_metadata ?? "";
    expect(large.length).toBeLessThanOrEqual(3000);
    expect(readMetadata(large)).toMatchObject({ formId: "calendar.schedule", channelId: "D1" });
    expect(readMetadata(large)?.settle).toBeUndefined();
  });

  it("reads submitted state back to neutral values", () => {
    expect(
      readValues({
        date: { value: { selected_date: "2027-03-10" } },
        start: { value: { selected_time: "13:00" } },
        notes: { value: { value: null } },
        party: { value: { selected_option: { value: "hva" } } },
        goals: { value: { selected_options: [{ value: "T2" }] } },
      }),
    ).toEqual({ date: "2027-03-10", start: "13:00", notes: undefined, party: "hva", goals: ["T2"] });
  });

  it("keys errors by block id, moving an error for no field onto the first field", () => {
    expect(errorsByBlock({ start: "huono aika", overlap: "päällekkäin" }, ["date", "start"])).toEqual({ start: "huono aika", date: "päällekkäin" });
    expect(readMetadata("not json")).toBeUndefined();
  });
});
