/**
 * Files into a Teams personal chat by the file-consent flow
 * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4#use-the-teams-bot-apis): the bot
 * sends a FileConsentCard; when the person accepts, Teams sends `fileConsent/invoke` with an upload URL in their
 * OneDrive; the bot PUTs the bytes there and answers with a FileInfoCard that opens the file. Needs
 * `supportsFiles: true` in the manifest's bot entry. When the person declines, the kept file is dropped and they are
 * told, in their language, how to get it another way.
 */
import type { Activity, Attachment as CardAttachment, TurnContext } from "botbuilder";
import type { Attachment } from "../../src/conversation/reply.js";
import type { Logger } from "../../src/log.js";
import type { FileShelf } from "./file-shelf.js";

export const FILE_CONSENT_TYPE = "application/vnd.microsoft.teams.card.file.consent";
export const FILE_INFO_TYPE = "application/vnd.microsoft.teams.card.file.info";
export const FILE_CONSENT_INVOKE = "fileConsent/invoke";

const sizeOf = (file: Attachment) => (typeof file.content === "string" ? Buffer.byteLength(file.content, "utf8") : file.content.byteLength);

/** The consent card for one file; its token comes back in the accept. */
export function consentActivity(file: Attachment, shelf: FileShelf): Partial<Activity> {
  const token = shelf.put(file);
  const card: CardAttachment = {
    contentType: FILE_CONSENT_TYPE,
    name: file.filename,
    content: { description: file.filename, sizeInBytes: sizeOf(file), acceptContext: { token }, declineContext: { token, name: file.filename } },
  };
  return { type: "message", summary: file.filename, attachments: [card] };
}

interface ConsentValue {
  type?: string;
  action?: "accept" | "decline";
  context?: { token?: string; name?: string };
  uploadInfo?: { name?: string; uploadUrl?: string; contentUrl?: string; uniqueId?: string; fileType?: string };
}

/**
 * Handles `fileConsent/invoke`: uploads on accept; on decline drops the file and lets `declined` answer the person
 * (with the file's name); always answers the invoke with 200.
 */
export async function handleFileConsent(context: TurnContext, shelf: FileShelf, log: Logger, declined: (filename: string) => Promise<void>): Promise<void> {
  const value = (context.activity.value ?? {}) as ConsentValue;
  const file = value.context?.token ? shelf.get(value.context.token) : undefined;
  const info = value.uploadInfo;
  if (value.action === "accept" && file && info?.uploadUrl) {
    const bytes = typeof file.content === "string" ? Buffer.from(file.content, "utf8") : Buffer.from(file.content);
    const res = await fetch(info.uploadUrl, {
      method: "PUT",
      headers: { "Content-Length": String(bytes.byteLength), "Content-Range": `bytes 0-${bytes.byteLength - 1}/${bytes.byteLength}` },
      body: bytes,
    });
    if (res.ok) {
      const card: CardAttachment = {
        contentType: FILE_INFO_TYPE,
        contentUrl: info.contentUrl,
        name: info.name ?? file.filename,
        content: { uniqueId: info.uniqueId, fileType: info.fileType },
      };
      await context.sendActivity({ type: "message", attachments: [card] });
    } else log.warn({ status: res.status }, "Teams file upload refused");
  } else if (value.action === "accept") log.warn("Teams file consent for a file no longer kept");
  else if (value.action === "decline") {
    if (value.context?.token) shelf.drop(value.context.token);
    await declined(file?.filename ?? value.context?.name ?? "");
  }
  await context.sendActivity({ type: "invokeResponse", value: { status: 200 } });
}
