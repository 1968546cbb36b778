/**
 * After a change: the reply's blocks and the invite attachment. The forum's bound channels get the invitation or
 * change notice from the reminders outbox (durable, with buttons and the .ics), so nothing is posted there from
 * here: when the outbox will post in the very channel the command came from, the reply goes to the person alone,
 * or the channel would read it twice.
 */
import { inviteAttachment } from "../../services/invite.js";
import { meetingPageUrl } from "../../calendar/urls.js";
import { reply, type Block, type Reply } from "../../conversation/reply.js";
import type { MessageKey } from "../../i18n/catalog.js";
import type { Warning } from "../../services/meeting-warnings.js";
import type { MeetingRow } from "../../services/meetings.js";
import type { ForumRow } from "../../services/forums.js";
import { channelNoticePending } from "../../services/reminders/outbox.js";
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
  return [{ kind: "heading", text: ctx.t(a.titleKey, { id: a.meeting.id }) }, { kind: "text", text: meetingLine(ctx, a.meeting, a.forum) }, ...(a.extra ?? [])];
}

export async function announce(ctx: Context, a: Announcement): Promise<Reply> {
  const invite = inviteAttachment(ctx.db, a.meeting, a.method, { publicUrl: ctx.config.publicUrl, locale: ctx.locale, now: ctx.now });
  const blocks: Block[] = [
    ...blocksFor(ctx, a),
    ...warningBlocks(ctx, a.warnings ?? []),
    {
      kind: "actions",
      actions: [
        { kind: "button", label: ctx.t("calendar.button.meeting"), command: `meeting ${a.meeting.id}` },
        { kind: "link", label: ctx.t("calendar.button.open"), url: meetingPageUrl(ctx.config.publicUrl, a.meeting, a.forum, ctx.locale) },
      ],
    },
  ];
  const noticeComing = ctx.channelRef !== undefined && channelNoticePending(ctx.db, a.meeting.id, ctx.platform, ctx.channelRef);
  return reply(blocks, { visibility: noticeComing ? "private" : "channel", attachments: invite ? [invite] : undefined });
}
