/** The meeting a decisions/minutes command is about, with its forum (the use case refuses one the asker may not see). */
import { UserError } from "../../errors.js";
import type { MessageKey } from "../../i18n/catalog.js";
import type { ForumRow } from "../../services/forums.js";
import type { MeetingRow } from "../../services/meetings.js";
import { requireReadableMeeting } from "../../services/readable-meeting.js";
import type { Context } from "../context.js";

export function meetingArg(ctx: Context, typed: string | undefined, usage: MessageKey): { meeting: MeetingRow; forum: ForumRow } {
  if (!typed) throw new UserError("error.missingArgument", { what: ctx.t("minutes.meeting"), usage: ctx.t(usage) });
  return requireReadableMeeting(ctx, typed);
}
