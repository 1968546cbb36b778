/**
 * Forms of the agenda: proposing an item with all its fields (`agenda add <MEETING>` alone), and the reason for a
 * rejection (`agenda reject <MEETING> <item>` without a reason, e.g. from a button).
 */
import { AGENDA_DESCRIPTION_MAX, AGENDA_TITLE_MAX } from "../../../db/schema/index.js";
import type { Field, Form, FormResult, FormValues } from "../../conversation/form.js";
import { reply, type Reply } from "../../conversation/reply.js";
import { localized } from "../../i18n/locale.js";
import { regionGoals } from "../../services/agenda/goals.js";
import { requireItem } from "../../services/agenda/items.js";
import { defaultPartyOf } from "../../services/agenda/propose.js";
import { requireCapability } from "../../services/access.js";
import { requireMeeting, type MeetingRow } from "../../services/meetings.js";
import { forumById, type ForumRow } from "../../services/forums.js";
import { listParties } from "../../services/parties.js";
import type { FormSpec } from "../command.js";
import type { Context } from "../context.js";
import { proposeAndAnswer } from "./propose.js";
import { rejectAndAnswer } from "./shape.js";

export const ADD_FORM_ID = "agenda.add";
export const REJECT_FORM_ID = "agenda.reject";

function addFields(ctx: Context, forum: ForumRow, values: FormValues = {}): Field[] {
  const str = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const goals = listValue(values.goals);
  return [
    { kind: "text", name: "title", label: ctx.t("agenda.form.titleLabel"), required: true, maxLength: AGENDA_TITLE_MAX, value: str("title") },
    { kind: "longText", name: "description", label: ctx.t("agenda.form.descriptionLabel"), maxLength: AGENDA_DESCRIPTION_MAX, value: str("description") },
    {
      kind: "select",
      name: "party",
      label: ctx.t("agenda.form.partyLabel"),
      options: listParties(ctx.db, ctx.region.id).map((p) => ({ value: p.id, label: localized(p.names, ctx.locale) })),
      value: str("party") ?? defaultPartyOf(ctx, forum) ?? undefined,
    },
    {
      kind: "multiSelect",
      name: "goals",
      label: ctx.t("agenda.form.goalsLabel"),
      options: regionGoals(ctx.db, ctx.region.id).map((g) => ({ value: g.code, label: `${g.code} ${localized(g.title, ctx.locale)}` })),
      value: goals.length ? goals.join(",") : undefined,
    },
    { kind: "text", name: "preparer", label: ctx.t("agenda.form.preparerLabel"), maxLength: 200, value: str("preparer") },
    { kind: "longText", name: "attachments", label: ctx.t("agenda.form.attachmentsLabel"), maxLength: 4000, value: str("attachments") },
    { kind: "text", name: "minutes", label: ctx.t("agenda.form.minutesLabel"), maxLength: 3, value: str("minutes") },
  ]
    .filter((f) => !(f.kind === "select" || f.kind === "multiSelect") || (f.options?.length ?? 0) > 0)
    .map((f) => (f.value === undefined ? (({ value: _v, ...rest }) => rest)(f) : f)) as Field[];
}

function addFormOf(ctx: Context, meeting: MeetingRow, forum: ForumRow, values?: FormValues, errors?: Record<string, string>): Form {
  return {
    id: ADD_FORM_ID,
    title: ctx.t("agenda.form.title", { meeting: meeting.id }),
    submitLabel: ctx.t("agenda.form.submit"),
    fields: addFields(ctx, forum, values),
    context: { meeting: meeting.id },
    ...(errors ? { errors } : {}),
  };
}

export function addForm(ctx: Context, meeting: MeetingRow, forum: ForumRow): Reply {
  requireCapability(ctx, "propose_agenda", forum);
  return reply([], { form: addFormOf(ctx, meeting, forum), summary: ctx.t("agenda.form.title", { meeting: meeting.id }) });
}

function listValue(value: string | string[] | undefined): string[] {
  const list = Array.isArray(value) ? value : (value ?? "").split(",");
  return list.map((v) => v.trim()).filter(Boolean);
}

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

function rejectFormOf(ctx: Context, meetingId: string, number: number, errors?: Record<string, string>): Form {
  return {
    id: REJECT_FORM_ID,
    title: ctx.t("agenda.form.rejectTitle", { meeting: meetingId, number }),
    submitLabel: ctx.t("agenda.form.rejectSubmit"),
    fields: [{ kind: "longText", name: "reason", label: ctx.t("agenda.form.reasonLabel"), required: true, maxLength: AGENDA_DESCRIPTION_MAX }],
    context: { meeting: meetingId, item: String(number) },
    ...(errors ? { errors } : {}),
  };
}

/** Asks for the reason of a rejection (the command came without one). */
export function rejectForm(ctx: Context, meetingId: string, number: number): Reply {
  return reply([{ kind: "text", text: ctx.t("agenda.form.reasonNeeded", { number }) }], { form: rejectFormOf(ctx, meetingId, number) });
}

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
