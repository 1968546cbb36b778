/**
 * Members answer a meeting's invitation (issue 15 point 4): `attend <MEETING>` (fi `osallistun`, sv `deltar`),
 * `absent <MEETING>` (fi `estynyt`, sv `förhindrad`), `deputy <MEETING> [person]` (fi `varajäsen`, sv
 * `ersättare`): my deputy attends. The answers pre-fill the minutes' attendance.
 */
import { textReply } from "../../conversation/reply.js";
import type { ResponseAnswer } from "../../../db/schema/index.js";
import { UserError } from "../../errors.js";
import type { MessageKey } from "../../i18n/catalog.js";
import { resolvePersonTyped } from "../../services/decisions/resolve.js";
import { requireMeeting } from "../../services/meetings.js";
import { answerInvitation } from "../../services/record/responses.js";
import { forumById } from "../../services/forums.js";
import type { CommandSpec } from "../command.js";

function answerCommand(name: string, answer: ResponseAnswer, aliases: CommandSpec["aliases"], summary: MessageKey, usage: MessageKey): CommandSpec {
  return {
    name,
    aliases,
    summary,
    usage,
    run(ctx, args) {
      const id = args.words[0];
      if (!id) throw new UserError("error.missingArgument", { what: ctx.t("calendar.what.meeting"), usage: ctx.t(usage) });
      const meeting = requireMeeting(ctx.db, id);
      const forum = forumById(ctx.db, meeting.forumId)!;
      const deputy = answer === "deputy" && args.rest(1) ? resolvePersonTyped(ctx.db, ctx.region.id, args.rest(1)) : undefined;
      answerInvitation(ctx, meeting, forum, answer, deputy);
      const what = ctx.t(`record.answer.${answer}`, { deputy: deputy?.name ?? ctx.t("record.answer.deputyUnnamed") });
      return textReply(ctx.t("record.answer.saved", { meeting: meeting.id, answer: what }));
    },
  };
}

export const ANSWER_COMMANDS: CommandSpec[] = [
  answerCommand("attend", "attend", { fi: ["osallistun"], sv: ["deltar"] }, "record.cmd.attend", "record.usage.attend"),
  answerCommand("absent", "decline", { fi: ["estynyt", "en-pääse"], sv: ["förhindrad"] }, "record.cmd.absent", "record.usage.absent"),
  answerCommand("deputy", "deputy", { fi: ["varajäsen"], sv: ["ersättare"] }, "record.cmd.deputy", "record.usage.deputy"),
];
