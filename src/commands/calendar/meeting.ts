/** `meeting <MEETING>`: time in the person's language, place and link, agenda deadline, status and buttons. */
import { reply, type Action, type Fact } from "../../conversation/reply.js";
import { UserError } from "../../errors.js";
import { formatDateTime, formatSpan } from "../../i18n/format.js";
import { localized } from "../../i18n/locale.js";
import { meetingReaders } from "../../services/chat-accounts.js";
import { requireReadableMeeting } from "../../services/readable-meeting.js";
import { agendaDeadlineOf } from "../../services/agenda-deadline.js";
import { meetingPageUrl } from "../../calendar/urls.js";
import type { CommandSpec } from "../command.js";
import { meetingOffers } from "../../services/meeting-offers.js";
import { answersSummary } from "../../services/record/quorum.js";

export const meetingCommand: CommandSpec = {
  name: "meeting",
  aliases: { fi: ["kokous"], sv: ["möte", "sammanträde"] },
  summary: "calendar.cmd.meeting",
  usage: "calendar.usage.meeting",
  run(ctx, args) {
    const id = args.words[0];
    if (!id) throw new UserError("error.missingArgument", { what: ctx.t("calendar.what.meeting"), usage: ctx.t("calendar.usage.meeting") });
    const { meeting, forum } = requireReadableMeeting(ctx, id);
    const none = ctx.t("calendar.none");
    const facts: Fact[] = [
      { label: ctx.t("calendar.fact.when"), value: formatSpan(meeting.startsAt, meeting.endsAt, ctx.locale, meeting.zone) },
      { label: ctx.t("calendar.fact.place"), value: meeting.place ?? none },
      { label: ctx.t("calendar.fact.link"), value: meeting.onlineUrl ? `[${meeting.onlineUrl}](${meeting.onlineUrl})` : none },
      { label: ctx.t("calendar.fact.deadline"), value: formatDateTime(agendaDeadlineOf(meeting, forum), ctx.locale, meeting.zone) },
      { label: ctx.t("calendar.fact.status"), value: ctx.t(`calendar.status.${meeting.status}`) },
    ];
    if (meeting.cancelReason) facts.push({ label: ctx.t("calendar.fact.reason"), value: meeting.cancelReason });
    const answers = answersSummary(ctx.db, meeting, forum);
    if (answers) facts.push({ label: ctx.t("record.answer.fact"), value: ctx.t("record.answer.summary", answers) });
    const actions: Action[] = [{ kind: "button", label: ctx.t("calendar.button.forumCalendar"), command: `calendar ${forum.code}` }];
    if (meeting.onlineUrl) actions.push({ kind: "link", label: ctx.t("calendar.button.join"), url: meeting.onlineUrl });
    actions.push({ kind: "link", label: ctx.t("calendar.button.open"), url: meetingPageUrl(ctx.config.publicUrl, meeting, forum, ctx.locale) });
    const offers = meetingOffers(ctx, meeting, forum);
    if (offers.answer) {
      actions.push(
        { kind: "button", label: ctx.t("record.answer.buttonAttend"), command: `attend ${meeting.id}`, style: "primary", settles: true },
        { kind: "button", label: ctx.t("record.answer.buttonAbsent"), command: `absent ${meeting.id}`, settles: true },
        { kind: "button", label: ctx.t("record.answer.buttonDeputy"), command: `deputy ${meeting.id}`, settles: true },
      );
    }
    if (offers.cancel) {
      actions.push({ kind: "button", label: ctx.t("calendar.button.cancel"), command: `cancel ${meeting.id}`, style: "danger" });
    }
    // Shared in a channel, each reader sees their own buttons.
    return reply(
      [
        { kind: "heading", text: `${meeting.id} — ${localized(forum.names, ctx.locale)}` },
        { kind: "facts", facts },
        { kind: "actions", actions },
      ],
      { perReader: meetingReaders(ctx.db, meeting.id, forum) },
    );
  },
};
