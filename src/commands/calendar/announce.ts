/**
 * After a change: the reply's blocks, the invite attachment (when the iCal part provides one) and a post to the
 * forum's bound channels when the command came from elsewhere.
 */
import { inviteAttachment } from "../../calendar/invite.js";
import { reply, type Block, type Reply } from "../../conversation/reply.js";
import { translator, type MessageKey } from "../../i18n/catalog.js";
import { isLocale } from "../../i18n/locale.js";
import { postToForum } from "../../services/broadcast.js";
import type { Warning } from "../../services/meeting-warnings.js";
import type { MeetingRow } from "../../services/meetings.js";
import type { ForumRow } from "../../services/region.js";
import type { Context } from "../context.js";
import { meetingLine, warningBlocks } from "./render.js";

export interface Announcement {
  titleKey: MessageKey;
  meeting: MeetingRow;
  forum: ForumRow;
  warnings?: Warning[];
  extra?: Block[];
  method: "REQUEST" | "CANCEL";
}

function blocksFor(ctx: Context, a: Announcement): Block[] {
  return [
    { kind: "heading", text: ctx.t(a.titleKey, { id: a.meeting.id }) },
    { kind: "text", text: meetingLine(ctx, a.meeting, a.forum) },
    ...(a.extra ?? []),
  ];
}

export async function announce(ctx: Context, a: Announcement): Promise<Reply> {
  const invite = inviteAttachment(ctx.db, a.meeting, a.method, { publicUrl: ctx.config.publicUrl, locale: ctx.locale, now: ctx.now });
  const blocks: Block[] = [
    ...blocksFor(ctx, a),
    ...warningBlocks(ctx, a.warnings ?? []),
    { kind: "actions", actions: [{ kind: "button", label: ctx.t("calendar.button.meeting"), command: `meeting ${a.meeting.id}` }] },
  ];
  if (ctx.boundForum?.id !== a.forum.id) {
    const locale = isLocale(ctx.region.defaultLocale) ? ctx.region.defaultLocale : "fi";
    const forumCtx = { ...ctx, locale, t: translator(locale) };
    try {
      await postToForum(ctx, a.forum.id, reply(blocksFor(forumCtx, a), { visibility: "channel", attachments: invite ? [invite] : undefined }));
    } catch (error) {
      ctx.log.warn({ err: error, forum: a.forum.code }, "could not post the meeting to the forum's channels");
    }
  }
  return reply(blocks, { visibility: "channel", attachments: invite ? [invite] : undefined });
}
