/**
 * `schedule <FORUM> <date> <start>[-<end>] [place or online link] [!]`; with the date or time missing, a form.
 * A meeting with warnings is stored only when confirmed (` !` or the button). Permissions and the lifecycle are
 * checked by the use case (src/services/scheduling.ts).
 */
import { DateTime } from "luxon";
import type { Form, FormResult, FormValues } from "../../conversation/form.js";
import { reply } from "../../conversation/reply.js";
import { parseDateWords } from "../../domain/date-input.js";
import { formatClockTime, parseClockTime, type ClockTime } from "../../domain/time-input.js";
import { isUserError } from "../../errors.js";
import { requireForum, type ForumRow } from "../../services/forums.js";
import { placeAndLink, requireMaySchedule, scheduleMeeting, spanOf } from "../../services/scheduling.js";
import type { CommandSpec, FormSpec } from "../command.js";
import type { Context } from "../context.js";
import { announce } from "./announce.js";
import { confirmReply, readConfirmation } from "./confirm.js";
import { forumArg } from "./forum-arg.js";
import { readWhen, todayOf } from "./when-args.js";

export const SCHEDULE_FORM_ID = "calendar.schedule";

export function scheduleForm(ctx: Context, forum: ForumRow, values: Record<string, string> = {}, errors?: Record<string, string>): Form {
  return {
    id: SCHEDULE_FORM_ID,
    title: ctx.t("calendar.form.title", { code: forum.code }),
    shortTitle: ctx.t("calendar.form.shortTitle", { code: forum.code }),
    submitLabel: ctx.t("calendar.form.submit"),
    context: { forum: forum.code },
    errors,
    fields: [
      { kind: "date", name: "date", label: ctx.t("calendar.form.date"), required: true, value: values.date },
      { kind: "time", name: "start", label: ctx.t("calendar.form.start"), required: true, value: values.start ?? "13:00" },
      { kind: "time", name: "end", label: ctx.t("calendar.form.end"), value: values.end },
      { kind: "text", name: "place", label: ctx.t("calendar.form.place"), value: values.place ?? forum.defaultPlace ?? undefined, maxLength: 300 },
    ],
  };
}

interface Typed {
  date: string;
  start: ClockTime;
  end: ClockTime | undefined;
  where: string;
}

/** The text command that means the same as a form's values (the confirm button runs it with ` !`). */
function commandFor(forum: ForumRow, typed: Typed): string {
  const date = DateTime.fromISO(typed.date).toFormat("d.M.yyyy");
  const time = `${formatClockTime(typed.start).replace(":", ".")}${typed.end ? `-${formatClockTime(typed.end).replace(":", ".")}` : ""}`;
  return ["schedule", forum.code, date, time, typed.where].filter(Boolean).join(" ");
}

async function schedule(ctx: Context, forum: ForumRow, typed: Typed, confirmed: boolean, command: string) {
  const span = spanOf(typed.date, typed.start, typed.end, forum, ctx.zone);
  const result = scheduleMeeting(ctx, { forum, ...span, ...placeAndLink(typed.where) }, { confirmed });
  if (result.kind === "confirm") return confirmReply(ctx, command, result.warnings);
  return announce(ctx, { titleKey: "calendar.scheduled", meeting: result.meeting, forum, warnings: result.warnings, method: "REQUEST" });
}

export const scheduleCommand: CommandSpec = {
  name: "schedule",
  aliases: { fi: ["ajoita", "kokoonkutsu"], sv: ["boka", "planera"] },
  summary: "calendar.cmd.schedule",
  usage: "calendar.usage.schedule",
  async run(ctx, typedArgs) {
    const { confirmed, args } = readConfirmation(typedArgs);
    const { forum, consumed } = forumArg(ctx, args.words, "calendar.usage.schedule");
    const when = readWhen(ctx, args.words.slice(consumed));
    if (!when) {
      requireMaySchedule(ctx, forum);
      return reply([{ kind: "text", text: ctx.t("calendar.form.intro") }], { form: scheduleForm(ctx, forum) });
    }
    const typed = { date: when.date, start: when.start, end: when.end, where: args.rest(consumed + when.consumed) };
    return schedule(ctx, forum, typed, confirmed, `schedule ${args.text}`);
  },
};

const str = (v: FormValues[string]) => (Array.isArray(v) ? v.join(" ") : (v ?? "")).trim();

export const scheduleFormSpec: FormSpec = {
  id: SCHEDULE_FORM_ID,
  async submit(ctx, values, context): Promise<FormResult> {
    const forum = requireForum(ctx.db, ctx.region.id, context.forum ?? "");
    const raw = { date: str(values.date), start: str(values.start), end: str(values.end), place: str(values.place) };
    const errors: Record<string, string> = {};
    const date = raw.date ? parseDateWords(raw.date.split(/\s+/), todayOf(ctx)) : undefined;
    if (!date) errors.date = ctx.t("calendar.form.required");
    else if (!date.ok) errors.date = ctx.t("calendar.error.invalidDate", { value: raw.date });
    const start = parseClockTime(raw.start);
    if (!start) errors.start = raw.start ? ctx.t("calendar.error.badTime", { value: raw.start }) : ctx.t("calendar.form.required");
    const end = raw.end ? parseClockTime(raw.end) : undefined;
    if (raw.end && !end) errors.end = ctx.t("calendar.error.badTime", { value: raw.end });
    if (Object.keys(errors).length > 0 || !date?.ok || !start) return { ok: false, errors, form: scheduleForm(ctx, forum, raw, errors) };
    const typed = { date: date.date, start, end, where: raw.place };
    try {
      return { ok: true, reply: await schedule(ctx, forum, typed, false, commandFor(forum, typed)) };
    } catch (error) {
      if (!isUserError(error) || !error.key.startsWith("calendar.error.")) throw error;
      const field = error.key === "calendar.error.endBeforeStart" ? "end" : "date";
      const message = ctx.t(error.key, error.params);
      return { ok: false, errors: { [field]: message }, form: scheduleForm(ctx, forum, raw, { [field]: message }) };
    }
  },
};
