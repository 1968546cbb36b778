/**
 * Records a decision: the next § of its forum (allocated inside a BEGIN IMMEDIATE transaction; the unique index on
 * forum + numbering year + § is the last guard), its goals, preparers, each party's diary number and follow-up
 * measures, with one audit row. Only the forum's secretary, convener or an admin may record, and only once the
 * meeting has started and until its minutes are approved (src/domain/meeting-lifecycle.ts). The §§ of the year are
 * then put in agenda order (renumber.ts).
 */
import { eq } from "drizzle-orm";
import type { Tx } from "../../../db/connection.js";
import { decisionDiaryNumbers, decisionGoals, decisionMeasures, decisionPreparers, decisions, minutes } from "../../../db/schema/index.js";
import { UserError } from "../../errors.js";
import { requireCapability } from "../access.js";
import type { MeetingRow } from "../meetings.js";
import { requireRecordable } from "../record/lifecycle.js";
import { requireFits } from "../text-limits.js";
import { actorOf, type UseCase } from "../use-case.js";
import type { ForumRow } from "../forums.js";
import type { RegionRow } from "../regions.js";
import { nextSection, sectionYearFor } from "./numbering.js";
import { renumberInAgendaOrder } from "./renumber.js";
import { immediateChange } from "./write.js";

export type DecisionRow = typeof decisions.$inferSelect;

export interface PreparerInput {
  personId?: string;
  name: string;
}
export interface DiaryInput {
  partyId: string;
  number: string;
}
export interface MeasureInput {
  what: string;
  partyId?: string;
  contactPersonId?: string;
  contact?: string;
  dueOn?: string;
}

export interface NewDecision {
  region: RegionRow;
  forum: ForumRow;
  meeting: MeetingRow;
  itemNumber?: string;
  agendaItemId?: number;
  title: string;
  proposal?: string;
  decisionText: string;
  goalIds: number[];
  preparers?: PreparerInput[];
  diary?: DiaryInput[];
  measures?: MeasureInput[];
  earlierDecisionId?: number;
  amendmentOfId?: number;
}

/** Every free-text part of a decision within its limit, before anything is written. */
function requireDecisionFits(uc: UseCase, input: Pick<NewDecision, "title" | "decisionText" | "proposal" | "preparers" | "diary" | "measures">): void {
  requireFits(uc.locale, "decisionTitle", input.title);
  requireFits(uc.locale, "decisionText", input.decisionText);
  requireFits(uc.locale, "proposal", input.proposal);
  for (const p of input.preparers ?? []) requireFits(uc.locale, "name", p.name);
  for (const d of input.diary ?? []) requireFits(uc.locale, "diaryNumber", d.number);
  for (const m of input.measures ?? []) {
    requireFits(uc.locale, "measure", m.what);
    requireFits(uc.locale, "name", m.contact);
  }
}

/**
 * Whether the person may record decisions of this meeting now: their role, and a meeting that can take decisions
 * (started, minutes not approved). Asked before the decision form is shown, so nobody types in vain.
 */
export function requireMayRecordDecisions(uc: UseCase, meeting: MeetingRow, forum: ForumRow): void {
  requireCapability(uc, "record_decisions", forum);
  requireRecordable(uc, meeting);
}

export function recordDecision(uc: UseCase, input: NewDecision): DecisionRow {
  requireCapability(uc, "record_decisions", input.forum);
  requireDecisionFits(uc, input);
  requireRecordable(uc, input.meeting);
  const actor = actorOf(uc);
  const now = uc.now;
  return immediateChange(uc.db, actor, now, (tx, audit) => {
    requireOpenMinutes(tx, input.meeting.id);
    const sectionYear = sectionYearFor(tx, input.region, input.meeting);
    const section = nextSection(tx, input.forum.id, sectionYear);
    const row = tx
      .insert(decisions)
      .values({
        forumId: input.forum.id,
        meetingId: input.meeting.id,
        section,
        sectionYear,
        agendaItemId: input.agendaItemId ?? null,
        itemNumber: input.itemNumber ?? null,
        title: input.title,
        proposal: input.proposal ?? null,
        decisionText: input.decisionText,
        earlierDecisionId: input.earlierDecisionId ?? null,
        amendmentOfId: input.amendmentOfId ?? null,
        createdBy: actor,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    writeDetails(tx, row.id, input);
    renumberInAgendaOrder(tx, input.forum.id, sectionYear);
    audit({
      action: input.amendmentOfId ? "decision.amend" : "decision.record",
      entity: "decision",
      entityId: String(row.id),
      after: { ...row, goalIds: input.goalIds, diary: input.diary ?? [] },
    });
    return tx.select().from(decisions).where(eq(decisions.id, row.id)).get()!;
  });
}

function writeDetails(tx: Tx, decisionId: number, input: NewDecision): void {
  for (const goalId of new Set(input.goalIds)) tx.insert(decisionGoals).values({ decisionId, goalId }).run();
  for (const [position, p] of (input.preparers ?? []).entries()) {
    tx.insert(decisionPreparers)
      .values({ decisionId, personId: p.personId ?? null, name: p.name, position })
      .run();
  }
  for (const d of input.diary ?? []) {
    tx.insert(decisionDiaryNumbers)
      .values({ decisionId, partyId: d.partyId, number: d.number })
      .onConflictDoUpdate({ target: [decisionDiaryNumbers.decisionId, decisionDiaryNumbers.partyId], set: { number: d.number } })
      .run();
  }
  for (const [position, m] of (input.measures ?? []).entries()) {
    tx.insert(decisionMeasures)
      .values({
        decisionId,
        what: m.what,
        partyId: m.partyId ?? null,
        contactPersonId: m.contactPersonId ?? null,
        contact: m.contact ?? null,
        dueOn: m.dueOn ?? null,
        position,
      })
      .run();
  }
}

/** Refuses when the meeting's minutes are approved: its decisions are final and no § can be added. */
export function requireOpenMinutes(tx: Tx, meetingId: string): void {
  const row = tx.select({ state: minutes.state }).from(minutes).where(eq(minutes.meetingId, meetingId)).get();
  if (row?.state === "approved") throw new UserError("decision.minutesApproved", { meeting: meetingId });
}
