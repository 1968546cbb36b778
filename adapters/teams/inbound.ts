/**
 * A Teams activity as our neutral input: the speaker (AAD object id, e-mail looked up from Teams only when the id is
 * not yet linked, the Teams locale), the channel (a Teams channel id, or the chat's conversation id) and either a
 * command line (mention stripped) or a card submission (a button's command, or a form's values).
 */
import { TeamsInfo, TurnContext, type Activity } from "botbuilder";
import { type AttachedFile, downloadCsvAttachment } from "../../src/conversation/attachment.js";
import type { CommandInput, FormInput, UserRef } from "../../src/conversation/input.js";
import type { FormValues } from "../../src/conversation/form.js";
import { findCommand } from "../../src/commands/index.js";
import type { CommandForms } from "../../src/i18n/command-forms.js";
import { SUBMIT_KEY } from "./render/types.js";

interface TeamsChannelData {
  channel?: { id?: string };
  team?: { id?: string };
  tenant?: { id?: string };
}

export const channelDataOf = (activity: Partial<Activity>): TeamsChannelData => (activity.channelData ?? {}) as TeamsChannelData;

/** The Teams channel id for channel conversations, else the (chat) conversation id. */
export function channelRefOf(activity: Partial<Activity>): string | undefined {
  return channelDataOf(activity).channel?.id ?? activity.conversation?.id;
}

/** The bot's name as people @mention it (the Teams manifest's short name). */
export const BOT_NAME = "Yhdyspinta";

/** In a personal chat people type bare words; in channels and group chats they @mention the bot first. */
function commandFormOf(activity: Partial<Activity>): ((line: string) => string) | undefined {
  return activity.conversation?.conversationType === "personal" ? undefined : mentionForm;
}

/** A command as typed in a channel or group chat: after an @mention of the bot. */
export const mentionForm = (line: string): string => `@${BOT_NAME} ${line}`;

/** The @mention forms for texts the bot posts on its own in a channel or group chat (reminders, notices). */
export const TEAMS_CHANNEL_FORMS: CommandForms = { form: mentionForm, isCommand: (word) => findCommand(word) !== undefined };

export function userRefOf(context: TurnContext): UserRef {
  const from = context.activity.from;
  const commandForm = commandFormOf(context.activity);
  return {
    platform: "teams",
    id: from.aadObjectId ?? from.id,
    locale: context.activity.locale ?? undefined,
    ...(commandForm ? { commandForm } : {}),
    async lookupEmail() {
      try {
        const member = await TeamsInfo.getMember(context, from.id);
        return member.email ?? member.userPrincipalName ?? undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/** A mention typed as plain text (copied from the help, or in a personal chat) before the command word. */
const TYPED_MENTION = new RegExp(`^@${BOT_NAME}\\s+`, "i");

/** The command text of a typed message: the bot's @mention removed, whitespace and &nbsp; trimmed. */
export function commandTextOf(activity: Activity): string {
  const text = TurnContext.removeRecipientMention(activity) ?? activity.text ?? "";
  return (
    text
      .replace(/<at>[^<]*<\/at>/g, "")
      .replace(/&nbsp;|\u00a0/g, " ")
      .replace(/<[^>]+>/g, "")
      .trim()
      // A mention typed as plain text is not a command word.
      .replace(TYPED_MENTION, "")
  );
}

/** `settles`: the press of a button that answers its card's question (its card is updated once it worked). */
export type Inbound = { kind: "command"; input: CommandInput; settles?: boolean } | { kind: "form"; input: FormInput } | { kind: "ignore" };

type SubmitValue = Record<string, unknown> & {
  [SUBMIT_KEY]?: string;
  command?: unknown;
  formId?: unknown;
  context?: unknown;
  multi?: unknown;
  settles?: unknown;
};

function formValues(value: SubmitValue): FormValues {
  const multi = new Set(Array.isArray(value.multi) ? value.multi.map(String) : []);
  const values: FormValues = {};
  for (const [key, raw] of Object.entries(value)) {
    if (!key.startsWith("field.")) continue;
    const name = key.slice("field.".length);
    const text = typeof raw === "string" ? raw : raw === undefined || raw === null ? "" : String(raw);
    values[name] = multi.has(name)
      ? text
          .split(",")
          .map((v) => v.trim())
          .filter(Boolean)
      : text;
  }
  return values;
}

export function inboundOf(context: TurnContext): Inbound {
  const activity = context.activity;
  const user = userRefOf(context);
  const channelRef = channelRefOf(activity);
  const requestId = activity.id;
  // An Action.Execute press (Universal Actions) carries the button's data inside the invoke's action.
  const value = (activity.type === "invoke" ? (activity.value as { action?: { data?: unknown } } | undefined)?.action?.data : activity.value) as
    | SubmitValue
    | undefined;
  if (value && typeof value === "object" && value[SUBMIT_KEY] === "form" && typeof value.formId === "string") {
    const hidden = value.context && typeof value.context === "object" ? (value.context as Record<string, string>) : undefined;
    return { kind: "form", input: { user, channelRef, formId: value.formId, values: formValues(value), context: hidden, requestId } };
  }
  if (value && typeof value === "object" && value[SUBMIT_KEY] === "command" && typeof value.command === "string") {
    return { kind: "command", input: { user, channelRef, text: value.command, requestId }, ...(value.settles === true ? { settles: true } : {}) };
  }
  const text = commandTextOf(activity);
  if (!text && value) return { kind: "ignore" };
  return { kind: "command", input: { user, channelRef, text, requestId } };
}

export const FILE_DOWNLOAD_INFO = "application/vnd.microsoft.teams.file.download.info";

interface FileDownloadInfo {
  downloadUrl?: string;
  fileType?: string;
}

/**
 * A file a person attached in a personal chat (`indicator import` with a CSV file), downloaded from the short-lived
 * pre-authorised downloadUrl Teams gives; undefined when the message has none. Channels deliver no such attachment.
 */
export async function attachedFileOf(activity: Partial<Activity>): Promise<AttachedFile | undefined> {
  if (activity.conversation?.conversationType !== "personal") return undefined;
  const file = activity.attachments?.find((a) => a.contentType === FILE_DOWNLOAD_INFO);
  if (!file) return undefined;
  const name = file.name ?? "file";
  const info = (file.content ?? {}) as FileDownloadInfo;
  if (!info.downloadUrl) return { name, refused: "unreadable" };
  return downloadCsvAttachment({ name, url: info.downloadUrl, ...(info.fileType ? { type: info.fileType } : {}) });
}
