/**
 * The neutral reply every command returns; each adapter renders it (Block Kit, Adaptive Card 1.5, plain text).
 * Text uses a small markdown subset: **bold**, _italic_, `code`, [label](url) and line breaks.
 */
import type { Form } from "./form.js";
import type { Platform } from "./input.js";

export type Visibility = "private" | "channel";

/**
 * A button runs a chat command as the person who pressed it; a link opens a URL. A button that `settles` answers
 * the message's question (accept, reject, approve, attend, confirm): once its command succeeded, the settling
 * buttons leave the message it was on, which then says what was done, so a stale button cannot be pressed again.
 */
export type Action =
  | { kind: "button"; label: string; command: string; style?: "primary" | "danger"; settles?: boolean }
  | { kind: "link"; label: string; url: string };

export interface Fact {
  label: string;
  value: string;
}

export type Block =
  | { kind: "heading"; text: string }
  | { kind: "text"; text: string }
  | { kind: "facts"; facts: Fact[] }
  | { kind: "list"; items: string[]; ordered?: boolean }
  | { kind: "actions"; actions: Action[] }
  | { kind: "image"; url: string; alt: string }
  | { kind: "divider" };

export type BlockKind = Block["kind"];

/** A file offered with a reply (an .ics invite, an exported agenda). `url` is where it can be downloaded. */
export interface Attachment {
  filename: string;
  contentType: string;
  content: string | Uint8Array;
  url?: string;
}

/** A person's account on a chat platform (the platform's user id, as stored on the person). */
export interface ChatAccount {
  platform: Platform;
  ref: string;
}

/**
 * A reply that reads differently for each person (its buttons are for some of them only): `command` shows it as
 * whoever runs it should see it, and `viewers` are the accounts of the people its buttons are for. Where one
 * message is shared by many (a Teams channel) the platform posts it without its settling buttons and each viewer
 * sees their own version (Teams: Universal Actions `refresh`); elsewhere it is shown as it is.
 */
export interface PerReader {
  command: string;
  viewers: ChatAccount[];
}

export interface Reply {
  blocks: Block[];
  visibility: Visibility;
  attachments?: Attachment[];
  /** When set, the adapter shows this form (modal, card) instead of, or after, the blocks. */
  form?: Form;
  /** Plain-text summary for notifications and platforms that need one (Slack's `text`, Teams' summary). */
  summary?: string;
  /**
   * Set by the core when the command did not do what was asked: "refused" (bad input, a missing role, an unknown
   * command; the text says why) or "failed" (an internal error). The CLI turns it into its exit status.
   */
  outcome?: "refused" | "failed";
  /** Set when the reply reads differently per person (see PerReader). */
  perReader?: PerReader;
}

/**
 * What pressing a settling button did, read from its reply: "done" (its message settles now), "asks" (it opened a
 * form, as reject asks for a reason: the message settles once the form is submitted and works) or "nothing"
 * (refused or failed: the buttons stay). Both platforms settle by this one rule.
 */
export function pressResult(reply: Reply): "done" | "asks" | "nothing" {
  if (reply.outcome) return "nothing";
  return reply.form ? "asks" : "done";
}

/** Ends an exhaustive switch: a new block kind fails the typecheck of every renderer. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}

/** Builds a reply with sensible defaults; `summary` defaults to the first heading or text. */
export function reply(blocks: Block[], options: Partial<Omit<Reply, "blocks">> = {}): Reply {
  const first = blocks.find((b) => b.kind === "heading" || b.kind === "text") as { text: string } | undefined;
  return { visibility: "private", summary: first?.text, ...options, blocks };
}

/** A reply of one text block, private by default. */
export function textReply(text: string, visibility: Visibility = "private"): Reply {
  return reply([{ kind: "text", text }], { visibility });
}
