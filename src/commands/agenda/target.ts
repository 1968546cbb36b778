/**
 * Which meeting an agenda command is about: the id typed (JOHTO-2027-2), else the next meeting of the forum typed
 * (JOHTO) or of the forum bound to the channel. Private forums stay hidden from people who may not read them.
 */
import { looksLikeMeetingId } from "../../domain/meeting-id.js";
import { UserError } from "../../errors.js";
import type { MessageKey } from "../../i18n/catalog.js";
import { listMeetings, requireMeeting, type MeetingRow } from "../../services/meetings.js";
import { findForum, type ForumRow } from "../../services/forums.js";
import { requireReadableFound } from "../../services/readable-meeting.js";
import type { Context } from "../context.js";

export interface Target {
  meeting: MeetingRow;
  forum: ForumRow;
  /** How many words the meeting took (0 when it came from the bound channel). */
  used: number;
}

export function resolveTarget(ctx: Context, words: string[], usage: MessageKey): Target {
  const first = words[0];
  let meeting: MeetingRow | undefined;
  let used = 0;
  if (looksLikeMeetingId(first)) {
    meeting = requireMeeting(ctx.db, first);
    used = 1;
  } else {
    const named = first ? findForum(ctx.db, ctx.region.id, first) : undefined;
    const forum = named ?? ctx.boundForum;
    if (named) used = 1;
    if (forum) meeting = listMeetings(ctx.db, { forumIds: [forum.id], from: ctx.now })[0];
  }
  if (!meeting) throw new UserError("agenda.error.noMeeting", { usage: ctx.t(usage) });
  const { forum } = requireReadableFound(ctx, meeting);
  return { meeting, forum, used };
}
