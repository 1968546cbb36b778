/** `move <MEETING> <date> <start>[-<end>]`: a new time keeps the meeting's length unless an end is given. */
import { UserError } from "../../errors.js";
import { requireCapability } from "../../services/access.js";
import { requireMeeting } from "../../services/meetings.js";
import { forumById } from "../../services/region.js";
import { localInstant, moveMeeting, spanOf } from "../../services/scheduling.js";
import type { CommandSpec } from "../command.js";
import { announce } from "./announce.js";
import { readWhen } from "./when-args.js";

export const moveCommand: CommandSpec = {
  name: "move",
  aliases: { fi: ["siirrä"], sv: ["flytta"] },
  summary: "calendar.cmd.move",
  usage: "calendar.usage.move",
  async run(ctx, args) {
    const id = args.words[0];
    if (!id) throw new UserError("error.missingArgument", { what: ctx.t("calendar.what.meeting"), usage: ctx.t("calendar.usage.move") });
    const before = requireMeeting(ctx.db, id);
    const forum = forumById(ctx.db, before.forumId)!;
    requireCapability(ctx, "manage_meetings", forum);
    const when = readWhen(ctx, args.words.slice(1));
    if (!when) throw new UserError("error.missingArgument", { what: ctx.t("calendar.what.when"), usage: ctx.t("calendar.usage.move") });
    const span = when.end
      ? spanOf(when.date, when.start, when.end, forum, before.zone)
      : (() => {
          const startsAt = localInstant(when.date, when.start, before.zone);
          return { startsAt, endsAt: startsAt + (before.endsAt - before.startsAt) };
        })();
    const { meeting, warnings } = moveMeeting(ctx.db, before, forum, span, { actorId: ctx.person!.id, now: ctx.now, zone: before.zone, locale: ctx.locale });
    return announce(ctx, { titleKey: "calendar.moved", meeting, forum, warnings, method: "REQUEST" });
  },
};
