/**
 * A conversation, not only slash commands: "@Yhdyspinta kalenteri" in a channel (`app_mention`) and anything typed
 * in the bot's direct messages (`message.im`) run the same grammar as `/forum kalenteri`. A private answer to a
 * mention is shown only to its asker (chat.postEphemeral); a form, which needs a trigger_id no event carries, comes
 * as a button that opens it. A file attached to the message (`indicator import` with a CSV file) is downloaded with
 * the bot token and handed to the core. Events are acknowledged by Bolt before listeners run.
 */
import type { App, webApi } from "@slack/bolt";
import { type AttachedFile, downloadCsvAttachment } from "../../../src/conversation/attachment.js";
import { deliver } from "../deliver.js";
import type { SlackDeps } from "../deps.js";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">" };

/**
 * The command in a message's text: leading @mentions of the bot removed, Slack's escapes undone.
 * @example commandTextOfMessage("<@U0BOT> kalenteri &amp; muuta") // "kalenteri & muuta"
 */
export function commandTextOfMessage(text: string | undefined): string {
  return (text ?? "")
    .replace(/^(\s*<@[A-Z0-9]+(\|[^>]*)?>)+/, "")
    .replace(/&(amp|lt|gt);/g, (entity) => ENTITIES[entity]!)
    .trim();
}

interface MessageLike {
  user?: string;
  text?: string;
  channel: string;
  ts: string;
  subtype?: string;
  bot_id?: string;
  channel_type?: string;
  files?: SlackFile[];
}

interface SlackFile {
  name?: string;
  filetype?: string;
  size?: number;
  url_private_download?: string;
}

/** The first file of a message, downloaded with the bot token (Slack serves url_private_download only with it). */
async function attachmentOf(event: MessageLike, token: string | undefined): Promise<AttachedFile | undefined> {
  const file = event.files?.[0];
  if (!file) return undefined;
  const name = file.name ?? "file";
  if (!file.url_private_download) return { name, refused: "unreadable" };
  return downloadCsvAttachment(
    { name, url: file.url_private_download, ...(file.filetype ? { type: file.filetype } : {}), ...(file.size !== undefined ? { size: file.size } : {}) },
    token ? { authorization: `Bearer ${token}` } : {},
  );
}

/** A command as typed in a channel: after an @mention of the bot (one function, so what is made per form is reused). */
const mentionForm = (line: string): string => `@Yhdyspinta ${line}`;

export function register(app: App, deps: SlackDeps): void {
  async function run(event: MessageLike, client: webApi.WebClient, inChannel: boolean): Promise<void> {
    if (!event.user) return;
    // Help shows commands as typed here: "@Yhdyspinta kalenteri" in a channel, bare words in the DM.
    const user = { ...(await deps.identify(client, event.user)), commandForm: inChannel ? mentionForm : undefined };
    const text = commandTextOfMessage(event.text);
    const attachment = await attachmentOf(event, client.token);
    const reply = await deps.core.handleCommand({
      user,
      channelRef: event.channel,
      text,
      requestId: event.ts.slice(-8),
      ...(attachment ? { attachment } : {}),
    });
    await deliver(reply, {
      client,
      userId: event.user,
      channelId: event.channel,
      commandText: text || "help",
      ...(inChannel ? { ephemeralIn: event.channel } : {}),
      log: deps.log,
    });
  }

  app.event("app_mention", async ({ event, client }) => {
    await run(event as MessageLike, client, true);
  });

  app.event("message", async ({ event, client }) => {
    const message = event as MessageLike;
    // Only what a person types to the bot (with a file, `file_share`): not its own posts, edits, joins or other channels' messages.
    const typed = message.subtype === undefined || message.subtype === "file_share";
    if (message.channel_type !== "im" || !typed || message.bot_id !== undefined) return;
    await run(message, client, false);
  });
}
