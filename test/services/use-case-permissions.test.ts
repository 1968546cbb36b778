/**
 * Every use case checks its own permissions (DESIGN "Use cases and the meeting record", issue 14 point 3): called
 * directly, with no command in between, each one lets exactly the roles DESIGN "Who may do what" names through and
 * refuses everyone else with the message that names the needed role, changing nothing. One row per use case; each
 * person runs it on a fresh database.
 */
import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/connection.js";
import { auditLog, forumMembers, forums, indicators, reminders } from "../../db/schema/index.js";
import { isUserError, UserError } from "../../src/errors.js";
import { bindChannel } from "../../src/services/channels.js";
import { parseDecisionWords } from "../../src/services/decisions/parse-line.js";
import { prepareDecision } from "../../src/services/decisions/prepare.js";
import { agendaExportSource } from "../../src/services/agenda/export.js";
import { mayProposeAgenda, requireMayProposeAgenda } from "../../src/services/agenda/propose.js";
import { mayShapeAgenda, requireMayShapeAgenda } from "../../src/services/agenda/shape.js";
import { readDecision } from "../../src/services/decisions/queries.js";
import { recordDecision, requireMayRecordDecisions, type DecisionRow } from "../../src/services/decisions/record.js";
import { readableDecisions } from "../../src/services/decisions/search.js";
import { recordAndAnnounceDecision } from "../../src/services/decisions/announce.js";
import { editDecision } from "../../src/services/decisions/edit.js";
import type { MeetingRow } from "../../src/services/meetings.js";
import { confirmAttendance, markPresent, setLegalityNote } from "../../src/services/minutes/attendance.js";
import { approveMinutes, finishMinutes, setInspectors } from "../../src/services/minutes/inspection.js";
import { readableAnnualClock } from "../../src/services/annual-clock/index.js";
import { readableCalendar } from "../../src/services/calendar-view.js";
import { dutiesAtRiskToRun, readableDuties, yearRange } from "../../src/services/duties.js";
import { requireReadableForum, visibleForums } from "../../src/services/forums.js";
import { findPerson, setMyLocale } from "../../src/services/people.js";
import { meetingInvite } from "../../src/services/invite.js";
import { requireReadableFound, requireReadableMeeting } from "../../src/services/readable-meeting.js";
import { upcomingFor } from "../../src/services/reminders/upcoming.js";
import { meetingOffers } from "../../src/services/meeting-offers.js";
import { mySettings, setMyDelivery, setMyKindsMuted } from "../../src/services/reminders/settings.js";
import { answerInvitation } from "../../src/services/record/responses.js";
import { subscribeFeed, unsubscribeFeed } from "../../src/services/feeds/subscribe.js";
import { importIndicatorCsvAs } from "../../src/services/goals/csv-import.js";
import { recordIndicatorValue, recordMeasure } from "../../src/services/goals/follow-up.js";
import { findMeasure } from "../../src/services/goals/queries.js";
import { publicYearReport, readableReportWithFiles, readableYearReport } from "../../src/services/report/year-report.js";
import { fetchableIndicators } from "../../src/services/sotkanet/fetch-indicators.js";
import {
  cancelMeeting,
  mayManageMeetings,
  moveMeeting,
  recordHeldMeeting,
  requireMaySchedule,
  scheduleMeeting,
  spanOf,
} from "../../src/services/scheduling.js";
import { upcomingInMemberForums, upcomingInOwnForums } from "../../src/services/upcoming-meetings.js";
import type { UseCase } from "../../src/services/use-case.js";
import { buildMeeting, buildWorld } from "../builders.js";
import { buildGoals } from "../support/goal-builders.js";
import { openTestDb } from "../support/db.js";
import { useCaseOf } from "../support/use-case.js";

const ZONE = "Europe/Helsinki";
/** 15.00 in Helsinki on the day of JOHTO-2027-1 (13.00): the meeting has started, JOHTO-2027-2 is ahead. */
const NOW = Date.parse("2027-04-21T12:00:00Z");
const EVERYONE = ["admin", "sihteeri", "jasen", "svensk", "ulko"] as const;
type Person = (typeof EVERYONE)[number];

interface Scene {
  db: Db;
  w: ReturnType<typeof buildWorld>;
  started: MeetingRow;
  ahead: MeetingRow;
  secret: MeetingRow;
  decision: DecisionRow;
  secretDecision: DecisionRow;
  /** T3 (indicator T3-M1 tied to Sotkanet; measures of kaupunki and hva) and T5 (a measure of kylä). */
  goals: ReturnType<typeof buildGoals>;
  as(person: string): UseCase;
}

function scene(): Scene {
  const db = openTestDb();
  const w = buildWorld(db);
  const started = buildMeeting(db, w.forum, "2027-04-21T13:00");
  const ahead = buildMeeting(db, w.forum, "2027-09-01T13:00");
  const secret = buildMeeting(db, w.privateForum, "2027-04-21T09:00");
  const as = (person: string) => useCaseOf(db, person, NOW);
  const record = (meeting: MeetingRow, text: string) =>
    recordDecision(as("sihteeri"), prepareDecision(db, w.region, { meetingId: meeting.id, item: "-", ...parseDecisionWords(text.split(" ")) }, "fi"));
  const decision = record(started, "Hyväksytään malli.");
  const secretDecision = record(secret, "Sovitaan neuvotteluista.");
  const goals = buildGoals(db);
  db.update(indicators).set({ sotkanetId: 5 }).where(eq(indicators.id, goals.ind.id)).run();
  return { db, w, started, ahead, secret, decision, secretDecision, goals, as };
}

interface Row {
  useCase: string;
  allowed: Person[];
  /** The refusal's message key for everyone else. */
  refusal: string;
  /** Another refusal for some of them (a member who may read a forum, refused for another reason). */
  refusals?: Partial<Record<Person, string>>;
  /** Runs before the person acts (as whoever may). */
  setup?: (s: Scene) => void;
  run: (uc: UseCase, s: Scene) => unknown;
}

/**
 * A listing use case's answer for the row table: it must hold the public forum JOHTO, and holding the private SALA is
 * "allowed"; leaving SALA out reads as the refusal `error.forumPrivate` (a list hides a private forum, it does not refuse).
 */
function listsPrivateForum(codes: readonly string[], s: Scene): void {
  if (!codes.includes(s.w.forum.code)) throw new Error(`the public forum is missing from ${codes.join(", ")}`);
  refusedUnless(codes.includes(s.w.privateForum.code), s);
}

/** The same for a list of the person's own forums, which may hold no public forum at all. */
function includesPrivateForum(codes: readonly string[], s: Scene): void {
  refusedUnless(codes.includes(s.w.privateForum.code), s);
}

/** A SALA meeting ahead (its only other one, s.secret, took place this morning). */
function salaAhead(s: Scene): void {
  buildMeeting(s.db, s.w.privateForum, "2027-06-01T10:00");
}

/** A `may…` question (which buttons a reply offers) in the table's terms: "no" reads as the refusal `error.permission`. */
function offered(may: boolean): void {
  if (!may) throw new UserError("error.permission", {});
}

/** SALA meets as needed, so it has no duty of its own; made yearly, it has one a year to show or hide. */
function salaYearly(s: Scene): void {
  s.db.update(forums).set({ cadence: "yearly" }).where(eq(forums.id, s.w.privateForum.id)).run();
}

/** The whole of 2027 in Helsinki: JOHTO's two meetings and SALA's one. */
const YEAR_2027 = { from: Date.parse("2026-12-31T22:00:00Z"), to: Date.parse("2027-12-31T22:00:00Z") };
const meetingCodes = (view: ReturnType<typeof readableCalendar>) => view.meetings.map((m) => view.forums.get(m.forumId)!.code);

const SECRETARY_CONVENER_ADMIN: Person[] = ["admin", "sihteeri"]; // JOHTO: sihteeri is its secretary, admin its convener

/** Throws the private-forum refusal when a list a person was given leaves the private forum's thing out. */
function refusedUnless(shown: boolean, s: Scene): void {
  if (!shown) throw new UserError("error.forumPrivate", { code: s.w.privateForum.code });
}

const ROWS: Row[] = [
  {
    useCase: "scheduleMeeting",
    allowed: SECRETARY_CONVENER_ADMIN,
    refusal: "error.permission",
    run: (uc, s) =>
      scheduleMeeting(uc, { forum: s.w.forum, ...spanOf("2027-09-13", { hour: 13, minute: 0 }, undefined, s.w.forum, ZONE) }, { confirmed: true }),
  },
  {
    useCase: "requireMaySchedule (before the form)",
    allowed: SECRETARY_CONVENER_ADMIN,
    refusal: "error.permission",
    run: (uc, s) => requireMaySchedule(uc, s.w.forum),
  },
  {
    useCase: "mayManageMeetings (the meeting's cancel button)",
    allowed: SECRETARY_CONVENER_ADMIN,
    refusal: "error.permission",
    run: (uc, s) => offered(mayManageMeetings(uc, s.w.forum)),
  },
  {
    useCase: "meetingOffers: cancelling a meeting ahead",
    allowed: SECRETARY_CONVENER_ADMIN,
    refusal: "error.permission",
    run: (uc, s) => offered(meetingOffers(uc, s.ahead, s.w.forum).cancel),
  },
  {
    useCase: "meetingOffers: answering the invitation of a meeting ahead",
    allowed: ["sihteeri", "jasen", "svensk"], // JOHTO's voting members; its convener is not one
    refusal: "error.permission",
    run: (uc, s) => offered(meetingOffers(uc, s.ahead, s.w.forum).answer),
  },
  {
    useCase: "meetingOffers of a meeting that has started: neither",
    allowed: [],
    refusal: "error.permission",
    run: (uc, s) => {
      const offers = meetingOffers(uc, s.started, s.w.forum);
      offered(offers.answer || offers.cancel);
    },
  },
  {
    useCase: "moveMeeting",
    allowed: SECRETARY_CONVENER_ADMIN,
    refusal: "error.permission",
    run: (uc, s) => moveMeeting(uc, s.ahead, s.w.forum, spanOf("2027-09-08", { hour: 10, minute: 0 }, undefined, s.w.forum, ZONE), { confirmed: true }),
  },
  {
    useCase: "cancelMeeting",
    allowed: SECRETARY_CONVENER_ADMIN,
    refusal: "error.permission",
    run: (uc, s) => cancelMeeting(uc, s.ahead, s.w.forum, null),
  },
  {
    useCase: "recordHeldMeeting",
    allowed: SECRETARY_CONVENER_ADMIN,
    refusal: "error.permission",
    run: (uc, s) => recordHeldMeeting(uc, { forum: s.w.forum, ...spanOf("2027-04-01", { hour: 9, minute: 0 }, undefined, s.w.forum, ZONE) }),
  },
  {
    useCase: "bindChannel",
    allowed: ["admin"],
    refusal: "error.permission",
    run: (uc, s) => bindChannel(uc, s.w.forum, "slack", "C0NEW"),
  },
  {
    useCase: "answerInvitation",
    allowed: ["sihteeri", "jasen", "svensk"], // the forum's members; its convener is not one
    refusal: "record.error.notMember",
    run: (uc, s) => answerInvitation(uc, s.ahead, s.w.forum, "attend"),
  },
  {
    useCase: "recordDecision",
    allowed: SECRETARY_CONVENER_ADMIN,
    refusal: "error.permission",
    run: (uc, s) =>
      recordDecision(uc, prepareDecision(s.db, s.w.region, { meetingId: s.started.id, item: "-", ...parseDecisionWords(["Merkitään", "tiedoksi."]) }, "fi")),
  },
  {
    useCase: "recordAndAnnounceDecision (the decision and its channel post, one transaction)",
    allowed: SECRETARY_CONVENER_ADMIN,
    refusal: "error.permission",
    setup: (s) => bindChannel(s.as("admin"), s.w.forum, "slack", "CJOHTO"),
    run: (uc, s) => {
      const input = prepareDecision(s.db, s.w.region, { meetingId: s.started.id, item: "-", ...parseDecisionWords(["Merkitään", "tiedoksi."]) }, "fi");
      expect(recordAndAnnounceDecision(uc, input).posted).toBe(1);
    },
  },
  {
    useCase: "requireMayRecordDecisions (before the form)",
    allowed: SECRETARY_CONVENER_ADMIN,
    refusal: "error.permission",
    run: (uc, s) => requireMayRecordDecisions(uc, s.started, s.w.forum),
  },
  {
    useCase: "editDecision",
    allowed: SECRETARY_CONVENER_ADMIN,
    refusal: "error.permission",
    run: (uc, s) => editDecision(uc, s.decision, { decisionText: "Hyväksytään malli muutettuna." }),
  },
  {
    useCase: "markPresent",
    allowed: SECRETARY_CONVENER_ADMIN,
    refusal: "error.permission",
    run: (uc, s) => markPresent(uc, s.started, s.w.forum, s.w.member, "chair"),
  },
  {
    useCase: "setLegalityNote",
    allowed: SECRETARY_CONVENER_ADMIN,
    refusal: "error.permission",
    run: (uc, s) => setLegalityNote(uc, s.started, s.w.forum, "Kokous todettiin lailliseksi."),
  },
  {
    useCase: "confirmAttendance",
    allowed: SECRETARY_CONVENER_ADMIN,
    refusal: "error.permission",
    run: (uc, s) => confirmAttendance(uc, s.started, s.w.forum),
  },
  {
    useCase: "setInspectors",
    allowed: SECRETARY_CONVENER_ADMIN,
    refusal: "error.permission",
    run: (uc, s) => setInspectors(uc, s.started, s.w.forum, [s.w.member, s.w.swede]),
  },
  {
    useCase: "finishMinutes",
    allowed: SECRETARY_CONVENER_ADMIN,
    refusal: "error.permission",
    setup: (s) => setInspectors(s.as("sihteeri"), s.started, s.w.forum, [s.w.member]),
    run: (uc, s) => finishMinutes(uc, s.started, s.w.forum),
  },
  {
    useCase: "approveMinutes",
    allowed: ["jasen"], // the named inspector only
    refusal: "minutes.notInspector",
    setup: (s) => {
      setInspectors(s.as("sihteeri"), s.started, s.w.forum, [s.w.member]);
      finishMinutes(s.as("sihteeri"), s.started, s.w.forum);
    },
    run: (uc, s) => approveMinutes(uc, s.started),
  },
  {
    useCase: "requireReadableMeeting (private forum)",
    allowed: ["admin", "sihteeri", "jasen"], // SALA's members and the region admin
    refusal: "error.forumPrivate",
    run: (uc, s) => requireReadableMeeting(uc, s.secret.id),
  },
  {
    useCase: "requireReadableFound (a private forum's meeting, as the agenda commands find it)",
    allowed: ["admin", "sihteeri", "jasen"],
    refusal: "error.forumPrivate",
    run: (uc, s) => requireReadableFound(uc, s.secret),
  },
  {
    useCase: "readDecision (private forum)",
    allowed: ["admin", "sihteeri", "jasen"],
    refusal: "error.forumPrivate",
    run: (uc, s) => readDecision(uc, s.secretDecision),
  },
  {
    useCase: "meetingInvite (private forum)",
    allowed: ["admin", "sihteeri", "jasen"],
    refusal: "error.forumPrivate",
    run: (uc, s) => meetingInvite(uc, s.secret.id, s.w.region.id, "https://yhdyspinta.example"),
  },
  {
    useCase: "meetingInvite (public forum)",
    allowed: [...EVERYONE],
    refusal: "error.forumPrivate",
    run: (uc, s) => meetingInvite(uc, s.ahead.id, s.w.region.id, "https://yhdyspinta.example"),
  },
  {
    useCase: "requireMayShapeAgenda (before the reject form)",
    allowed: SECRETARY_CONVENER_ADMIN,
    refusal: "error.permission",
    run: (uc, s) => requireMayShapeAgenda(uc, s.w.forum),
  },
  {
    useCase: "mayShapeAgenda (the secretary's agenda view and its buttons)",
    allowed: SECRETARY_CONVENER_ADMIN,
    refusal: "error.permission",
    run: (uc, s) => offered(mayShapeAgenda(uc, s.w.forum)),
  },
  {
    useCase: "agendaExportSource before publication (a draft only for whoever shapes the agenda)",
    allowed: SECRETARY_CONVENER_ADMIN,
    refusal: "agenda.error.notPublished",
    run: (uc, s) => {
      const source = agendaExportSource(uc, s.ahead, s.w.forum);
      if (source.version !== undefined) throw new Error("an unpublished agenda exported as a published version");
    },
  },
  {
    useCase: "agendaExportSource of a private forum's agenda before publication",
    allowed: ["admin", "sihteeri"], // SALA's secretary and the admin shape it
    refusal: "error.forumPrivate",
    refusals: { jasen: "agenda.error.notPublished" }, // SALA's member may read it but waits for publication
    run: (uc, s) => agendaExportSource(uc, s.secret, s.w.privateForum),
  },
  {
    useCase: "mayProposeAgenda (the propose button)",
    allowed: ["admin", "sihteeri", "jasen", "svensk"],
    refusal: "error.permission",
    run: (uc, s) => offered(mayProposeAgenda(uc, s.w.forum)),
  },
  {
    useCase: "requireMayProposeAgenda (before the proposal form)",
    allowed: ["admin", "sihteeri", "jasen", "svensk"], // JOHTO's members, its secretary and convener
    refusal: "error.permission",
    run: (uc, s) => requireMayProposeAgenda(uc, s.w.forum),
  },
  {
    useCase: "upcomingFor (private forum)",
    allowed: ["admin", "sihteeri", "jasen"],
    refusal: "error.forumPrivate",
    run: (uc, s) => upcomingFor(uc, s.w.region.id, s.w.privateForum.code),
  },
  {
    useCase: "upcomingFor (a failed reminder: its target and error for admins only)",
    allowed: ["admin"],
    refusal: "error.permission",
    setup: (s) =>
      s.db
        .insert(reminders)
        .values({
          key: "broken",
          kind: "day_before",
          subject: `meeting:${s.ahead.id}`,
          meetingId: s.ahead.id,
          forumId: s.w.forum.id,
          targetKind: "channel",
          targetPlatform: "slack",
          targetRef: "COLD",
          dueAt: NOW - 3_600_000,
          expiresAt: NOW,
          state: "failed",
          attempts: 1,
          lastError: "channel_not_found",
          createdAt: NOW,
          updatedAt: NOW,
        })
        .run(),
    run: (uc, s) => {
      for (const code of [undefined, s.w.forum.code]) {
        const shown = upcomingFor(uc, s.w.region.id, code).failures.map((r) => r.targetRef);
        if (shown.join() !== "COLD") throw new UserError("error.permission", { who: "" });
      }
    },
  },
  {
    useCase: "requireReadableForum (private forum)",
    allowed: ["admin", "sihteeri", "jasen"],
    refusal: "error.forumPrivate",
    run: (uc, s) => requireReadableForum(uc, s.w.region.id, s.w.privateForum.code),
  },
  {
    useCase: "visibleForums (private forum only for its members)",
    allowed: ["admin", "sihteeri", "jasen"],
    refusal: "error.forumPrivate",
    run: (uc, s) =>
      listsPrivateForum(
        visibleForums(uc, s.w.region.id).map((f) => f.code),
        s,
      ),
  },
  {
    useCase: "readableCalendar of one forum (private)",
    allowed: ["admin", "sihteeri", "jasen"],
    refusal: "error.forumPrivate",
    run: (uc, s) => {
      const view = readableCalendar(uc, s.w.region.id, { forum: s.w.privateForum }, YEAR_2027);
      if (meetingCodes(view).join() !== "SALA") throw new Error(`SALA's calendar shows ${meetingCodes(view).join()}`);
    },
  },
  {
    useCase: "readableCalendar of every readable forum (private meetings only for members)",
    allowed: ["admin", "sihteeri", "jasen"],
    refusal: "error.forumPrivate",
    run: (uc, s) => listsPrivateForum(meetingCodes(readableCalendar(uc, s.w.region.id, "readable", YEAR_2027)), s),
  },
  {
    useCase: "readableCalendar of one's own forums (SALA's participants; the others their own or, with none, the readable ones)",
    allowed: ["sihteeri", "jasen"], // the admin convenes JOHTO only
    refusal: "error.forumPrivate",
    run: (uc, s) => listsPrivateForum(meetingCodes(readableCalendar(uc, s.w.region.id, "mine", YEAR_2027)), s),
  },
  {
    useCase: "upcomingInMemberForums (the home view: the forums one is a member of)",
    allowed: ["sihteeri", "jasen"], // SALA's members; the admin only convenes JOHTO
    refusal: "error.forumPrivate",
    setup: salaAhead,
    run: (uc, s) =>
      includesPrivateForum(
        upcomingInMemberForums(uc, 365 * 86_400_000).map((u) => u.forum.code),
        s,
      ),
  },
  {
    useCase: "upcomingInOwnForums (the agenda overview: member, secretary or convener; the admin every forum)",
    allowed: ["admin", "sihteeri", "jasen"],
    refusal: "error.forumPrivate",
    setup: salaAhead,
    run: (uc, s) =>
      includesPrivateForum(
        upcomingInOwnForums(uc, s.w.region.id, 5).map((u) => u.forum.code),
        s,
      ),
  },
  {
    useCase: "dutiesAtRiskToRun (the home view: forums one is secretary or convener of; the admin every forum)",
    allowed: ["admin", "sihteeri"], // sihteeri is SALA's secretary; jasen only a member
    refusal: "error.forumPrivate",
    setup: (s) => s.db.update(forums).set({ cadence: "monthly" }).where(eq(forums.id, s.w.privateForum.id)).run(), // May 2027 is at risk
    run: (uc, s) =>
      includesPrivateForum(
        dutiesAtRiskToRun(uc, s.w.region.id).map((d) => d.forum.code),
        s,
      ),
  },
  {
    useCase: "readableDuties (a private forum's duties only for its members)",
    allowed: ["admin", "sihteeri", "jasen"],
    refusal: "error.forumPrivate",
    setup: salaYearly,
    run: (uc, s) =>
      listsPrivateForum(
        readableDuties(uc, s.w.region.id, yearRange(2027)).map((d) => d.forum.code),
        s,
      ),
  },
  {
    useCase: "readableAnnualClock (a private forum's meetings and duties only for its members)",
    allowed: ["admin", "sihteeri", "jasen"],
    refusal: "error.forumPrivate",
    setup: salaYearly,
    run: (uc, s) => {
      const clock = readableAnnualClock(uc, s.w.region, 2027);
      const met = clock.meetings.map((m) => clock.forums.get(m.forumId)!.code);
      const due = clock.duties.map((d) => d.forum.code);
      const ringed = clock.rings.flatMap((r) => r.forums.map((f) => f.code));
      listsPrivateForum(due, s);
      listsPrivateForum(ringed, s);
      listsPrivateForum(met, s);
    },
  },
  {
    useCase: "readableDecisions (the private forum named)",
    allowed: ["admin", "sihteeri", "jasen"],
    refusal: "error.forumPrivate",
    run: (uc, s) => refusedUnless(readableDecisions(uc, s.w.region.id, { forum: s.w.privateForum }, { limit: 20 }).total > 0, s),
  },
  {
    useCase: "readableDecisions (every forum: the private forum's decision only for its members)",
    allowed: ["admin", "sihteeri", "jasen"],
    refusal: "error.forumPrivate",
    run: (uc, s) => {
      const ids = readableDecisions(uc, s.w.region.id, {}, { limit: 20 }).rows.map((d) => d.id);
      if (!ids.includes(s.decision.id)) throw new Error("the public forum's decision is missing");
      refusedUnless(ids.includes(s.secretDecision.id), s);
    },
  },
  {
    useCase: "readableYearReport (the private forum's decision only for its members)",
    allowed: ["admin", "sihteeri", "jasen"],
    refusal: "error.forumPrivate",
    run: (uc, s) => {
      const ids = readableYearReport(uc, s.w.region, 2027).decisionsOfYear.map((d) => d.id);
      if (!ids.includes(s.decision.id)) throw new Error("the public forum's decision is missing");
      refusedUnless(ids.includes(s.secretDecision.id), s);
    },
  },
  {
    useCase: "readableReportWithFiles (the files hold what the person may read; their links the public version)",
    allowed: ["admin", "sihteeri", "jasen"],
    refusal: "error.forumPrivate",
    run: (uc, s) => {
      const { attachments } = readableReportWithFiles(uc, s.w.region, 2027, "https://yhdyspinta.example");
      const md = attachments.find((a) => a.filename === "report-2027.md")!;
      expect(md.url).toBe("https://yhdyspinta.example/reports/2027.md?lang=fi");
      const content = String(md.content);
      if (!content.includes("Hyväksytään malli")) throw new Error("the public forum's decision is missing");
      refusedUnless(content.includes("Sovitaan neuvotteluista"), s);
    },
  },
  {
    useCase: "fetchableIndicators (T3: the people of kaupunki and hva, the responsible parties)",
    allowed: ["admin", "sihteeri", "jasen", "ulko"], // svensk's party kylä is responsible for T5 only
    refusal: "goals.notResponsible",
    run: (uc, s) => fetchableIndicators(uc, s.w.region.id, { code: "T3", goalId: s.goals.t3.id }),
  },
  {
    useCase: "recordMeasure (T3.1: the people of kaupunki, its party)",
    allowed: ["admin", "jasen", "ulko"],
    refusal: "goals.notResponsible",
    run: (uc, s) => recordMeasure(uc, findMeasure(s.db, s.w.region.id, "T3.1")!, { done: false, note: "Kuraattorit palkattu." }),
  },
  {
    useCase: "recordIndicatorValue (T3-M1 region-wide: the people of kaupunki and hva)",
    allowed: ["admin", "sihteeri", "jasen", "ulko"],
    refusal: "goals.notResponsible",
    run: (uc, s) => recordIndicatorValue(uc, s.goals.ind, { year: 2026, value: 12, confirmed: true }),
  },
  {
    useCase: "importIndicatorCsvAs (a region-wide T3-M1 value: the people of kaupunki and hva)",
    allowed: ["admin", "sihteeri", "jasen", "ulko"],
    refusal: "goals.notResponsible",
    run: (uc, s) => {
      const result = importIndicatorCsvAs(uc, s.w.region.id, "T3-M1;2026;;12");
      if (result.ok) return;
      const notResponsible = result.issues.every((i) => i.message.startsWith("Tämän voivat kirjata vain vastuutahojen"));
      if (!notResponsible) throw new Error(result.issues.map((i) => i.message).join("\n"));
      throw new UserError("goals.notResponsible", { parties: "" });
    },
  },
  {
    useCase: "subscribeFeed (private forum)",
    allowed: ["admin", "sihteeri", "jasen"],
    refusal: "error.forumPrivate",
    run: (uc, s) => subscribeFeed(uc, { scope: "forum", forumId: s.w.privateForum.id }),
  },
  {
    useCase: "subscribeFeed (public forum)",
    allowed: [...EVERYONE],
    refusal: "error.forumPrivate",
    run: (uc, s) => subscribeFeed(uc, { scope: "forum", forumId: s.w.forum.id }),
  },
  {
    useCase: "unsubscribeFeed (jasen's link to JOHTO: only its owner revokes it)",
    allowed: ["jasen"],
    refusal: "feeds.unsubscribe.none",
    setup: (s) => void subscribeFeed(s.as("jasen"), { scope: "forum", forumId: s.w.forum.id }),
    run: (uc, s) => {
      if (unsubscribeFeed(uc, { scope: "forum", forumId: s.w.forum.id }) === 0) throw new UserError("feeds.unsubscribe.none");
    },
  },
];

function attempt(row: Row, person: Person): { error?: string; audits: number } {
  const s = scene();
  row.setup?.(s);
  const before = s.db.select().from(auditLog).all().length;
  expect(findPerson(s.db, person)).toBeDefined();
  try {
    row.run(s.as(person), s);
  } catch (error) {
    if (!isUserError(error)) throw error;
    return { error: error.key, audits: s.db.select().from(auditLog).all().length - before };
  }
  return { audits: s.db.select().from(auditLog).all().length - before };
}

describe("use cases check their own permissions", () => {
  for (const row of ROWS) {
    it(`${row.useCase}: ${row.allowed.join(", ")} may; the others are refused with ${row.refusal}`, () => {
      const outcome = Object.fromEntries(EVERYONE.map((person) => [person, attempt(row, person).error ?? "ok"]));
      const expected = Object.fromEntries(EVERYONE.map((person) => [person, row.allowed.includes(person) ? "ok" : (row.refusals?.[person] ?? row.refusal)]));
      expect(outcome).toEqual(expected);
    });
  }

  it("the report's download version leaves out the private forum's decisions, whoever asks", () => {
    const s = scene();
    const ids = publicYearReport(s.db, s.w.region, 2027, NOW).decisionsOfYear.map((d) => d.id);
    expect(ids).toEqual([s.decision.id]);
  });

  it("a person removed from a private forum may still revoke their own link to it", () => {
    const s = scene();
    subscribeFeed(s.as("jasen"), { scope: "forum", forumId: s.w.privateForum.id });
    s.db
      .delete(forumMembers)
      .where(and(eq(forumMembers.forumId, s.w.privateForum.id), eq(forumMembers.personId, "jasen")))
      .run();
    expect(() => subscribeFeed(s.as("jasen"), { scope: "forum", forumId: s.w.privateForum.id })).toThrow(UserError);
    expect(unsubscribeFeed(s.as("jasen"), { scope: "forum", forumId: s.w.privateForum.id })).toBe(1);
  });

  it("reminder settings use cases change only the person's own settings, and refuse a chat user not linked to a person", () => {
    const s = scene();
    setMyKindsMuted(s.as("jasen"), ["hour_before"], true);
    setMyDelivery(s.as("jasen"), "dm");
    expect([...mySettings(s.as("jasen")).muted]).toEqual(["hour_before"]);
    expect(mySettings(s.as("jasen")).delivery).toBe("dm");
    expect([...mySettings(s.as("svensk")).muted]).toEqual([]);
    expect(mySettings(s.as("svensk")).delivery).toBe("channel");
    const stranger = s.as("nobody");
    expect(stranger.person).toBeUndefined();
    expect(() => setMyDelivery(stranger, "dm")).toThrow(expect.objectContaining({ key: "error.notLinked" }));
  });

  it("the language use case changes only the person's own language, and refuses a chat user not linked to a person", () => {
    const s = scene();
    setMyLocale(s.as("jasen"), "sv");
    expect(findPerson(s.db, "jasen")?.locale).toBe("sv");
    expect(findPerson(s.db, "ulko")?.locale).not.toBe("sv");
    expect(() => setMyLocale(s.as("nobody"), "en")).toThrow(expect.objectContaining({ key: "error.notLinked" }));
  });

  it("a refusal changes nothing (no audit row), an allowed change leaves one", () => {
    const move = ROWS.find((r) => r.useCase === "moveMeeting")!;
    expect(attempt(move, "jasen")).toEqual({ error: "error.permission", audits: 0 });
    expect(attempt(move, "sihteeri").audits).toBeGreaterThan(0);
  });
});
