/**
 * Ten years of one region's own history, as the product would have left it: held meetings with agendas (standing
 * items and matters, published once), a decision (§) per matter with diary numbers, goals, a preparer and now and
 * then a follow-up measure, approved minutes with attendance and inspectors, the reminders that were sent, the
 * indicator values of each year, and the audit rows of it all. Numbers continue whatever the forum already has.
 */
import type Database from "better-sqlite3";
import { DateTime } from "luxon";
import type { Random } from "./random.js";
import { ACTIONS_FI, ACTIONS_SV, DECISIONS_FI, DECISIONS_SV, PLACES, SUBJECTS_FI, SUBJECTS_SV } from "./words.js";

export interface HistoryOptions {
  /** The first and last calendar year of history (both included). */
  fromYear: number;
  toYear: number;
  /** Meetings a forum held a year, by cadence. */
  meetingsPerYear: Record<string, number>;
  /** Matters (each one a decision) per meeting. */
  matters: [min: number, max: number];
  /** The instant rows are stamped as written at. */
  now: number;
}

export interface HistoryCounts {
  meetings: number;
  decisions: number;
  agendaItems: number;
  reminders: number;
  auditRows: number;
}

const ZONE = "Europe/Helsinki";
const DAY = 86_400_000;
const STANDING_HEAD = [
  ["opening", "Kokouksen avaus"],
  ["quorum", "Laillisuus ja päätösvaltaisuus"],
  ["inspectors", "Pöytäkirjantarkastajien valinta"],
] as const;
const STANDING_TAIL = ["closing", "Kokouksen päättäminen"] as const;

interface ForumInfo {
  id: number;
  code: string;
  cadence: string;
  secretaryId: string | null;
  convenerId: string | null;
  members: { personId: string; name: string; partyId: string | null; role: string }[];
}

const json = (value: unknown) => JSON.stringify(value);

function statements(sqlite: Database.Database) {
  return {
    forums: sqlite.prepare("select id, code, cadence, secretary_id secretaryId, convener_id convenerId from forums where region_id = ? order by position, id"),
    members: sqlite.prepare(
      "select m.person_id personId, p.name, coalesce(m.party_id, p.party_id) partyId, m.role from forum_members m join people p on p.id = m.person_id where m.forum_id = ? order by m.position",
    ),
    parties: sqlite.prepare("select id from parties where region_id = ? order by position"),
    goals: sqlite.prepare("select g.id, g.code from goals g join agreements a on a.id = g.agreement_id where a.region_id = ? order by g.position"),
    indicators: sqlite.prepare(
      "select i.id, i.baseline_value base, i.direction from indicators i join goals g on g.id = i.goal_id join agreements a on a.id = g.agreement_id where a.region_id = ?",
    ),
    lastNumber: sqlite.prepare("select coalesce(max(number), 0) n from meetings where forum_id = ? and year = ?"),
    lastSection: sqlite.prepare("select coalesce(max(section), 0) n from decisions where forum_id = ? and section_year = ?"),
    meeting: sqlite.prepare(
      "insert into meetings (id, forum_id, year, number, starts_at, ends_at, zone, place, status, cancel_reason, sequence, page_key, minutes_key, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    item: sqlite.prepare(
      "insert into agenda_items (meeting_id, number, title, description, proposal, proposer_id, party_id, goal_codes, preparer, state, position, standing, standing_key, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'accepted', ?, ?, ?, ?, ?) returning id",
    ),
    version: sqlite.prepare(
      "insert into agenda_versions (meeting_id, version, published_at, published_by, content, change_summary) values (?, 1, ?, ?, ?, null)",
    ),
    decision: sqlite.prepare(
      "insert into decisions (forum_id, meeting_id, section, section_year, agenda_item_id, item_number, title, proposal, decision_text, status, earlier_decision_id, created_by, created_at, updated_at, finalized_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'final', ?, ?, ?, ?, ?) returning id",
    ),
    decisionGoal: sqlite.prepare("insert into decision_goals (decision_id, goal_id) values (?, ?)"),
    preparer: sqlite.prepare("insert into decision_preparers (decision_id, person_id, name, position) values (?, ?, ?, 0)"),
    diary: sqlite.prepare("insert into decision_diary_numbers (decision_id, party_id, number) values (?, ?, ?)"),
    measure: sqlite.prepare("insert into decision_measures (decision_id, what, party_id, contact_person_id, due_on, position) values (?, ?, ?, ?, ?, 0)"),
    minutes: sqlite.prepare(
      "insert into minutes (meeting_id, state, chair_id, secretary_id, attendees, legality_note, attendance_recorded_at, finished_at, approved_at, created_at, updated_at) values (?, 'approved', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    inspector: sqlite.prepare("insert into minutes_inspectors (meeting_id, person_id, approved_at, position) values (?, ?, ?, ?)"),
    reminder: sqlite.prepare(
      "insert into reminders (key, kind, subject, meeting_id, forum_id, target_kind, target_platform, target_ref, person_id, due_at, expires_at, state, attempts, sent_at, payload, created_at, updated_at) values (?, ?, ?, ?, ?, 'person', null, ?, ?, ?, ?, 'sent', 1, ?, '{}', ?, ?)",
    ),
    audit: sqlite.prepare("insert into audit_log (at, actor, action, entity, entity_id, before, after) values (?, ?, ?, ?, ?, null, ?)"),
    value: sqlite.prepare(
      "insert or ignore into indicator_values (indicator_id, year, party_id, value, recorded_at, recorded_by) values (?, ?, null, ?, ?, 'import')",
    ),
  };
}

/** The local start of the i-th of `count` meetings in a year: spread over the year, on a Tuesday–Thursday, never in July. */
function meetingStart(year: number, i: number, count: number, hour: number): DateTime {
  let day = DateTime.fromObject({ year, month: 1, day: 8, hour }, { zone: ZONE }).plus({ days: Math.floor(((i + 0.5) * 340) / count) });
  if (day.month === 7) day = day.set({ month: 8, day: 8 });
  while (day.weekday < 2 || day.weekday > 4) day = day.plus({ days: 1 });
  return day;
}

/** Writes the history of one region; returns what it wrote. Run it inside a transaction. */
export function addHistory(sqlite: Database.Database, regionId: string, options: HistoryOptions, random: Random): HistoryCounts {
  const st = statements(sqlite);
  const counts: HistoryCounts = { meetings: 0, decisions: 0, agendaItems: 0, reminders: 0, auditRows: 0 };
  const parties = (st.parties.all(regionId) as { id: string }[]).map((p) => p.id);
  const goals = st.goals.all(regionId) as { id: number; code: string }[];
  const forums = (st.forums.all(regionId) as Omit<ForumInfo, "members">[]).map((f) => ({ ...f, members: st.members.all(f.id) as ForumInfo["members"] }));
  const audit = (at: number, actor: string, action: string, entity: string, entityId: string | number, after: unknown) => {
    st.audit.run(at, actor, action, entity, String(entityId), json(after));
    counts.auditRows++;
  };
  for (let year = options.fromYear; year <= options.toYear; year++) {
    for (const forum of forums) {
      const count = forum.cadence === "per_term" ? (year % 4 === 1 ? 1 : 0) : (options.meetingsPerYear[forum.cadence] ?? 1);
      let number = (st.lastNumber.get(forum.id, year) as { n: number }).n;
      let section = (st.lastSection.get(forum.id, year) as { n: number }).n;
      for (let i = 0; i < count; i++) {
        const start = meetingStart(year, i, count, forum.id % 2 === 0 ? 13 : 9);
        addMeeting(forum, start, ++number, () => ++section);
      }
    }
  }
  // Each indicator's yearly value, drifting from its baseline toward its target.
  for (const indicator of st.indicators.all(regionId) as { id: number; base: number; direction: string }[]) {
    for (let year = options.fromYear; year <= options.toYear; year++) {
      const step = (year - options.fromYear) * (indicator.direction === "higher" ? 0.6 : -0.6);
      const recorded = DateTime.fromObject({ year: year + 1, month: 3, day: 15 }, { zone: ZONE }).toMillis();
      st.value.run(indicator.id, year, Math.round((indicator.base + step + random.next() * 2 - 1) * 10) / 10, recorded);
    }
  }
  return counts;

  function addMeeting(forum: ForumInfo, start: DateTime, number: number, nextSection: () => number): void {
    const id = `${forum.code}-${start.year}-${number}`;
    const startsAt = start.toMillis();
    const endsAt = start.plus({ hours: 2 }).toMillis();
    const createdAt = startsAt - 40 * DAY;
    const secretary = forum.secretaryId ?? forum.members[0]?.personId ?? "system";
    const cancelled = random.next() < 0.02;
    const key = `${id}-${random.int(1e8, 9e8).toString(36)}`;
    st.meeting.run(
      id,
      forum.id,
      start.year,
      number,
      startsAt,
      endsAt,
      ZONE,
      random.pick(PLACES),
      cancelled ? "cancelled" : "held",
      cancelled ? "Ei käsiteltäviä asioita" : null,
      cancelled ? 2 : 1,
      `p-${key}`,
      `m-${key}`,
      createdAt,
      startsAt,
    );
    counts.meetings++;
    audit(createdAt, secretary, "meeting.schedule", "meeting", id, { id, startsAt });
    for (const [kind, before] of [
      ["invitation", 30 * DAY],
      ["day_before", DAY],
    ] as const) {
      const person = kind === "invitation" ? secretary : (forum.members[1]?.personId ?? secretary);
      const due = startsAt - before;
      st.reminder.run(
        `meeting:${id}@${startsAt}:${kind}:${before}:p:${person}`,
        kind,
        `meeting:${id}`,
        id,
        forum.id,
        person,
        person,
        due,
        startsAt,
        due + 60_000,
        createdAt,
        due + 60_000,
      );
      counts.reminders++;
    }
    if (cancelled) {
      audit(startsAt - 7 * DAY, secretary, "meeting.cancel", "meeting", id, { status: "cancelled" });
      return;
    }
    const publishedAt = startsAt - 10 * DAY;
    const matters = random.int(...options.matters);
    const frozen: Record<string, unknown>[] = [];
    let position = 0;
    const addItem = (
      title: string,
      standingKey: string | null,
      matter?: { description: string; proposal: string; partyId: string | null; goalCodes: string[]; preparer: string },
    ) => {
      position++;
      const { id: itemId } = st.item.get(
        id,
        position,
        title,
        matter?.description ?? null,
        matter?.proposal ?? null,
        matter ? secretary : null,
        matter?.partyId ?? null,
        json(matter?.goalCodes ?? []),
        matter?.preparer ?? null,
        position,
        standingKey ? 1 : 0,
        standingKey,
        publishedAt - DAY,
        publishedAt - DAY,
      ) as { id: number };
      counts.agendaItems++;
      frozen.push({
        number: position,
        itemId,
        title,
        ...(matter ? { proposal: matter.proposal, goalCodes: matter.goalCodes } : {}),
        ...(standingKey ? { standingKey } : {}),
      });
      return { itemId, number: position };
    };
    for (const [k, title] of STANDING_HEAD) addItem(title, k);
    const decisionsToWrite: {
      itemId: number;
      number: number;
      title: string;
      proposal: string;
      swedish: boolean;
      goalIds: number[];
      partyId: string | null;
      preparer: { id: string; name: string };
    }[] = [];
    for (let m = 0; m < matters; m++) {
      const swedish = random.next() < 0.15;
      const subject = swedish ? random.pick(SUBJECTS_SV) : random.pick(SUBJECTS_FI);
      const action = swedish ? random.pick(ACTIONS_SV) : random.pick(ACTIONS_FI);
      const place = random.next() < 0.3 ? `, ${random.pick(PLACES)}` : "";
      const title = `${subject[0]!.toUpperCase()}${subject.slice(1)}: ${action}${place}`;
      const linked = random.next() < 0.6 ? random.sample(goals, random.int(1, 2)) : [];
      const prep = random.pick(forum.members);
      const proposal = swedish
        ? `Föredraganden föreslår att ${subject} behandlas (${start.year}).`
        : `Esittelijä ehdottaa, että ${subject} käsitellään (${start.year}).`;
      const partyId = random.next() < 0.5 ? random.pick(parties) : null;
      const item = addItem(title, null, { description: `${title}.`, proposal, partyId, goalCodes: linked.map((g) => g.code), preparer: prep.name });
      decisionsToWrite.push({ ...item, title, proposal, swedish, goalIds: linked.map((g) => g.id), partyId, preparer: { id: prep.personId, name: prep.name } });
    }
    addItem(STANDING_TAIL[1], STANDING_TAIL[0]);
    st.version.run(id, publishedAt, secretary, json({ items: frozen }));
    audit(publishedAt, secretary, "agenda.publish", "meeting", id, { version: 1, items: frozen.length });

    const finalizedAt = endsAt + 7 * DAY;
    for (const d of decisionsToWrite) {
      const section = nextSection();
      const text = d.swedish ? random.pick(DECISIONS_SV) : random.pick(DECISIONS_FI);
      const { id: decisionId } = st.decision.get(
        forum.id,
        id,
        section,
        start.year,
        d.itemId,
        String(d.number),
        d.title,
        d.proposal,
        text,
        null,
        secretary,
        endsAt,
        finalizedAt,
        finalizedAt,
      ) as {
        id: number;
      };
      counts.decisions++;
      for (const goalId of d.goalIds) st.decisionGoal.run(decisionId, goalId);
      st.preparer.run(decisionId, d.preparer.id, d.preparer.name);
      const diaryParties = random.sample(parties, random.int(1, 2));
      for (const [k, pid] of diaryParties.entries()) st.diary.run(decisionId, pid, `${random.int(100, 2999)}/00.0${k + 1}.0${random.int(0, 9)}/${start.year}`);
      if (random.next() < 0.12) {
        st.measure.run(
          decisionId,
          `Seuranta: ${d.title}`,
          d.partyId,
          d.preparer.id,
          DateTime.fromMillis(endsAt, { zone: ZONE }).plus({ months: 6 }).toISODate(),
        );
      }
      audit(endsAt, secretary, "decision.record", "decision", decisionId, { section, title: d.title });
    }

    const attendees = forum.members
      .filter(() => random.next() < 0.85)
      .map((m) => ({
        personId: m.personId,
        name: m.name,
        role: m.personId === secretary ? "secretary" : m.role === "chair" ? "chair" : "member",
        ...(m.partyId ? { partyId: m.partyId } : {}),
      }));
    const chair = forum.members.find((m) => m.role === "chair")?.personId ?? forum.convenerId;
    st.minutes.run(
      id,
      chair,
      secretary,
      json(attendees),
      "Kokous todettiin lailliseksi ja päätösvaltaiseksi.",
      endsAt,
      endsAt + 2 * DAY,
      finalizedAt,
      endsAt,
      finalizedAt,
    );
    const inspectors = random.sample(
      forum.members.filter((m) => m.personId !== secretary),
      2,
    );
    for (const [k, m] of inspectors.entries()) st.inspector.run(id, m.personId, finalizedAt - DAY, k);
    audit(finalizedAt, secretary, "minutes.approve", "meeting", id, { state: "approved" });
  }
}
