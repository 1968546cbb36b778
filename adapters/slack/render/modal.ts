/**
 * Form → Slack modal, and a submitted modal back to neutral values. The form id, its hidden context and the
 * channel it came from ride in `private_metadata`; each field is an input block whose block_id is the field
 * name, so the core's field errors map onto `response_action: "errors"` one to one
 * (https://docs.slack.dev/surfaces/modals#displaying_errors).
 *
 * Slack's text input holds at most 3,000 characters. A long-text field that allows more (a decision of 8,000) is
 * shown as numbered parts, "Päätös (1/3)", "(2/3)", …, each of 3,000, and the parts are joined back with a line
 * break on submission: a long text is entered in parts, never cut.
 */
import type { Field, Form, FormValues } from "../../../src/conversation/form.js";
import { assertNever, type Reply } from "../../../src/conversation/reply.js";
import { renderBlocks } from "./blocks.js";
import { LIMITS, splitText } from "./limits.js";
import { clip, toPlain } from "./mrkdwn.js";
import type { PendingSettle } from "./settle.js";
import type { InputBlock, KnownBlock, ModalView, PlainTextOption } from "./slack-types.js";

export const FORM_CALLBACK = "yp_form";
export const RESULT_CALLBACK = "yp_result";
/** Every input's action id; the block id (the field name) tells fields apart. */
export const VALUE_ACTION = "value";
/** Block ids of a long text's later parts: `decision`, `decision#2`, `decision#3`. */
const PART_MARK = "#";

export interface FormMetadata {
  formId: string;
  context?: Record<string, string>;
  /** The channel the form was opened from: results meant for the channel go there. */
  channelId?: string;
  /** The message whose settling button opened the form, settled once the submission worked (render/settle.ts). */
  settle?: PendingSettle;
}

const plain = (text: string, max: number) => ({ type: "plain_text" as const, text: clip(toPlain(text), max), emoji: true });

function option(o: { value: string; label: string }): PlainTextOption {
  return { text: plain(o.label, LIMITS.optionText), value: o.value };
}

/** How many inputs of Slack's maximum a field needs: one, or more for a long text that allows more than one holds. */
function partsOf(field: Field): number {
  if (field.kind !== "longText" || !field.maxLength) return 1;
  return Math.ceil(field.maxLength / LIMITS.inputMaxLength);
}

function renderElement(field: Field): InputBlock["element"] {
  const options = (field.options ?? []).slice(0, LIMITS.options).map(option);
  const placeholder = field.placeholder ? { placeholder: plain(field.placeholder, 150) } : {};
  switch (field.kind) {
    case "text":
    case "longText":
      return {
        type: "plain_text_input",
        action_id: VALUE_ACTION,
        multiline: field.kind === "longText",
        ...(field.value ? { initial_value: field.value } : {}),
        ...(field.maxLength ? { max_length: Math.min(field.maxLength, LIMITS.inputMaxLength) } : {}),
        ...placeholder,
      };
    case "date":
      return { type: "datepicker", action_id: VALUE_ACTION, ...(field.value ? { initial_date: field.value } : {}), ...placeholder };
    case "time":
      return { type: "timepicker", action_id: VALUE_ACTION, ...(field.value ? { initial_time: field.value } : {}), ...placeholder };
    case "select": {
      const initial = options.find((o) => o.value === field.value);
      return { type: "static_select", action_id: VALUE_ACTION, options, ...(initial ? { initial_option: initial } : {}), ...placeholder };
    }
    case "multiSelect": {
      const wanted = new Set<string>((field.value ?? "").split(",").filter((v) => v !== ""));
      const initial = options.filter((o) => wanted.has(o.value ?? ""));
      return { type: "multi_static_select", action_id: VALUE_ACTION, options, ...(initial.length ? { initial_options: initial } : {}), ...placeholder };
    }
    default:
      return assertNever(field.kind);
  }
}

function renderInput(field: Field, error: string | undefined): InputBlock {
  return {
    type: "input",
    block_id: field.name,
    label: plain(field.label, LIMITS.inputLabel),
    optional: !field.required,
    element: renderElement(field),
    ...(error ? { hint: plain(`⚠️ ${error}`, 2000) } : {}),
  };
}

/** One input block, or one per part of a long text (the value spread over the parts at line breaks). */
function renderField(field: Field, error: string | undefined): InputBlock[] {
  const parts = partsOf(field);
  if (parts === 1) return [renderInput(field, error)];
  const values = field.value ? splitText(field.value, LIMITS.inputMaxLength) : [];
  return Array.from({ length: Math.max(parts, values.length) }, (_, i) => {
    const part: Field = {
      ...field,
      name: i === 0 ? field.name : `${field.name}${PART_MARK}${i + 1}`,
      label: `${field.label} (${i + 1}/${parts})`,
      required: i === 0 && field.required,
      value: values[i],
      // Each part holds Slack's maximum; the core checks the joined text against the field's own limit.
      maxLength: LIMITS.inputMaxLength,
    };
    if (i > 0) delete part.placeholder;
    return renderInput(part, i === 0 ? error : undefined);
  });
}

/** The modal's title: the form's short title (a verb and the meeting id) where it has one. */
export function modalTitle(form: Form): string {
  return form.shortTitle ?? form.title;
}

/** The metadata, with the pending settle only when it fits Slack's 3,000 characters (else the message keeps its buttons). */
function metadataOf(form: Form, where: { channelId?: string; settle?: PendingSettle }): string {
  const metadata: FormMetadata = { formId: form.id, context: form.context, channelId: where.channelId };
  const withSettle = where.settle ? JSON.stringify({ ...metadata, settle: where.settle }) : undefined;
  return withSettle && withSettle.length <= LIMITS.privateMetadata ? withSettle : JSON.stringify(metadata);
}

export function renderModal(form: Form, where: { channelId?: string; settle?: PendingSettle } = {}): ModalView {
  return {
    type: "modal",
    callback_id: FORM_CALLBACK,
    title: plain(modalTitle(form), LIMITS.modalTitle),
    submit: plain(form.submitLabel, LIMITS.modalSubmit),
    private_metadata: metadataOf(form, where),
    blocks: form.fields.flatMap((f) => renderField(f, form.errors?.[f.name])),
  };
}

/** A modal that shows a reply (the result of a submission, shown in place of the form). */
export function renderResultModal(title: string, reply: Reply): ModalView {
  const blocks: KnownBlock[] = renderBlocks(reply, { maxBlocks: LIMITS.viewBlocks });
  return { type: "modal", callback_id: RESULT_CALLBACK, title: plain(title, LIMITS.modalTitle), blocks };
}

export function readMetadata(privateMetadata: string | undefined): FormMetadata | undefined {
  try {
    const parsed = JSON.parse(privateMetadata ?? "") as Partial<FormMetadata>;
    return typeof parsed.formId === "string" ? (parsed as FormMetadata) : undefined;
  } catch {
    return undefined;
  }
}

interface StateValue {
  value?: string | null;
  selected_date?: string | null;
  selected_time?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: { value: string }[];
}

/** The submitted view's state as neutral values keyed by field name (the block id); a long text's parts joined. */
export function readValues(values: Record<string, Record<string, StateValue>>): FormValues {
  const out: FormValues = {};
  const parts = new Map<string, [number, string][]>();
  for (const [blockId, actions] of Object.entries(values)) {
    const v = actions[VALUE_ACTION];
    if (!v) continue;
    const [name, part] = blockId.split(PART_MARK) as [string, string | undefined];
    if (part !== undefined) {
      if (v.value) parts.set(name, [...(parts.get(name) ?? []), [Number(part), v.value]]);
      continue;
    }
    if (v.selected_options) out[name] = v.selected_options.map((o) => o.value);
    else out[name] = v.selected_option?.value ?? v.selected_date ?? v.selected_time ?? v.value ?? undefined;
  }
  // Later parts follow the first in their order, each from a new line.
  for (const [name, rest] of parts) {
    const later = rest.sort((a, b) => a[0] - b[0]).map(([, text]) => text);
    out[name] = [out[name], ...later].filter((p): p is string => typeof p === "string" && p !== "").join("\n");
  }
  return out;
}

/**
 * The core's errors keyed by block id. Slack shows errors only on input blocks; an error for a name that is not
 * a field goes to the first field so it is never lost.
 */
export function errorsByBlock(errors: Record<string, string>, fieldNames: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, message] of Object.entries(errors)) {
    const block = fieldNames.includes(name) ? name : fieldNames.find((f) => !f.includes(PART_MARK));
    if (!block) continue;
    out[block] = out[block] ? `${out[block]} ${message}` : message;
  }
  return out;
}
