/**
 * Files offered with a reply (.ics invites, exported agendas). Bots cannot upload files into Teams channels, so
 * each file with a URL becomes an Action.OpenUrl to download it, and calendar files also a webcal:// link that
 * subscribes the person's calendar. Files without a URL cannot be offered in Teams and are left out.
 */
import { webcalUrl } from "../../../src/calendar/urls.js";
import type { Attachment } from "../../../src/conversation/reply.js";
import type { CardElement } from "./types.js";

const isCalendar = (file: Attachment) => file.contentType.startsWith("text/calendar") || file.filename.endsWith(".ics");

export function attachmentActions(files: Attachment[]): CardElement[] {
  return files.flatMap((file): CardElement[] => {
    if (!file.url) return [];
    const open: CardElement = { type: "Action.OpenUrl", title: file.filename, url: file.url };
    return isCalendar(file) ? [open, { type: "Action.OpenUrl", title: `webcal: ${file.filename}`, url: webcalUrl(file.url) }] : [open];
  });
}
