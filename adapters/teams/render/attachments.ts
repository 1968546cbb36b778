/**
 * Files offered with a reply (.ics invites, exported agendas, minutes). Bots cannot upload files into Teams channels,
 * so each file becomes one clearly named download link ("⬇ JOHTO-2026-1-esityslista-v1.md"), and a calendar file
 * also a webcal:// link that subscribes the person's calendar. `urlOf` says where a file is downloaded (its own
 * link, or a short-lived one of ours); a file without one is left out, never announced.
 */
import { webcalUrl } from "../../../src/calendar/urls.js";
import type { Attachment } from "../../../src/conversation/reply.js";
import type { CardElement } from "./types.js";

const isCalendar = (file: Attachment) => file.contentType.startsWith("text/calendar") || file.filename.endsWith(".ics");

export type FileUrl = (file: Attachment) => string | undefined;

export function attachmentActions(files: Attachment[], urlOf: FileUrl = (file) => file.url): CardElement[] {
  return files.flatMap((file): CardElement[] => {
    const url = urlOf(file);
    if (!url) return [];
    const open: CardElement = { type: "Action.OpenUrl", title: `⬇ ${file.filename}`, url };
    return isCalendar(file) && file.url ? [open, { type: "Action.OpenUrl", title: `📅 ${file.filename}`, url: webcalUrl(file.url) }] : [open];
  });
}
