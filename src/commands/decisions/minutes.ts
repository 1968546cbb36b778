/**
 * `minutes <MEETING>` shows the minutes with Markdown, HTML and DOCX attached; the secretary names inspectors,
 * marks attendance and the legality note, and sends them for inspection (`finish`); inspectors `approve`
 * (also by the button in their direct message); `extract <MEETING> §N <PARTY>` gives one party's extract.
 */
import { reply, textReply } from "../../conversation/reply.js";
import { UserError } from "../../errors.js";
import { formatList } from "../../i18n/format.js";
import { localized } from "../../i18n/locale.js";
import { resolveParty, resolvePersonTyped } from "../../services/decisions/resolve.js";
import { parseSectionRef } from "../../services/decisions/section-ref.js";
import { DateTime } from "luxon";
import { parseTimeRange } from "../../domain/time-input.js";
import {
  confirmAttendance,
  markAbsent,
  markPresent,
  parseAttendeeRole,
  setLegalityNote,
  setMeetingTimes,
  setPublicNotice,
} from "../../services/minutes/attendance.js";
import { spanOf } from "../../services/scheduling.js";
import { readDate } from "../calendar/when-args.js";
import { buildMinutesDocument } from "../../services/minutes/document.js";
import { buildExtract } from "../../services/minutes/extract.js";
import { approveMinutes, finishMinutes, setInspectors } from "../../services/minutes/inspection.js";
import { findPerson } from "../../services/people.js";
import type { Args, CommandSpec } from "../command.js";
import type { Context } from "../context.js";
import { extractUrl, minutesUrl, type MinutesFormat } from "../../services/minutes/urls.js";
import { meetingArg } from "./meeting-arg.js";
import { minutesFiles } from "../../services/minutes/files.js";
import { minutesReply } from "./minutes-view.js";

type Sub = "inspectors" | "finish" | "approve" | "present" | "absent" | "legality" | "extract" | "attendance" | "times" | "notice";

const SUB: Record<string, Sub> = {
  inspectors: "inspectors",
  tarkastajat: "inspectors",
  justerare: "inspectors",
  finish: "finish",
  valmis: "finish",
  tarkastukseen: "finish",
  klart: "finish",
  justering: "finish",
  approve: "approve",
  hyväksy: "approve",
  godkänn: "approve",
  present: "present",
  läsnä: "present",
  närvarande: "present",
  absent: "absent",
  poissa: "absent",
  frånvarande: "absent",
  legality: "legality",
  laillisuus: "legality",
  laglighet: "legality",
  extract: "extract",
  ote: "extract",
  utdrag: "extract",
  attendance: "attendance",
  läsnäolo: "attendance",
  närvaro: "attendance",
  times: "times",
  ajat: "times",
  tider: "times",
  notice: "notice",
  nähtävänä: "notice",
  framlagt: "notice",
};

export const minutesCommand: CommandSpec = {
  name: "minutes",
  aliases: { fi: ["pöytäkirja"], sv: ["protokoll"] },
  summary: "cmd.minutes",
  usage: "usage.minutes",
  async run(ctx, args) {
    const sub = SUB[(args.words[0] ?? "").toLowerCase()];
    if (!sub) {
      const { meeting, forum } = meetingArg(ctx, args.words[0], "usage.minutes");
      const urlOf = (format: MinutesFormat) => minutesUrl(ctx.config.publicUrl, meeting, format, ctx.locale);
      return minutesReply(buildMinutesDocument(ctx.db, meeting, forum, ctx.locale), ctx.locale, `minutes-${meeting.id}`, urlOf);
    }
    return HANDLERS[sub](ctx, args);
  },
};

const HANDLERS: Record<Sub, (ctx: Context, args: Args) => Promise<ReturnType<typeof reply>> | ReturnType<typeof reply>> = {
  inspectors(ctx, args) {
    const { meeting, forum } = meetingArg(ctx, args.words[1], "usage.minutes");
    const people = args.words.slice(2).map((w) => resolvePersonTyped(ctx.db, ctx.region.id, w));
    if (people.length === 0) throw new UserError("minutes.needTwo", { usage: ctx.t("usage.minutes") });
    setInspectors(ctx, meeting, forum, people);
    return textReply(
      ctx.t("minutes.inspectorsSet", {
        meeting: meeting.id,
        names: formatList(
          people.map((p) => p.name),
          ctx.locale,
        ),
      }),
    );
  },
  finish(ctx, args) {
    const { meeting, forum } = meetingArg(ctx, args.words[1], "usage.minutes");
    const pending = finishMinutes(ctx, meeting, forum);
    const names = formatList(
      pending.map((id) => findPerson(ctx.db, id)?.name ?? id),
      ctx.locale,
    );
    return textReply(ctx.t("minutes.sent", { meeting: meeting.id, names }));
  },
  approve(ctx, args) {
    const { meeting } = meetingArg(ctx, args.words[1], "usage.minutes");
    const result = approveMinutes(ctx, meeting);
    if (result.approved) return textReply(ctx.t("minutes.allApproved", { meeting: meeting.id, count: result.finalized }));
    const names = formatList(
      result.pending.map((id) => findPerson(ctx.db, id)?.name ?? id),
      ctx.locale,
    );
    return textReply(ctx.t("minutes.youApproved", { meeting: meeting.id, names }));
  },
  present(ctx, args) {
    const { meeting, forum } = meetingArg(ctx, args.words[1], "usage.minutes");
    const person = resolvePersonTyped(ctx.db, ctx.region.id, args.words[2] ?? "");
    const role = args.words[3] ? parseAttendeeRole(args.words[3]) : "member";
    if (!role) throw new UserError("minutes.badRole", { value: args.words[3]! });
    const seat = role === "deputy" && args.words[4] ? resolvePersonTyped(ctx.db, ctx.region.id, args.rest(4)) : undefined;
    markPresent(ctx, meeting, forum, person, role, seat);
    return textReply(ctx.t("minutes.attendanceSet", { name: person.name, role: ctx.t(`minutes.role.${role}`), meeting: meeting.id }));
  },
  absent(ctx, args) {
    const { meeting, forum } = meetingArg(ctx, args.words[1], "usage.minutes");
    const person = resolvePersonTyped(ctx.db, ctx.region.id, args.words[2] ?? "");
    markAbsent(ctx, meeting, forum, person);
    return textReply(ctx.t("minutes.absentSet", { name: person.name, meeting: meeting.id }));
  },
  legality(ctx, args) {
    const { meeting, forum } = meetingArg(ctx, args.words[1], "usage.minutes");
    const note = args.rest(2);
    if (!note) throw new UserError("error.missingArgument", { what: ctx.t("minutes.legality"), usage: ctx.t("usage.minutes") });
    setLegalityNote(ctx, meeting, forum, note);
    return textReply(ctx.t("minutes.legalitySet", { meeting: meeting.id }));
  },
  attendance(ctx, args) {
    const { meeting, forum } = meetingArg(ctx, args.words[1], "usage.minutes");
    confirmAttendance(ctx, meeting, forum);
    return textReply(ctx.t("record.minutes.attendanceConfirmed", { meeting: meeting.id }));
  },
  times(ctx, args) {
    const { meeting, forum } = meetingArg(ctx, args.words[1], "usage.minutes");
    const range = parseTimeRange(args.words[2] ?? "");
    if (!range.ok || !range.end) throw new UserError("calendar.error.badTime", { value: args.words[2] ?? "" });
    const date = DateTime.fromMillis(meeting.startsAt, { zone: meeting.zone }).toISODate()!;
    const span = spanOf(date, range.start, range.end, forum, meeting.zone);
    setMeetingTimes(ctx, meeting, forum, span.startsAt, span.endsAt);
    return textReply(ctx.t("record.minutes.timesSet", { meeting: meeting.id }));
  },
  notice(ctx, args) {
    const { meeting, forum } = meetingArg(ctx, args.words[1], "usage.minutes");
    const { date } = readDate(ctx, args.words.slice(2));
    setPublicNotice(ctx, meeting, forum, date);
    return textReply(ctx.t("record.minutes.noticeSet", { meeting: meeting.id }));
  },
  async extract(ctx, args) {
    const { meeting, forum } = meetingArg(ctx, args.words[1], "usage.minutes");
    const ref = parseSectionRef(args.words[2] ?? "");
    if (!ref) throw new UserError("decision.badRef", { value: args.words[2] ?? "" });
    const party = resolveParty(ctx.db, ctx.region.id, args.rest(3));
    const doc = buildExtract(ctx.db, meeting, forum, ref.section, party, ctx.locale, ctx.now);
    const files = await minutesFiles(doc, `extract-${meeting.id}-${ref.section}-${party.id}`, (f) =>
      extractUrl(ctx.config.publicUrl, meeting, ref.section, party.id, f, ctx.locale),
    );
    const label = doc.sections[0]!.label;
    return reply([{ kind: "text", text: ctx.t("minutes.extractReady", { label, party: localized(party.names, ctx.locale) }) }], { attachments: files });
  },
};
