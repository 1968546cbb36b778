/**
 * The port for proactive messages (reminders, published agendas, invites). Each adapter implements it;
 * every implementation passes the shared contract suite in test/conversation/notifier-contract.ts.
 */
import type { CommandForms } from "../i18n/command-forms.js";
import type { Platform } from "./input.js";
import type { Reply } from "./reply.js";

/** A channel (or Teams conversation) or one person's direct message on a platform. */
export interface Target {
  platform: Platform;
  kind: "channel" | "person";
  /** Channel id / conversation id, or the person's platform user id. */
  ref: string;
}

export type SendResult =
  | { ok: true; messageRef?: string }
  /**
   * `terminal`: this target will never work again (bot removed, channel archived); do not retry. `rateLimited`
   * (a 429) with the platform's `retryAfterMs` when it named one: the outbox paces and backs off, one send each.
   */
  | { ok: false; terminal: boolean; error: string; retryAfterMs?: number; rateLimited?: boolean };

export interface Notifier {
  readonly platform: Platform;
  send(target: Target, message: Reply): Promise<SendResult>;
  /**
   * How a person types a command where this target reads the message (`/forum …` in Slack, `@Yhdyspinta …` in a
   * Teams channel), so a reminder's "type `agenda add …`" is written that way; none for bare words.
   */
  commandForms?(target: Target): CommandForms | undefined;
}

export function targetKey(target: Target): string {
  return `${target.platform}:${target.kind}:${target.ref}`;
}
