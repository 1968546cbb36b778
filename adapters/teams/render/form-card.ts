/**
 * A Form as an Adaptive Card with inputs. Each field's error is a red TextBlock right under its input; the submit
 * button carries the form id and hidden context. After a successful submission the adapter replaces this card by
 * the result (no inputs, no button) so it cannot be submitted twice.
 */
import { assertNever } from "../../../src/conversation/reply.js";
import type { Field, Form } from "../../../src/conversation/form.js";
import { cardMarkdown, teamsSafe } from "./markdown.js";
import { card, SUBMIT_KEY, type AdaptiveCard, type CardElement } from "./types.js";

/** Input ids are prefixed so they never clash with the keys of the submit data. */
export const inputId = (name: string) => `field.${name}`;

function input(field: Field): CardElement {
  // A required input carries the message Teams shows under it when left empty (schema 1.5 asks for one).
  const label = teamsSafe(field.label);
  const required = field.required ? { errorMessage: `⚠️ ${label}` } : {};
  const common = { id: inputId(field.name), label, isRequired: field.required ?? false, ...required };
  const value = field.value !== undefined ? { value: field.value } : {};
  switch (field.kind) {
    case "text":
    case "longText":
      return {
        type: "Input.Text",
        ...common,
        ...value,
        isMultiline: field.kind === "longText",
        ...(field.placeholder ? { placeholder: teamsSafe(field.placeholder) } : {}),
        ...(field.maxLength ? { maxLength: field.maxLength } : {}),
      };
    case "date":
      return { type: "Input.Date", ...common, ...value };
    case "time":
      return { type: "Input.Time", ...common, ...value };
    case "select":
    case "multiSelect":
      return {
        type: "Input.ChoiceSet",
        ...common,
        ...value,
        style: "compact",
        isMultiSelect: field.kind === "multiSelect",
        choices: (field.options ?? []).map((o) => ({ title: teamsSafe(o.label), value: o.value })),
        ...(field.placeholder ? { placeholder: teamsSafe(field.placeholder) } : {}),
      };
    default:
      return assertNever(field.kind);
  }
}

/** `settle`: the card and command of the settling button that opened the form, settled when it is submitted and works. */
export function renderFormCard(form: Form, settle?: { command: string; replyToId: string }): AdaptiveCard {
  const body: CardElement[] = [{ type: "TextBlock", text: cardMarkdown(form.title), size: "Medium", weight: "Bolder", wrap: true }];
  for (const field of form.fields) {
    body.push(input(field));
    const error = form.errors?.[field.name];
    if (error) body.push({ type: "TextBlock", text: cardMarkdown(error), color: "Attention", wrap: true, spacing: "None" });
  }
  const multi = form.fields.filter((f) => f.kind === "multiSelect").map((f) => f.name);
  const data = {
    [SUBMIT_KEY]: "form",
    formId: form.id,
    ...(form.context ? { context: form.context } : {}),
    ...(multi.length ? { multi } : {}),
    ...(settle ? { settle } : {}),
  };
  return card(body, [{ type: "Action.Submit", title: teamsSafe(form.submitLabel), style: "positive", data }]);
}
