/**
 * `move <MEETING> <date> <start>[-<end>] [!]`: a new time keeps the meeting's length unless an end is given.
 * Refused once the meeting has started; warnings ask for confirmation first (src/services/scheduling.ts).
 */
import { UserError } from "../../errors.js";
import { requireMeeting } from "../../services/meetings.js";
import { forumById } from "../../services/forums.js";
import { moveMeeting, spanOf } from "../../services/scheduling.js";
import type { CommandSpec } from "../command.js";
import { announce } from "./announce.js";
import { confirmReply, readConfirmation } from "./confirm.js";
import { readWhen } from "./when-args.js";

export const moveCommand: CommandSpec = {
  name: "move",
  aliases: { fi: ["siirrä"], sv: ["flytta"] },
  summary: "calendar.cmd.move",
  usage: "calendar.usage.move",
  async run(ctx, typedArgs) {
    const { confirmed, args } = readConfirmation(typedArgs);
    const id = args.words[0];
    if (!id) throw new UserError("error.missingArgument", { what: ctx.t("calendar.what.meeting"), usage: ctx.t("calendar.usage.move") });
    const before = requireMeeting(ctx.db, id);
    const forum = forumById(ctx.db, before.forumId)!;
    const when = readWhen(ctx, args.words.slice(1));
    if (!when) throw new UserError("error.missingArgument", { what: ctx.t("calendar.what.when"), usage: ctx.t("calendar.usage.move") });
    const length = Math.round((before.endsAt - before.startsAt) / 60_000);
    const span = spanOf(when.date, when.start, when.end, { defaultDurationMinutes: length }, before.zone);
    const result = moveMeeting(ctx, before, forum, span, { confirmed });
    if (result.kind === "confirm") return confirmReply(ctx, `move ${args.text}`, result.warnings);
    return announce(ctx, { titleKey: "calendar.moved", meeting: result.meeting, forum, warnings: result.warnings, method: "REQUEST" });
  },
};
