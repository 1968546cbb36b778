/**
 * Puts a reply's file (an .ics invite) into a conversation with files.uploadV2 (getUploadURLExternal, the upload,
 * completeUploadExternal). Fails when the bot is not a member of the channel; callers then rely on the file's
 * link, which the message already shows (render/blocks.ts).
 */
import type { webApi } from "@slack/bolt";
import type { Attachment } from "../../src/conversation/reply.js";

export async function uploadAttachment(client: webApi.WebClient, channel: string, file: Attachment): Promise<void> {
  await client.filesUploadV2({ channel_id: channel, filename: file.filename, title: file.filename, file: Buffer.from(file.content) });
}
