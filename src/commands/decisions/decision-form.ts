/**
 * The decision form (Slack modal, Teams card, console prompts): agenda item, proposal, decision, goals
 * (multi-select), preparers, follow-up measures, each party's diary number and the earlier processing.
 * Submitting validates every field and answers with field errors, or records the decision like the command.
 */
import type { Field, Form, FormResult, FormValues } from "../../conversation/form.js";
import { reply, type Reply } from "../../conversation/reply.js";
import { isUserError } from "../../errors.js";
import { localized } from "../../i18n/locale.js";
import { publishedAgenda } from "../../services/agenda/published.js";
import { prepareDecision, type TypedMeasure } from "../../services/decisions/prepare.js";
import { requireMayRecordDecisions } from "../../services/decisions/record.js";
import { listGoals } from "../../services/goals/queries.js";
import { findMeeting } from "../../services/meetings.js";
import type { FormSpec } from "../command.js";
import type { Context } from "../context.js";
import { announcedReply } from "./announce.js";
import { recordAndAnnounceDecision } from "../../services/decisions/announce.js";
import { meetingArg } from "./meeting-arg.js";

export const DECISION_FORM_ID = "decision";

export function buildDecisionForm(ctx: Context, meetingId?: string, values: FormValues = {}, errors?: Record<string, string>): Form {
  const meeting = meetingId ? findMeeting(ctx.db, meetingId) : undefined;
  const agenda = meeting ? publishedAgenda(ctx.db, meeting.id, ctx.locale) : undefined;
  const str = (name: string) => {
    const v = values[name];
    return Array.isArray(v) ? v.join(",") : v;
  };
  const field = (f: Field): Field => {
    const value = str(f.name) ?? f.value;
    return value === undefined ? f : { ...f, value };
  };
  const itemField: Field = agenda
    ? {
        kind: "select",
        name: "item",
        label: ctx.t("decision.form.item"),
        required: true,
        options: [
          ...agenda.items.map((i) => ({ value: String(i.number), label: `${i.number}. ${i.title}` })),
          { value: "-", label: ctx.t("decision.otherMatters") },
        ],
      }
    : { kind: "text", name: "item", label: ctx.t("decision.form.itemNumber"), required: true, value: "-" };
  const all: Field[] = [
    ...(meeting ? [] : [{ kind: "text", name: "meeting", label: ctx.t("decision.form.meeting"), required: true } as Field]),
    itemField,
    { kind: "text", name: "title", label: ctx.t("decision.form.title2"), maxLength: 200 },
    { kind: "longText", name: "proposal", label: ctx.t("decision.form.proposal"), maxLength: 4000 },
    { kind: "longText", name: "decision", label: ctx.t("decision.form.decision"), required: true, maxLength: 8000 },
    {
      kind: "multiSelect",
      name: "goals",
      label: ctx.t("decision.form.goals"),
      options: listGoals(ctx.db, ctx.region.id).map((g) => ({ value: g.code, label: `${g.code} ${localized(g.title, ctx.locale)}` })),
    },
    { kind: "text", name: "preparers", label: ctx.t("decision.form.preparers") },
    { kind: "longText", name: "measures", label: ctx.t("decision.form.measures"), placeholder: "Selvitys; kokkola; Maija Meikäläinen; 2027-06-30" },
    { kind: "longText", name: "diary", label: ctx.t("decision.form.diary"), placeholder: "kokkola: 1559/00.02.13/2023" },
    { kind: "text", name: "earlier", label: ctx.t("decision.form.earlier") },
  ];
  const fields = all.map(field);
  return {
    id: DECISION_FORM_ID,
    title: meeting ? `${ctx.t("decision.form.title")} — ${meeting.id}` : ctx.t("decision.form.title"),
    ...(meeting ? { shortTitle: ctx.t("decision.form.shortTitle", { meeting: meeting.id }) } : {}),
    submitLabel: ctx.t("decision.form.submit"),
    fields,
    ...(meeting ? { context: { meeting: meeting.id } } : {}),
    ...(errors ? { errors } : {}),
  };
}

/** `decision [MEETING]` without text: the form, once the use case says the person may record there (when the meeting is known). */
export function decisionForm(ctx: Context, meetingId?: string): Reply {
  if (meetingId) {
    const { meeting, forum } = meetingArg(ctx, meetingId, "usage.decision");
    requireMayRecordDecisions(ctx, meeting, forum);
  }
  const form = buildDecisionForm(ctx, meetingId);
  return reply([{ kind: "text", text: form.title }], { form });
}

function text(values: FormValues, name: string): string {
  const v = values[name];
  return (Array.isArray(v) ? v.join(",") : (v ?? "")).trim();
}

function list(values: FormValues, name: string): string[] {
  const v = values[name];
  const all = Array.isArray(v) ? v : (v ?? "").split(",");
  return all.map((s) => s.trim()).filter(Boolean);
}

function lines(values: FormValues, name: string): string[] {
  return text(values, name)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

export const decisionFormSpec: FormSpec = {
  id: DECISION_FORM_ID,
  async submit(ctx, values, context): Promise<FormResult> {
    const meetingId = context.meeting ?? text(values, "meeting");
    const errors: Record<string, string> = {};
    const again = (): FormResult => ({ ok: false, errors, form: buildDecisionForm(ctx, context.meeting, values, errors) });
    if (!meetingId) errors.meeting = ctx.t("decision.form.required");
    if (!text(values, "decision")) errors.decision = ctx.t("decision.form.required");
    if (!text(values, "item")) errors.item = ctx.t("decision.form.required");
    const measures: TypedMeasure[] = [];
    lines(values, "measures").forEach((line, i) => {
      const [what, party, contact, dueOn] = line.split(";").map((s) => s.trim());
      if (!what) errors.measures = ctx.t("decision.form.badMeasure", { line: i + 1 });
      else measures.push({ what, ...(party ? { party } : {}), ...(contact ? { contact } : {}), ...(dueOn ? { dueOn } : {}) });
    });
    const diary: { party: string; number: string }[] = [];
    lines(values, "diary").forEach((line, i) => {
      const colon = line.indexOf(":");
      if (colon <= 0 || colon === line.length - 1) errors.diary = ctx.t("decision.form.badDiary", { line: i + 1 });
      else diary.push({ party: line.slice(0, colon).trim(), number: line.slice(colon + 1).trim() });
    });
    if (Object.keys(errors).length > 0) return again();
    meetingArg(ctx, meetingId, "usage.decision");
    try {
      const earlier = text(values, "earlier");
      const input = prepareDecision(
        ctx.db,
        ctx.region,
        {
          meetingId,
          item: text(values, "item"),
          text: text(values, "decision"),
          title: text(values, "title"),
          proposal: text(values, "proposal"),
          goalCodes: list(values, "goals"),
          diary,
          preparers: list(values, "preparers"),
          measures,
          ...(earlier ? { earlier } : {}),
        },
        ctx.locale,
      );
      return { ok: true, reply: announcedReply(ctx, recordAndAnnounceDecision(ctx, input)) };
    } catch (error) {
      if (!isUserError(error)) throw error;
      const message = ctx.t(error.key, error.params);
      const key = error.key.startsWith("decision.unknownItem")
        ? "item"
        : error.key === "decision.unknownParty"
          ? diary.length > 0
            ? "diary"
            : "measures"
          : error.key === "decision.badRef" || error.key === "decision.unknownRef"
            ? "earlier"
            : error.key === "goals.unknownGoal"
              ? "goals"
              : error.key === "error.unknownMeeting"
                ? "meeting"
                : "decision";
      errors[key] = message;
      return again();
    }
  },
};
