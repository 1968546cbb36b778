/**
 * `cancel <MEETING> [reason]`: the meeting stays in the calendar as cancelled; invites get METHOD:CANCEL.
 * Refused once the meeting has started (src/services/scheduling.ts).
 */
import { UserError } from "../../errors.js";
import { requireMeeting } from "../../services/meetings.js";
import { forumById } from "../../services/forums.js";
import { cancelMeeting } from "../../services/scheduling.js";
import type { CommandSpec } from "../command.js";
import { announce } from "./announce.js";

export const cancelCommand: CommandSpec = {
  name: "cancel",
  aliases: { fi: ["peru", "peruuta"], sv: ["avboka", "ställin"] },
  summary: "calendar.cmd.cancel",
  usage: "calendar.usage.cancel",
  async run(ctx, args) {
    const id = args.words[0];
    if (!id) throw new UserError("error.missingArgument", { what: ctx.t("calendar.what.meeting"), usage: ctx.t("calendar.usage.cancel") });
    const before = requireMeeting(ctx.db, id);
    const forum = forumById(ctx.db, before.forumId)!;
    const reason = args.rest(1) || null;
    const meeting = cancelMeeting(ctx, before, forum, reason);
    const extra = reason ? [{ kind: "text" as const, text: ctx.t("calendar.cancelReason", { reason }) }] : [];
    return announce(ctx, { titleKey: "calendar.cancelled", meeting, forum, extra, method: "CANCEL" });
  },
};
