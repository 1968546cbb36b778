/**
 * Turns what someone typed (in the command line or the form) into a decision ready to record: the meeting and its
 * forum, the agenda item (or other matters), goals, parties' diary numbers, preparers, follow-up measures and the
 * earlier processing. Every unknown name is a UserError before anything is written.
 */
import { DateTime } from "luxon";
import type { DbOrTx } from "../../../db/connection.js";
import { UserError } from "../../errors.js";
import type { Locale } from "../../i18n/locale.js";
import { findGoal, requireGoal } from "../goals/queries.js";
import { requireMeeting } from "../meetings.js";
import { forumById } from "../forums.js";
import type { RegionRow } from "../regions.js";
import { linkAgendaItem } from "./agenda-link.js";
import { sectionYearFor } from "./numbering.js";
import { isOtherMatters, titleFrom } from "./parse-line.js";
import type { MeasureInput, NewDecision } from "./record.js";
import { resolveParty, resolvePersonTyped } from "./resolve.js";
import { resolveSectionRef } from "./section-ref.js";

export interface TypedMeasure {
  what: string;
  party?: string;
  contact?: string;
  dueOn?: string;
}

export interface DecisionDraft {
  meetingId: string;
  /** Agenda item number, or "-" / "muut" / "övriga" for other matters. */
  item: string;
  text: string;
  title?: string;
  proposal?: string;
  goalCodes: string[];
  diary: { party: string; number: string }[];
  earlier?: string;
  preparers?: string[];
  measures?: TypedMeasure[];
}

export function prepareDecision(db: DbOrTx, region: RegionRow, draft: DecisionDraft, locale: Locale): NewDecision {
  const meeting = requireMeeting(db, draft.meetingId);
  const forum = forumById(db, meeting.forumId)!;
  const link = isOtherMatters(draft.item) ? undefined : linkAgendaItem(db, meeting.id, draft.item, locale);
  const tagged = draft.goalCodes.map((c) => requireGoal(db, region.id, c).id);
  const fromItem = (link?.goalCodes ?? []).flatMap((c) => findGoal(db, region.id, c)?.id ?? []);
  const earlier = draft.earlier
    ? resolveSectionRef(db, draft.earlier, { regionId: region.id, forum, year: sectionYearFor(db, region, meeting) }).id
    : undefined;
  const preparers = draft.preparers?.length ? draft.preparers : link?.preparer ? [link.preparer] : [];
  return {
    region,
    forum,
    meeting,
    ...(link ? { itemNumber: link.itemNumber, ...(link.agendaItemId ? { agendaItemId: link.agendaItemId } : {}) } : {}),
    title: draft.title?.trim() || link?.title || titleFrom(draft.text),
    ...(draft.proposal?.trim() ? { proposal: draft.proposal.trim() } : link?.proposal ? { proposal: link.proposal } : {}),
    decisionText: draft.text.trim(),
    goalIds: tagged.length > 0 ? tagged : fromItem,
    preparers: preparers.map((name) => preparerOf(db, region.id, name)),
    diary: draft.diary.map((d) => ({ partyId: resolveParty(db, region.id, d.party).id, number: d.number.trim() })),
    measures: (draft.measures ?? []).map((m) => measureOf(db, region.id, m)),
    ...(earlier ? { earlierDecisionId: earlier } : {}),
  };
}

function preparerOf(db: DbOrTx, regionId: string, typed: string): { personId?: string; name: string } {
  try {
    const person = resolvePersonTyped(db, regionId, typed);
    return { personId: person.id, name: person.name };
  } catch {
    return { name: typed.trim() };
  }
}

function measureOf(db: DbOrTx, regionId: string, m: TypedMeasure): MeasureInput {
  const out: MeasureInput = { what: m.what.trim() };
  if (m.party?.trim()) out.partyId = resolveParty(db, regionId, m.party).id;
  if (m.contact?.trim()) {
    try {
      out.contactPersonId = resolvePersonTyped(db, regionId, m.contact).id;
    } catch {
      out.contact = m.contact.trim();
    }
  }
  if (m.dueOn?.trim()) {
    const due = DateTime.fromISO(m.dueOn.trim());
    if (!due.isValid) throw new UserError("error.badArgument", { value: m.dueOn, what: "yyyy-MM-dd", usage: "yyyy-MM-dd" });
    out.dueOn = due.toISODate()!;
  }
  return out;
}
