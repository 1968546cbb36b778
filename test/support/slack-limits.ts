/**
 * Slack's published Block Kit and view limits, as the real Web API enforces them
 * (https://docs.slack.dev/reference/block-kit/blocks, .../block-kit/block-elements, .../surfaces/modals,
 * .../block-kit/composition-objects). `checkMessage` and `checkView` return Slack's own error lines
 * (`[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]`); an empty list means Slack
 * would accept the payload. The loopback fake refuses with these, so a renderer that breaks a limit fails a test.
 */

export const SLACK_LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  actionsElements: 25,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2000,
  url: 3000,
  imageAlt: 2000,
  id: 255,
  viewTitle: 24,
  viewSubmit: 24,
  viewClose: 24,
  privateMetadata: 3000,
  inputLabel: 2000,
  inputHint: 2000,
  placeholder: 150,
  inputMaxLength: 3000,
  options: 100,
  optionText: 75,
  optionValue: 150,
  overflowOptions: 5,
} as const;

type Node = Record<string, unknown>;

class Checker {
  readonly errors: string[] = [];

  fail(pointer: string, message: string): void {
    this.errors.push(`[ERROR] ${message} [json-pointer:${pointer}]`);
  }

  maxLength(value: unknown, max: number, pointer: string): void {
    if (typeof value === "string" && value.length > max) this.fail(pointer, `must be less than ${max + 1} characters`);
  }

  maxItems(value: unknown, max: number, pointer: string): void {
    if (Array.isArray(value) && value.length > max) this.fail(pointer, `no more than ${max} items allowed`);
  }

  /** A text object: non-empty, within `max`, plain_text where only plain text is allowed. */
  text(value: unknown, max: number, pointer: string, plainOnly = false): void {
    if (value === undefined) return;
    const node = value as Node;
    if (typeof node !== "object" || node === null || typeof node.text !== "string") {
      this.fail(pointer, "must provide an object");
      return;
    }
    if (plainOnly && node.type !== "plain_text") this.fail(`${pointer}/type`, "must be plain_text");
    if (node.text.length === 0) this.fail(`${pointer}/text`, "must be more than 0 characters");
    this.maxLength(node.text, max, `${pointer}/text`);
  }

  option(option: Node, pointer: string): void {
    this.text(option.text, SLACK_LIMITS.optionText, `${pointer}/text`);
    this.maxLength(option.value, SLACK_LIMITS.optionValue, `${pointer}/value`);
    this.text(option.description, SLACK_LIMITS.optionText, `${pointer}/description`);
  }

  element(element: Node, pointer: string): void {
    this.maxLength(element.action_id, SLACK_LIMITS.id, `${pointer}/action_id`);
    this.text(element.placeholder, SLACK_LIMITS.placeholder, `${pointer}/placeholder`, true);
    switch (element.type) {
      case "button":
        this.text(element.text, SLACK_LIMITS.buttonText, `${pointer}/text`, true);
        this.maxLength(element.value, SLACK_LIMITS.buttonValue, `${pointer}/value`);
        this.maxLength(element.url, SLACK_LIMITS.url, `${pointer}/url`);
        return;
      case "plain_text_input": {
        const max = element.max_length;
        if (typeof max === "number" && max > SLACK_LIMITS.inputMaxLength)
          this.fail(`${pointer}/max_length`, `must be less than ${SLACK_LIMITS.inputMaxLength + 1}`);
        const limit = typeof max === "number" ? Math.min(max, SLACK_LIMITS.inputMaxLength) : SLACK_LIMITS.inputMaxLength;
        this.maxLength(element.initial_value, limit, `${pointer}/initial_value`);
        return;
      }
      case "static_select":
      case "multi_static_select":
      case "overflow": {
        const options = (element.options ?? []) as Node[];
        this.maxItems(options, element.type === "overflow" ? SLACK_LIMITS.overflowOptions : SLACK_LIMITS.options, `${pointer}/options`);
        if (options.length === 0) this.fail(`${pointer}/options`, "must provide at least 1 items");
        options.forEach((o, i) => {
          this.option(o, `${pointer}/options/${i}`);
        });
        const values = new Set(options.map((o) => o.value));
        const initial = [element.initial_option, ...((element.initial_options as Node[] | undefined) ?? [])].filter(Boolean) as Node[];
        for (const chosen of initial) if (!values.has(chosen.value)) this.fail(`${pointer}/initial_option`, "must match one of the options");
        return;
      }
      case "datepicker":
        if (element.initial_date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(element.initial_date)))
          this.fail(`${pointer}/initial_date`, "must match the format YYYY-MM-DD");
        return;
      case "timepicker":
        if (element.initial_time !== undefined && !/^\d{2}:\d{2}$/.test(String(element.initial_time)))
          this.fail(`${pointer}/initial_time`, "must match the format HH:mm");
        return;
      case "image":
        this.maxLength(element.image_url, SLACK_LIMITS.url, `${pointer}/image_url`);
        this.maxLength(element.alt_text, SLACK_LIMITS.imageAlt, `${pointer}/alt_text`);
        return;
      case "mrkdwn":
      case "plain_text":
        this.text(element, SLACK_LIMITS.sectionText, pointer);
        return;
      default:
        return;
    }
  }

  block(block: Node, pointer: string): void {
    this.maxLength(block.block_id, SLACK_LIMITS.id, `${pointer}/block_id`);
    switch (block.type) {
      case "section": {
        if (block.text === undefined && block.fields === undefined) this.fail(pointer, "must provide text or fields");
        this.text(block.text, SLACK_LIMITS.sectionText, `${pointer}/text`);
        const fields = (block.fields ?? []) as Node[];
        this.maxItems(fields, SLACK_LIMITS.sectionFields, `${pointer}/fields`);
        fields.forEach((f, i) => {
          this.text(f, SLACK_LIMITS.fieldText, `${pointer}/fields/${i}`);
        });
        if (block.accessory) this.element(block.accessory as Node, `${pointer}/accessory`);
        return;
      }
      case "header":
        this.text(block.text, SLACK_LIMITS.headerText, `${pointer}/text`, true);
        return;
      case "actions": {
        const elements = (block.elements ?? []) as Node[];
        this.maxItems(elements, SLACK_LIMITS.actionsElements, `${pointer}/elements`);
        elements.forEach((e, i) => {
          this.element(e, `${pointer}/elements/${i}`);
        });
        return;
      }
      case "context": {
        const elements = (block.elements ?? []) as Node[];
        this.maxItems(elements, SLACK_LIMITS.contextElements, `${pointer}/elements`);
        elements.forEach((e, i) => {
          this.element(e, `${pointer}/elements/${i}`);
        });
        return;
      }
      case "input":
        this.text(block.label, SLACK_LIMITS.inputLabel, `${pointer}/label`, true);
        this.text(block.hint, SLACK_LIMITS.inputHint, `${pointer}/hint`, true);
        if (block.element) this.element(block.element as Node, `${pointer}/element`);
        return;
      case "image":
        this.element(block, pointer);
        this.text(block.title, SLACK_LIMITS.imageAlt, `${pointer}/title`, true);
        return;
      case "divider":
        return;
      default:
        this.fail(`${pointer}/type`, `unsupported block type ${String(block.type)}`);
    }
  }

  blocks(blocks: unknown, max: number, pointer: string): void {
    if (blocks === undefined) return;
    if (!Array.isArray(blocks)) {
      this.fail(pointer, "must provide an array");
      return;
    }
    this.maxItems(blocks, max, pointer);
    const ids = new Set<unknown>();
    blocks.forEach((b: Node, i) => {
      if (b.block_id !== undefined) {
        if (ids.has(b.block_id)) this.fail(`${pointer}/${i}/block_id`, "must be unique");
        ids.add(b.block_id);
      }
      this.block(b, `${pointer}/${i}`);
    });
  }
}

/** A message (chat.postMessage, chat.update, chat.postEphemeral, a response_url answer): Slack's error lines. */
export function checkMessage(message: Record<string, unknown>): string[] {
  const check = new Checker();
  check.blocks(message.blocks, SLACK_LIMITS.messageBlocks, "/blocks");
  if (message.blocks === undefined && !message.text) check.fail("/text", "must provide text or blocks");
  return check.errors;
}

/** A view (views.open, views.update, views.push, views.publish, or `response_action: "update"`): Slack's error lines. */
export function checkView(view: Record<string, unknown>, pointer = "/view"): string[] {
  const check = new Checker();
  if (view.type === "modal") {
    check.text(view.title, SLACK_LIMITS.viewTitle, `${pointer}/title`, true);
    if (view.title === undefined) check.fail(`${pointer}/title`, "must provide an object");
    check.text(view.submit, SLACK_LIMITS.viewSubmit, `${pointer}/submit`, true);
    check.text(view.close, SLACK_LIMITS.viewClose, `${pointer}/close`, true);
    const blocks = (view.blocks ?? []) as Node[];
    if (blocks.some((b) => b.type === "input") && view.submit === undefined) check.fail(`${pointer}/submit`, "must provide submit when there are inputs");
  }
  check.maxLength(view.private_metadata, SLACK_LIMITS.privateMetadata, `${pointer}/private_metadata`);
  check.maxLength(view.callback_id, SLACK_LIMITS.id, `${pointer}/callback_id`);
  check.blocks(view.blocks, SLACK_LIMITS.viewBlocks, `${pointer}/blocks`);
  return check.errors;
}
