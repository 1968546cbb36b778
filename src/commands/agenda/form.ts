/**
 * Submissions of the agenda's forms: a proposed item with all its fields (`agenda add <MEETING>` alone), and the
 * reason for a rejection (`agenda reject <MEETING> <item>` without a reason, e.g. from a button).
 */
import { AGENDA_DESCRIPTION_MAX, AGENDA_TITLE_MAX } from "../../../db/schema/index.js";
import type { FormResult, FormValues } from "../../conversation/form.js";
import { requireItem } from "../../services/agenda/items.js";
import { requireMeeting } from "../../services/meetings.js";
import { forumById } from "../../services/forums.js";
import type { FormSpec } from "../command.js";
import { ADD_FORM_ID, addFormOf, listValue, REJECT_FORM_ID, rejectFormOf } from "./form-shapes.js";
import { proposeAndAnswer } from "./propose.js";
import { rejectAndAnswer } from "./shape.js";

function text(values: FormValues, name: string): string {
  const value = values[name];
  return (Array.isArray(value) ? value.join(",") : (value ?? "")).trim();
}

export const agendaAddForm: FormSpec = {
  id: ADD_FORM_ID,
  async submit(ctx, values, context): Promise<FormResult> {
    const meeting = requireMeeting(ctx.db, context.meeting ?? "");
    const forum = forumById(ctx.db, meeting.forumId)!;
    const errors: Record<string, string> = {};
    const title = text(values, "title");
    const description = text(values, "description");
    if (!title) errors.title = ctx.t("agenda.form.required");
    else if (title.length > AGENDA_TITLE_MAX)
      errors.title = ctx.t("error.tooLong", { what: ctx.t("agenda.field.title"), length: title.length, max: AGENDA_TITLE_MAX });
    if (description.length > AGENDA_DESCRIPTION_MAX)
      errors.description = ctx.t("error.tooLong", { what: ctx.t("agenda.field.description"), length: description.length, max: AGENDA_DESCRIPTION_MAX });
    const minutesText = text(values, "minutes");
    const minutes = minutesText ? Number(minutesText) : undefined;
    if (minutes !== undefined && !(Number.isInteger(minutes) && minutes >= 1 && minutes <= 600)) errors.minutes = ctx.t("agenda.form.badMinutes");
    const attachments = text(values, "attachments")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (attachments.some((a) => !/^https?:\/\/\S+$/i.test(a))) errors.attachments = ctx.t("agenda.form.badLink");
    if (Object.keys(errors).length > 0) return { ok: false, errors, form: addFormOf(ctx, meeting, forum, values, errors) };
    const result = await proposeAndAnswer(ctx, meeting, forum, {
      title,
      ...(description ? { description } : {}),
      ...(text(values, "party") ? { partyId: text(values, "party") } : {}),
      goalCodes: listValue(values.goals),
      ...(text(values, "preparer") ? { preparer: text(values, "preparer") } : {}),
      attachments,
      ...(minutes !== undefined ? { estimatedMinutes: minutes } : {}),
    });
    return { ok: true, reply: result };
  },
};

export const agendaRejectForm: FormSpec = {
  id: REJECT_FORM_ID,
  async submit(ctx, values, context): Promise<FormResult> {
    const meeting = requireMeeting(ctx.db, context.meeting ?? "");
    const forum = forumById(ctx.db, meeting.forumId)!;
    const item = requireItem(ctx.db, meeting.id, context.item);
    const reason = text(values, "reason");
    if (!reason)
      return {
        ok: false,
        errors: { reason: ctx.t("agenda.form.required") },
        form: rejectFormOf(ctx, meeting.id, item.number, { reason: ctx.t("agenda.form.required") }),
      };
    return { ok: true, reply: await rejectAndAnswer(ctx, meeting, forum, item, reason) };
  },
};
