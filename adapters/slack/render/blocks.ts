/**
 * Reply → Block Kit, pure and exhaustive (STYLE 8). Within Slack's limits: a text over 3,000 characters becomes
 * several sections, facts go ten to a section, and a reply over the block limit is cut with a "… +N" note and
 * an optional link to the whole content, so Slack never rejects a message.
 */
import { renderReplyText } from "../../../src/conversation/render-text.js";
import { assertNever, type Action, type Attachment, type Block, type Reply } from "../../../src/conversation/reply.js";
import { chunk, LIMITS, splitText } from "./limits.js";
import { clip, toMrkdwn, toPlain } from "./mrkdwn.js";
import type { Button, KnownBlock } from "./slack-types.js";

/** Buttons that run a chat command carry it in `value`; their action ids start with this. */
export const COMMAND_ACTION = "yp_cmd";
/** URL buttons: Slack still sends block_actions for them, which we only acknowledge. */
export const LINK_ACTION = "yp_link";

export interface RenderOptions {
  /** 50 for messages, 100 for modals and App Home. */
  maxBlocks?: number;
  /** Where the whole content can be read when it had to be cut. */
  moreUrl?: string;
}

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

const section = (text: string): KnownBlock => ({ type: "section", text: { type: "mrkdwn", text } });

function renderButton(action: Action, index: number): Button {
  const text = { type: "plain_text" as const, text: clip(toPlain(action.label), LIMITS.buttonText), emoji: true };
  if (action.kind === "link") return { type: "button", action_id: `${LINK_ACTION}_${index}`, text, url: clip(action.url, LIMITS.url) };
  return {
    type: "button",
    // A settling button's id says so (render/settle.ts): after it worked, the message it was on is updated.
    action_id: action.settles ? `${COMMAND_ACTION}_settle_${index}` : `${COMMAND_ACTION}_${index}`,
    text,
    value: clip(action.command, LIMITS.buttonValue),
    ...(action.style ? { style: action.style } : {}),
  };
}

/** One neutral block as one or more Slack blocks; `nextId` numbers buttons uniquely across the message. */
export function renderBlock(block: Block, nextId: () => number): KnownBlock[] {
  switch (block.kind) {
    case "heading": {
      const plain = toPlain(block.text);
      if (plain.length <= LIMITS.headerText) return [{ type: "header", text: { type: "plain_text", text: plain, emoji: true } }];
      return splitText(`*${plain}*`, LIMITS.sectionText).map(section);
    }
    case "text":
      return splitText(toMrkdwn(block.text), LIMITS.sectionText).map(section);
    case "facts":
      return chunk(block.facts, LIMITS.sectionFields).map((facts) => ({
        type: "section",
        fields: facts.map((f) => ({ type: "mrkdwn", text: clip(`*${toMrkdwn(f.label)}*\n${toMrkdwn(f.value)}`, LIMITS.fieldText) })),
      }));
    case "list": {
      const lines = block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : "•"} ${toMrkdwn(item)}`);
      return splitText(lines.join("\n"), LIMITS.sectionText).map(section);
    }
    case "actions":
      return chunk(block.actions, LIMITS.actionsElements).map((actions) => ({
        type: "actions",
        elements: actions.map((a) => renderButton(a, nextId())),
      }));
    case "image":
      return [{ type: "image", image_url: clip(block.url, LIMITS.url), alt_text: clip(block.alt, LIMITS.altText) }];
    case "divider":
      return [{ type: "divider" }];
    default:
      return assertNever(block);
  }
}

function attachmentLinks(attachments: Attachment[]): KnownBlock[] {
  const linked = attachments.filter((a) => a.url);
  if (linked.length === 0) return [];
  return [{ type: "context", elements: linked.slice(0, 10).map((a) => ({ type: "mrkdwn", text: `📎 <${a.url}|${a.filename}>` })) }];
}

/** The reply's blocks (and links to its attachments that have a URL), cut to the block limit with a note. */
export function renderBlocks(reply: Reply, options: RenderOptions = {}): KnownBlock[] {
  const max = options.maxBlocks ?? LIMITS.messageBlocks;
  let id = 0;
  const blocks = [...reply.blocks.flatMap((b) => renderBlock(b, () => id++)), ...attachmentLinks(reply.attachments ?? [])];
  if (blocks.length <= max) return blocks;
  const kept = blocks.slice(0, max - 1);
  const more = `… +${blocks.length - kept.length}${options.moreUrl ? ` <${options.moreUrl}|→>` : ""}`;
  return [...kept, { type: "context", elements: [{ type: "mrkdwn", text: more }] }];
}

/** Slack's `text` is the notification and screen-reader fallback: the summary, else the whole reply as plain text. */
export function fallbackText(reply: Reply): string {
  const text = reply.summary ? toPlain(reply.summary) : renderReplyText({ ...reply, form: undefined });
  return clip(text || " ", LIMITS.fallbackText);
}

export function renderMessage(reply: Reply, options: RenderOptions = {}): SlackMessage {
  return { text: fallbackText(reply), blocks: renderBlocks(reply, options) };
}
