/**
 * The minutes of a meeting as one language-resolved document model (pöytäkirja, seed 004 as the model; issue 15
 * point 6): opening and closing times, place, present, absent, deputies and others present, legality and quorum
 * from the recorded attendance, every § (title, diary numbers, preparer, background, proposal, decision,
 * follow-up, attachments), the chair's and secretary's signature lines, the inspectors with their dates, a LUONNOS
 * mark on drafts and the public-notice date. The chat reply and the Markdown, HTML and DOCX exports all render this
 * one model, so they never disagree; no text in it names a chat command.
 */
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/connection.js";
import { agendaItems, minutesInspectors, type Attendee } from "../../../db/schema/index.js";
import { t, type MessageKey } from "../../i18n/catalog.js";
import { formatDate, formatList, formatLocalDate, formatSpan, formatTime } from "../../i18n/format.js";
import { localized, type Locale } from "../../i18n/locale.js";
import type { MeetingRow } from "../meetings.js";
import { partyNames } from "../names.js";
import { findPerson } from "../people.js";
import { listMembers, type ForumRow } from "../forums.js";
import { decisionsOfMeeting, viewDecision, type DecisionView } from "../decisions/queries.js";
import { labelDecisionId, sectionLabel } from "../decisions/section-ref.js";
import { quorumOfAttendance } from "../record/quorum.js";
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
  /** The agenda item's background text (its description). */
  background?: string;
  proposal?: string;
  attachments: string[];
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
  /** "LUONNOS" until the minutes are approved. */
  draftMark?: string;
  /** Signature lines: chair and secretary, then the inspectors with their approval dates. */
  signatures: { heading: string; lines: { role: string; name: string; date?: string }[] };
  inspection: { heading: string; statement: string; lines: { role: string; name: string; date?: string }[] };
  /** An extract's certification (Otteen oikeaksi todistaa): name, title, place and date. */
  certification?: { heading: string; lines: string[] };
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
  labels: Record<
    "signatures" | "chair" | "secretary" | "inspected" | "noDecisions" | "decision" | "proposal" | "background" | "followUp" | "attachments",
    string
  >;
}

const GROUPS: { heading: MessageKey; roles: Attendee["role"][] }[] = [
  { heading: "minutes.chair", roles: ["chair"] },
  { heading: "minutes.secretary", roles: ["secretary"] },
  { heading: "minutes.members", roles: ["member"] },
  { heading: "record.doc.deputies", roles: ["deputy"] },
  { heading: "minutes.others", roles: ["expert", "other"] },
];

export function buildMinutesDocument(db: DbOrTx, meeting: MeetingRow, forum: ForumRow, locale: Locale): MinutesDoc {
  const row = findMinutes(db, meeting.id);
  const attendees = row?.attendees ?? defaultAttendees(db, forum, meeting.id);
  const nameOfParty = partyNames(db, locale);
  const partyName = (id?: string) => (id ? nameOfParty(id) : undefined);
  const personName = (id: string) => findPerson(db, id)?.name ?? id;
  const nameWith = (a: Attendee) => {
    const party = partyName(a.partyId);
    const name = a.name || t(locale, "record.doc.deputyUnnamed");
    const seat = a.forPersonId ? ` (${t(locale, "record.doc.deputyFor", { name: personName(a.forPersonId) })})` : "";
    return `${name}${seat}${party ? `, ${party}` : ""}`;
  };
  const inspectors = db.select().from(minutesInspectors).where(eq(minutesInspectors.meetingId, meeting.id)).orderBy(asc(minutesInspectors.position)).all();
  const forumName = `${localized(forum.names, locale)} (${forum.code})`;
  const state = row?.state ?? "draft";
  const time = (ms: number) => formatTime(ms, locale, meeting.zone);
  const seated = new Set(attendees.flatMap((a) => [a.personId, a.forPersonId]).filter(Boolean));
  const absent = listMembers(db, forum.id)
    .filter((m) => !seated.has(m.personId))
    .map((m) => {
      const party = partyName(m.partyId ?? m.person.partyId ?? undefined);
      return `${m.person.name}${party ? `, ${party}` : ""}`;
    });
  const chair = row?.chairId ? personName(row.chairId) : attendees.find((a) => a.role === "chair")?.name;
  const secretary = row?.secretaryId ? personName(row.secretaryId) : attendees.find((a) => a.role === "secretary")?.name;
  const facts = [
    { label: t(locale, "minutes.meeting"), value: meeting.id },
    { label: t(locale, "minutes.time"), value: formatSpan(meeting.startsAt, meeting.endsAt, locale, meeting.zone) },
    { label: t(locale, "record.doc.opened"), value: time(row?.openedAt ?? meeting.startsAt) },
    { label: t(locale, "record.doc.closed"), value: time(row?.closedAt ?? meeting.endsAt) },
    { label: t(locale, "minutes.place"), value: meeting.place ?? forum.defaultPlace ?? meeting.onlineUrl ?? "—" },
    { label: t(locale, "minutes.state"), value: t(locale, `minutes.state.${state}`) },
  ];
  if (row?.publicNoticeOn) facts.push({ label: t(locale, "record.doc.publicNotice"), value: formatLocalDate(row.publicNoticeOn, locale) });
  const groups = GROUPS.map((g) => ({ heading: t(locale, g.heading), names: attendees.filter((a) => g.roles.includes(a.role)).map(nameWith) }));
  groups.push({ heading: t(locale, "record.doc.absent"), names: absent });
  return {
    locale,
    title: t(locale, "minutes.title", { forum: forumName, date: formatDate(meeting.startsAt, locale, meeting.zone) }),
    ...(state !== "approved" ? { draftMark: t(locale, "record.doc.draft") } : {}),
    meetingId: meeting.id,
    state: t(locale, `minutes.state.${state}`),
    facts,
    attendees: groups.filter((g) => g.names.length > 0),
    legalityHeading: t(locale, "minutes.legality"),
    legality: row?.legalityNote ?? quorumNote(db, forum, row, attendees, locale),
    inspectorsHeading: t(locale, "minutes.inspectors"),
    inspectors:
      inspectors.length === 0
        ? [t(locale, "record.doc.noInspectorsYet")]
        : inspectors.map((i) => {
            const name = personName(i.personId);
            return i.approvedAt
              ? t(locale, "minutes.inspectorApproved", { name, date: formatDate(i.approvedAt, locale, meeting.zone) })
              : t(locale, "minutes.inspectorPending", { name });
          }),
    itemsHeading: t(locale, "minutes.items"),
    sections: decisionsOfMeeting(db, meeting.id).map((d) => sectionDoc(db, viewDecision(db, d), locale)),
    signatures: {
      heading: t(locale, "minutes.signatures"),
      lines: [
        { role: t(locale, "minutes.chair"), name: chair ?? "" },
        { role: t(locale, "minutes.secretary"), name: secretary ?? "" },
      ],
    },
    inspection: {
      heading: t(locale, "minutes.inspected"),
      statement: t(locale, "record.doc.inspectionStatement"),
      lines: inspectors.map((i) => ({
        role: t(locale, "record.doc.inspector"),
        name: personName(i.personId),
        ...(i.approvedAt ? { date: formatDate(i.approvedAt, locale, meeting.zone) } : {}),
      })),
    },
    labels: {
      signatures: t(locale, "minutes.signatures"),
      chair: t(locale, "minutes.chair"),
      secretary: t(locale, "minutes.secretary"),
      inspected: t(locale, "minutes.inspected"),
      noDecisions: t(locale, "minutes.noDecisions"),
      decision: t(locale, "decision.decision"),
      proposal: t(locale, "decision.proposal"),
      background: t(locale, "record.doc.background"),
      followUp: t(locale, "record.doc.followUp"),
      attachments: t(locale, "record.doc.attachments"),
    },
  };
}

/** Legality and quorum from the recorded attendance; until it is recorded, the minutes say so (never assumed). */
function quorumNote(db: DbOrTx, forum: ForumRow, row: ReturnType<typeof findMinutes>, attendees: Attendee[], locale: Locale): string {
  if (!row?.attendanceRecordedAt) return t(locale, "record.quorum.notRecorded");
  const q = quorumOfAttendance(db, forum, attendees);
  return t(locale, q.met ? "record.quorum.met" : "record.quorum.notMet", { present: q.present, members: q.members, needed: q.needed });
}

export function sectionDoc(db: DbOrTx, view: DecisionView, locale: Locale): SectionDoc {
  const { decision: d, forum, meeting } = view;
  const item = d.agendaItemId
    ? db
        .select({ description: agendaItems.description, attachments: agendaItems.attachments })
        .from(agendaItems)
        .where(eq(agendaItems.id, d.agendaItemId))
        .get()
    : undefined;
  const facts: { label: string; value: string }[] = [];
  const partyName = partyNames(db, locale);
  if (view.preparers.length > 0)
    facts.push({
      label: t(locale, "decision.preparers"),
      value: formatList(
        view.preparers.map((p) => p.name),
        locale,
      ),
    });
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
    ...(item?.description ? { background: item.description } : {}),
    ...(d.proposal ? { proposal: d.proposal } : {}),
    attachments: item?.attachments ?? [],
    decision: d.decisionText,
    measures: view.measures.map((m) => {
      const who =
        [m.partyId ? partyName(m.partyId) : undefined, m.contactPersonId ? findPerson(db, m.contactPersonId)?.name : (m.contact ?? undefined)]
          .filter(Boolean)
          .join(", ") || "—";
      return m.dueOn
        ? t(locale, "decision.measureLine", { what: m.what, who, due: formatDate(Date.parse(`${m.dueOn}T12:00:00Z`), locale, "UTC") })
        : t(locale, "decision.measureNoDue", { what: m.what, who });
    }),
    view,
  };
}
