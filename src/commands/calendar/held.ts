/**
 * `held <FORUM> <date> <start>[-<end>] [place]` (fi `pidetty`, sv `hållet`): enters a meeting that already took
 * place, so its decisions and minutes can be recorded; no invitations, no reminders (issue 15 point 2).
 */
import { reply } from "../../conversation/reply.js";
import { UserError } from "../../errors.js";
import { placeAndLink, recordHeldMeeting, spanOf } from "../../services/scheduling.js";
import type { CommandSpec } from "../command.js";
import { forumArg } from "./forum-arg.js";
import { meetingLine } from "./render.js";
import { readWhen } from "./when-args.js";

export const heldCommand: CommandSpec = {
  name: "held",
  aliases: { fi: ["pidetty"], sv: ["hållet", "hållits"] },
  summary: "record.cmd.held",
  usage: "record.usage.held",
  run(ctx, args) {
    const { forum, consumed } = forumArg(ctx, args.words, "record.usage.held");
    const when = readWhen(ctx, args.words.slice(consumed));
    if (!when) throw new UserError("error.missingArgument", { what: ctx.t("calendar.what.when"), usage: ctx.t("record.usage.held") });
    const span = spanOf(when.date, when.start, when.end, forum, ctx.zone);
    const meeting = recordHeldMeeting(ctx, { forum, ...span, ...placeAndLink(args.rest(consumed + when.consumed)) });
    return reply([
      { kind: "heading", text: ctx.t("record.held.done", { id: meeting.id }) },
      { kind: "text", text: meetingLine(ctx, meeting, forum) },
      { kind: "text", text: ctx.t("record.held.next", { id: meeting.id }) },
      { kind: "actions", actions: [{ kind: "button", label: ctx.t("calendar.button.meeting"), command: `meeting ${meeting.id}` }] },
    ]);
  },
};
