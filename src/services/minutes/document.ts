/**
 * The minutes of a meeting as one language-resolved document model (pöytäkirja: meeting facts, attendees by role,
 * legality and quorum, inspectors, every § with its decision). The chat reply and the Markdown, HTML and DOCX
 * exports all render this one model, so they never disagree.
 */
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/connection.js";
import { minutesInspectors, type Attendee } from "../../../db/schema/index.js";
import { t } from "../../i18n/catalog.js";
import { formatDate, formatSpan } from "../../i18n/format.js";
import { localized, type Locale } from "../../i18n/locale.js";
import type { MeetingRow } from "../meetings.js";
import { partyNames } from "../names.js";
import { findPerson, listMembers, type ForumRow } from "../region.js";
import { decisionsOfMeeting, viewDecision, type DecisionView } from "../decisions/queries.js";
import { labelDecisionId, sectionLabel } from "../decisions/section-ref.js";
import { defaultAttendees, findMinutes } from "./open.js";

export interface SectionDoc {
  id: number;
  section: number;
  label: string;
  heading: string;
  /** "Agenda item 4" / "Other matters". */
  item: string;
  facts: { label: string; value: string }[];
  /** The label of the decision this one amends. */
  amends?: string;
  proposal?: string;
  decision: string;
  measures: string[];
  view: DecisionView;
}

export interface MinutesDoc {
  locale: Locale;
  title: string;
  /** Extracts: who it is for, and the certification line. */
  subtitle?: string;
  footer?: string;
  meetingId: string;
  state: string;
  facts: { label: string; value: string }[];
  attendees: { heading: string; names: string[] }[];
  legalityHeading: string;
  legality: string;
  inspectorsHeading: string;
  inspectors: string[];
  itemsHeading: string;
  sections: SectionDoc[];
  labels: Record<"signatures" | "chair" | "secretary" | "inspected" | "noDecisions" | "decision" | "proposal", string>;
}

const GROUPS: { heading: "minutes.chair" | "minutes.secretary" | "minutes.members" | "minutes.others"; roles: Attendee["role"][] }[] = [
  { heading: "minutes.chair", roles: ["chair"] },
  { heading: "minutes.secretary", roles: ["secretary"] },
  { heading: "minutes.members", roles: ["member", "deputy"] },
  { heading: "minutes.others", roles: ["expert", "other"] },
];

export function buildMinutesDocument(db: DbOrTx, meeting: MeetingRow, forum: ForumRow, locale: Locale): MinutesDoc {
  const row = findMinutes(db, meeting.id);
  const attendees = row?.attendees ?? defaultAttendees(db, forum);
  const nameOfParty = partyNames(db, locale);
  const partyName = (id?: string) => (id ? nameOfParty(id) : undefined);
  const nameWith = (a: Attendee) => {
    const party = partyName(a.partyId);
    const role = a.role === "deputy" ? ` (${t(locale, "minutes.role.deputy")})` : "";
    return `${a.name}${role}${party ? `, ${party}` : ""}`;
  };
  const inspectors = db.select().from(minutesInspectors).where(eq(minutesInspectors.meetingId, meeting.id)).orderBy(asc(minutesInspectors.position)).all();
  const forumName = `${localized(forum.names, locale)} (${forum.code})`;
  return {
    locale,
    title: t(locale, "minutes.title", { forum: forumName, date: formatDate(meeting.startsAt, locale, meeting.zone) }),
    meetingId: meeting.id,
    state: t(locale, `minutes.state.${row?.state ?? "draft"}`),
    facts: [
      { label: t(locale, "minutes.meeting"), value: meeting.id },
      { label: t(locale, "minutes.time"), value: formatSpan(meeting.startsAt, meeting.endsAt, locale, meeting.zone) },
      { label: t(locale, "minutes.place"), value: meeting.place ?? forum.defaultPlace ?? meeting.onlineUrl ?? "—" },
      { label: t(locale, "minutes.state"), value: t(locale, `minutes.state.${row?.state ?? "draft"}`) },
    ],
    attendees: GROUPS.map((g) => ({ heading: t(locale, g.heading), names: attendees.filter((a) => g.roles.includes(a.role)).map(nameWith) })).filter((g) => g.names.length > 0),
    legalityHeading: t(locale, "minutes.legality"),
    legality: row?.legalityNote ?? quorumNote(db, forum, attendees, locale),
    inspectorsHeading: t(locale, "minutes.inspectors"),
    inspectors:
      inspectors.length === 0
        ? [t(locale, "minutes.noInspectorsYet")]
        : inspectors.map((i) => {
            const name = findPerson(db, i.personId)?.name ?? i.personId;
            return i.approvedAt ? t(locale, "minutes.inspectorApproved", { name, date: formatDate(i.approvedAt, locale, meeting.zone) }) : t(locale, "minutes.inspectorPending", { name });
          }),
    itemsHeading: t(locale, "minutes.items"),
    sections: decisionsOfMeeting(db, meeting.id).map((d) => sectionDoc(db, viewDecision(db, d), locale)),
    labels: {
      signatures: t(locale, "minutes.signatures"),
      chair: t(locale, "minutes.chair"),
      secretary: t(locale, "minutes.secretary"),
      inspected: t(locale, "minutes.inspected"),
      noDecisions: t(locale, "minutes.noDecisions"),
      decision: t(locale, "decision.decision"),
      proposal: t(locale, "decision.proposal"),
    },
  };
}

/** Quorum: more than half of the forum's voting members (chair, vice chair, members) present. */
function quorumNote(db: DbOrTx, forum: ForumRow, attendees: Attendee[], locale: Locale): string {
  const voting = listMembers(db, forum.id).filter((m) => ["chair", "vice_chair", "member"].includes(m.role));
  const present = voting.filter((m) => attendees.some((a) => a.personId === m.personId)).length;
  const params = { present, members: voting.length };
  return present * 2 > voting.length ? t(locale, "minutes.legalityDefault", params) : t(locale, "minutes.noQuorum", params);
}

export function sectionDoc(db: DbOrTx, view: DecisionView, locale: Locale): SectionDoc {
  const { decision: d, forum, meeting } = view;
  const facts: { label: string; value: string }[] = [];
  const partyName = partyNames(db, locale);
  if (view.preparers.length > 0) facts.push({ label: t(locale, "decision.preparers"), value: view.preparers.map((p) => p.name).join(", ") });
  if (view.goalCodes.length > 0) facts.push({ label: t(locale, "decision.goals"), value: view.goalCodes.join(", ") });
  if (view.diary.length > 0) {
    const diary = view.diary.map((x) => `${partyName(x.partyId)} ${x.number}`);
    facts.push({ label: t(locale, "decision.diary"), value: diary.join("; ") });
  }
  const earlier = labelDecisionId(db, d.earlierDecisionId, locale);
  if (earlier) facts.push({ label: t(locale, "decision.earlier"), value: earlier });
  const amends = labelDecisionId(db, d.amendmentOfId, locale);
  if (amends) facts.push({ label: t(locale, "decision.amends"), value: amends });
  facts.push({ label: t(locale, "decision.status"), value: t(locale, `decision.status.${d.status}`) });
  return {
    id: d.id,
    section: d.section,
    label: sectionLabel(forum.code, meeting.startsAt, meeting.zone, d.section, locale),
    heading: `§ ${d.section} ${d.title}`,
    item: d.itemNumber ? `${t(locale, "decision.item")} ${d.itemNumber}` : t(locale, "decision.otherMatters"),
    facts,
    ...(amends ? { amends } : {}),
    ...(d.proposal ? { proposal: d.proposal } : {}),
    decision: d.decisionText,
    measures: view.measures.map((m) => {
      const who = [m.partyId ? partyName(m.partyId) : undefined, m.contactPersonId ? findPerson(db, m.contactPersonId)?.name : m.contact ?? undefined]
        .filter(Boolean)
        .join(", ") || "—";
      return m.dueOn
        ? t(locale, "decision.measureLine", { what: m.what, who, due: formatDate(Date.parse(`${m.dueOn}T12:00:00Z`), locale, "UTC") })
        : t(locale, "decision.measureNoDue", { what: m.what, who });
    }),
    view,
  };
}
