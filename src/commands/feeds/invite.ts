/** `invite <MEETING>` (kutsu, inbjudan): the meeting's .ics invite again, as a file and a download link. */
import { reply } from "../../conversation/reply.js";
import { UserError } from "../../errors.js";
import { forumName } from "../../calendar/calendar-text.js";
import { inviteAttachment } from "../../services/invite.js";
import { canRead } from "../../services/access.js";
import { requireMeeting } from "../../services/meetings.js";
import { forumById } from "../../services/forums.js";
import type { CommandSpec } from "../command.js";

export const inviteCommand: CommandSpec = {
  name: "invite",
  aliases: { fi: ["kutsu"], sv: ["inbjudan"] },
  summary: "cmd.invite",
  usage: "usage.invite",
  run(ctx, args) {
    const id = args.words[0];
    if (!id) throw new UserError("feeds.invite.usage");
    const meeting = requireMeeting(ctx.db, id);
    const forum = forumById(ctx.db, meeting.forumId);
    if (!forum || forum.regionId !== ctx.region.id) throw new UserError("error.unknownMeeting", { id });
    if (!canRead(ctx, forum)) throw new UserError("error.forumPrivate", { code: forum.code });
    const method = meeting.status === "cancelled" ? "CANCEL" : "REQUEST";
    const attachment = inviteAttachment(ctx.db, meeting, method, { publicUrl: ctx.config.publicUrl, locale: ctx.locale, now: ctx.now });
    if (!attachment) throw new UserError("error.unknownMeeting", { id });
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
