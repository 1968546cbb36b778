/**
 * The home view as a neutral Reply (Slack shows it in the App Home tab): the person's next meetings, the agendas
 * still open for proposals, their pending duties, and buttons to subscribe. Sections are a table so a feature can
 * add its own; a section that fails is logged and left out, never blanking the whole view.
 */
import { reply, type Block, type Reply } from "../../conversation/reply.js";
import { formatDateTime, formatSpan } from "../../i18n/format.js";
import { localized } from "../../i18n/locale.js";
import { dutiesAtRiskToRun } from "../../services/duties.js";
import { agendaDeadlineOf } from "../../services/agenda-deadline.js";
import type { PersonRow } from "../../services/people.js";
import { upcomingInMemberForums } from "../../services/upcoming-meetings.js";
import { dutyLine } from "../calendar/duty-text.js";
import type { Context } from "../context.js";

/** A known person's context (sections run only for linked people). */
export type HomeContext = Context & { person: PersonRow };
export type HomeSection = (ctx: HomeContext) => Block[];

const NEXT_MEETINGS = 5;
const LOOKAHEAD_MS = 400 * 24 * 60 * 60_000;

function upcoming(ctx: HomeContext) {
  return upcomingInMemberForums(ctx, LOOKAHEAD_MS);
}

export const nextMeetingsSection: HomeSection = (ctx) => {
  const next = upcoming(ctx).slice(0, NEXT_MEETINGS);
  return [
    { kind: "heading", text: ctx.t("home.meetings") },
    next.length === 0
      ? { kind: "text", text: ctx.t("home.noMeetings") }
      : {
          kind: "list",
          items: next.map(({ meeting, forum }) =>
            ctx.t("home.meeting", {
              id: meeting.id,
              forum: localized(forum.names, ctx.locale),
              when: formatSpan(meeting.startsAt, meeting.endsAt, ctx.locale, ctx.zone),
            }),
          ),
        },
  ];
};

export const agendaCallsSection: HomeSection = (ctx) => {
  const open = upcoming(ctx)
    .map((m) => ({ ...m, deadline: agendaDeadlineOf(m.meeting, m.forum) }))
    .filter((m) => m.deadline > ctx.now);
  return [
    { kind: "heading", text: ctx.t("home.agendaCalls") },
    open.length === 0
      ? { kind: "text", text: ctx.t("home.noAgendaCalls") }
      : {
          kind: "list",
          items: open.map(({ meeting, forum, deadline }) =>
            ctx.t("home.agendaCall", { id: meeting.id, forum: localized(forum.names, ctx.locale), deadline: formatDateTime(deadline, ctx.locale, ctx.zone) }),
          ),
        },
  ];
};

/** Duties at risk in the forums the person runs (secretary, convener), or in every forum for the admin. */
export const dutiesSection: HomeSection = (ctx) => {
  const duties = dutiesAtRiskToRun(ctx, ctx.region.id);
  if (duties.length === 0) return [];
  return [
    { kind: "heading", text: ctx.t("home.duties") },
    { kind: "list", items: duties.map((d) => dutyLine(d, ctx.t, ctx.locale)) },
  ];
};

export const subscribeSection: HomeSection = (ctx) => [
  { kind: "divider" },
  {
    kind: "actions",
    actions: [
      { kind: "button", label: ctx.t("home.subscribe"), command: "subscribe mine", style: "primary" },
      { kind: "button", label: ctx.t("home.help"), command: "help" },
    ],
  },
];

/** The sections in order; a feature adds its own here. */
export const HOME_SECTIONS: HomeSection[] = [nextMeetingsSection, agendaCallsSection, dutiesSection, subscribeSection];

export function homeReply(ctx: Context, sections: HomeSection[] = HOME_SECTIONS): Reply {
  const person = ctx.person;
  if (!person) {
    return reply([
      { kind: "heading", text: ctx.t("home.titleUnknown") },
      { kind: "text", text: ctx.t("home.notLinked") },
      { kind: "text", text: ctx.t("error.notLinked") },
      { kind: "actions", actions: [{ kind: "button", label: ctx.t("home.help"), command: "help" }] },
    ]);
  }
  const blocks: Block[] = [
    { kind: "heading", text: ctx.t("home.title", { name: person.name }) },
    { kind: "text", text: ctx.t("home.intro") },
  ];
  for (const section of sections) {
    try {
      blocks.push(...section({ ...ctx, person }));
    } catch (error) {
      ctx.log.error({ err: error, section: section.name }, "home section failed");
    }
  }
  return reply(blocks);
}
