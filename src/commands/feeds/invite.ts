/** `invite <MEETING>` (kutsu, inbjudan): the meeting's .ics invite again, as a file and a download link. */
import { reply } from "../../conversation/reply.js";
import { UserError } from "../../errors.js";
import { forumName } from "../../calendar/calendar-text.js";
import { meetingInvite } from "../../services/invite.js";
import type { CommandSpec } from "../command.js";

export const inviteCommand: CommandSpec = {
  name: "invite",
  aliases: { fi: ["kutsu"], sv: ["inbjudan"] },
  summary: "cmd.invite",
  usage: "usage.invite",
  run(ctx, args) {
    const id = args.words[0];
    if (!id) throw new UserError("feeds.invite.usage");
    const { meeting, forum, attachment } = meetingInvite(ctx, id, ctx.region.id, ctx.config.publicUrl);
    return reply(
      [
        { kind: "heading", text: ctx.t("feeds.invite.title", { forum: `${meeting.id} — ${forumName(forum, ctx.locale)}` }) },
        { kind: "text", text: ctx.t("feeds.invite.text") },
        { kind: "actions", actions: [{ kind: "link", label: ctx.t("feeds.invite.download"), url: attachment.url! }] },
      ],
      { attachments: [attachment] },
    );
  },
};
