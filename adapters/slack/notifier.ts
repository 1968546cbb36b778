/**
 * The Slack Notifier: posts a Reply to a channel or a person's DM (opened with conversations.open), uploads .ics
 * attachments with files.uploadV2 when the bot can, else links them. It sends once: a 429 is reported with its
 * Retry-After (`retryAfterMs`) and the outbox, the one layer that retries and paces (issue 14 §2), waits it out;
 * errors that mean the target is gone are reported as terminal, so the outbox disables it.
 */
import type { webApi } from "@slack/bolt";
import type { Notifier, SendResult, Target } from "../../src/conversation/notifier.js";
import type { Attachment, Reply } from "../../src/conversation/reply.js";
import type { Logger } from "../../src/log.js";
import { renderMessage } from "./render/blocks.js";
import { isTerminal, retryAfterSeconds, slackErrorCode } from "./slack-errors.js";
import { uploadAttachment } from "./upload-file.js";
import { SLACK_FORMS } from "./slash-form.js";

export interface SlackNotifierOptions {
  /** A client with `rejectRateLimitedCalls: true`, so 429s reach us instead of the SDK's long retry loop. */
  client: WebClient;
  log: Logger;
}

type WebClient = webApi.WebClient;

class RateLimited extends Error {
  constructor(readonly retryAfterMs: number) {
    super("ratelimited");
  }
}

/**
 * A message posted in a channel is read by all its members, and Slack cannot show each of them their own buttons:
 * a per-reader message's buttons (an invitation's attend and absent) stay for everyone instead of settling the
 * message at the first person's press; each press is answered to the one who pressed.
 */
function sharedMessage(message: Reply): Reply {
  if (!message.perReader) return message;
  const blocks = message.blocks.map((block) =>
    block.kind === "actions"
      ? { ...block, actions: block.actions.map((action) => (action.kind === "button" ? { ...action, settles: false } : action)) }
      : block,
  );
  return { ...message, blocks };
}

export function createSlackNotifier(options: SlackNotifierOptions): Notifier {
  const { client, log } = options;
  const dmChannels = new Map<string, string>();

  /** Calls Slack once; a 429 becomes RateLimited with its Retry-After. */
  async function call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      const seconds = retryAfterSeconds(error);
      if (seconds === undefined) throw error;
      throw new RateLimited(seconds * 1000);
    }
  }

  async function channelFor(target: Target): Promise<string> {
    if (target.kind === "channel") return target.ref;
    const known = dmChannels.get(target.ref);
    if (known) return known;
    const opened = await call(() => client.conversations.open({ users: target.ref }));
    const id = opened.channel?.id ?? target.ref;
    dmChannels.set(target.ref, id);
    return id;
  }

  /** Uploads the file into the conversation; when the bot cannot (not a member), its link is already in the message. */
  async function upload(channel: string, file: Attachment): Promise<void> {
    try {
      await call(() => uploadAttachment(client, channel, file));
    } catch (error) {
      log.warn({ channel, file: file.filename, error: slackErrorCode(error) }, "slack file upload failed; the message carries its link");
    }
  }

  return {
    platform: "slack",
    commandForms: () => SLACK_FORMS,
    async send(target, message: Reply): Promise<SendResult> {
      try {
        const channel = await channelFor(target);
        const shown = target.kind === "channel" ? sharedMessage(message) : message;
        const posted = await call(() => client.chat.postMessage({ channel, ...renderMessage(shown), unfurl_links: false }));
        for (const file of message.attachments ?? []) await upload(channel, file);
        return { ok: true, messageRef: posted.ts };
      } catch (error) {
        if (error instanceof RateLimited) return { ok: false, terminal: false, error: "ratelimited", retryAfterMs: error.retryAfterMs, rateLimited: true };
        const code = slackErrorCode(error);
        const terminal = isTerminal(error);
        log.warn({ target: `${target.kind}:${target.ref}`, error: code, terminal }, "slack send failed");
        return { ok: false, terminal, error: code };
      }
    },
  };
}
