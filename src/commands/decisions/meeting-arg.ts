/** The meeting a decisions/minutes command is about, with its forum, and the check that the asker may see it. */
import { UserError } from "../../errors.js";
import type { MessageKey } from "../../i18n/catalog.js";
import { canRead } from "../../services/access.js";
import { requireMeeting, type MeetingRow } from "../../services/meetings.js";
import { forumById, type ForumRow } from "../../services/forums.js";
import type { Context } from "../context.js";

export function meetingArg(ctx: Context, typed: string | undefined, usage: MessageKey): { meeting: MeetingRow; forum: ForumRow } {
  if (!typed) throw new UserError("error.missingArgument", { what: ctx.t("minutes.meeting"), usage: ctx.t(usage) });
  const meeting = requireMeeting(ctx.db, typed);
  const forum = forumById(ctx.db, meeting.forumId)!;
  if (!canRead(ctx, forum)) throw new UserError("error.forumPrivate", { code: forum.code });
  return { meeting, forum };
}
