/**
 * The forms of the agenda as shown: proposing an item with all its fields, and asking the reason of a rejection.
 * Their submissions are handled in form.ts.
 */
import { AGENDA_DESCRIPTION_MAX, AGENDA_TITLE_MAX } from "../../../db/schema/index.js";
import type { Field, Form, FormValues } from "../../conversation/form.js";
import { reply, type Reply } from "../../conversation/reply.js";
import { localized } from "../../i18n/locale.js";
import { regionGoals } from "../../services/agenda/goals.js";
import { defaultPartyOf, requireMayProposeAgenda } from "../../services/agenda/propose.js";
import type { MeetingRow } from "../../services/meetings.js";
import type { ForumRow } from "../../services/forums.js";
import { listParties } from "../../services/parties.js";
import type { Context } from "../context.js";

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

export function addFormOf(ctx: Context, meeting: MeetingRow, forum: ForumRow, values?: FormValues, errors?: Record<string, string>): Form {
  return {
    id: ADD_FORM_ID,
    title: ctx.t("agenda.form.title", { meeting: meeting.id }),
    shortTitle: ctx.t("agenda.form.shortTitle", { meeting: meeting.id }),
    submitLabel: ctx.t("agenda.form.submit"),
    fields: addFields(ctx, forum, values),
    context: { meeting: meeting.id },
    ...(errors ? { errors } : {}),
  };
}

export function addForm(ctx: Context, meeting: MeetingRow, forum: ForumRow): Reply {
  requireMayProposeAgenda(ctx, forum);
  return reply([], { form: addFormOf(ctx, meeting, forum), summary: ctx.t("agenda.form.title", { meeting: meeting.id }) });
}

export function listValue(value: string | string[] | undefined): string[] {
  const list = Array.isArray(value) ? value : (value ?? "").split(",");
  return list.map((v) => v.trim()).filter(Boolean);
}

export function rejectFormOf(ctx: Context, meetingId: string, number: number, errors?: Record<string, string>): Form {
  return {
    id: REJECT_FORM_ID,
    title: ctx.t("agenda.form.rejectTitle", { meeting: meetingId, number }),
    shortTitle: ctx.t("agenda.form.rejectShortTitle", { meeting: meetingId, number }),
    submitLabel: ctx.t("agenda.form.rejectSubmit"),
    fields: [{ kind: "longText", name: "reason", label: ctx.t("agenda.form.reasonLabel"), required: true, maxLength: AGENDA_DESCRIPTION_MAX }],
    // The proposal number (`#N`): a plain N would be the item's place on the agenda.
    context: { meeting: meetingId, item: `#${number}` },
    ...(errors ? { errors } : {}),
  };
}

/** Asks for the reason of a rejection (the command came without one). */
export function rejectForm(ctx: Context, meetingId: string, number: number): Reply {
  return reply([{ kind: "text", text: ctx.t("agenda.form.reasonNeeded", { number }) }], { form: rejectFormOf(ctx, meetingId, number) });
}
