/**
 * Reads the region back into the agreement file's shape, with keys in the order the format defines and values
 * equal to their defaults left out, so the same database always gives the same file.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { DateTime } from "luxon";
import type { DbOrTx } from "../../../db/connection.js";
import {
  agreements,
  channelBindings,
  councilTerms,
  forumMembers,
  goals,
  indicators,
  measureParties,
  measures,
  meetings,
  personIdentities,
} from "../../../db/schema/index.js";
import { findRegion } from "../regions.js";
import { listForums } from "../forums.js";
import { listParties } from "../parties.js";
import { listPeople } from "../people.js";
import type { AgreementFileInput } from "./file-schema.js";
import { LOCAL_DATE_TIME } from "./value-checks.js";

type Plain = Record<string, unknown>;

/** Drops keys whose value is undefined, null or equal to the given default. */
function compact(object: Plain, defaults: Plain = {}): Plain {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return Object.fromEntries(Object.entries(object).filter(([k, v]) => v !== undefined && v !== null && !(k in defaults && same(v, defaults[k]))));
}

function goalsOf(db: DbOrTx, agreementId: number, partyOrder: Map<string, number>): Plain[] {
  return db
    .select()
    .from(goals)
    .where(eq(goals.agreementId, agreementId))
    .orderBy(asc(goals.position), asc(goals.id))
    .all()
    .map((g) => ({
      ...compact({ code: g.code, area: g.area, title: g.title, description: g.description }),
      indicators: db
        .select()
        .from(indicators)
        .where(eq(indicators.goalId, g.id))
        .orderBy(asc(indicators.position), asc(indicators.id))
        .all()
        .map((x) =>
          compact(
            {
              code: x.code,
              name: x.name,
              unit: x.unit,
              baseline: { value: x.baselineValue, year: x.baselineYear },
              target: { value: x.targetValue, year: x.targetYear },
              direction: x.direction,
              source: x.source,
              sotkanet: x.sotkanetId,
              gender: x.sotkanetId === null ? null : x.sotkanetGender,
            },
            { gender: "total" },
          ),
        ),
      measures: db
        .select()
        .from(measures)
        .where(eq(measures.goalId, g.id))
        .orderBy(asc(measures.position), asc(measures.id))
        .all()
        .map((m) => {
          const responsible = db
            .select()
            .from(measureParties)
            .where(eq(measureParties.measureId, m.id))
            .all()
            .map((r) => r.partyId)
            .sort((a, b) => (partyOrder.get(a) ?? 0) - (partyOrder.get(b) ?? 0) || a.localeCompare(b));
          return compact({ code: m.code, title: m.title, responsible, resources: m.resources, due: m.dueOn, status: m.status }, { status: "open" });
        }),
    }));
}

export function toAgreementFile(db: DbOrTx): AgreementFileInput {
  const region = findRegion(db);
  if (!region) throw new Error("no region to export");
  const terms = db
    .select()
    .from(councilTerms)
    .where(eq(councilTerms.regionId, region.id))
    .orderBy(asc(councilTerms.position), asc(councilTerms.startsOn))
    .all();
  const people = listPeople(db, region.id);
  const identities = people.length
    ? db
        .select()
        .from(personIdentities)
        .where(
          and(
            inArray(
              personIdentities.personId,
              people.map((p) => p.id),
            ),
            eq(personIdentities.fromFile, true),
          ),
        )
        .orderBy(asc(personIdentities.id))
        .all()
    : [];
  const idOf = (personId: string, platform: string) => identities.find((i) => i.personId === personId && i.platform === platform)?.externalId;
  const agreement = db.select().from(agreements).where(eq(agreements.regionId, region.id)).get();
  if (!agreement) throw new Error("no agreement to export");
  const forums = listForums(db, region.id);
  const parties = listParties(db, region.id);
  const codeOf = new Map(forums.map((f) => [f.id, f.code]));
  const allMeetings = forums.length
    ? db
        .select()
        .from(meetings)
        .where(
          inArray(
            meetings.forumId,
            forums.map((f) => f.id),
          ),
        )
        .orderBy(asc(meetings.startsAt), asc(meetings.id))
        .all()
    : [];
  const local = (ms: number) => DateTime.fromMillis(ms, { zone: region.zone }).toFormat(LOCAL_DATE_TIME);

  const file = {
    version: 1,
    region: compact(
      {
        id: region.id,
        names: region.names,
        time_zone: region.zone,
        languages: region.languages,
        default_language: region.defaultLocale,
        council_terms: terms.map((t) => ({ start: t.startsOn, end: t.endsOn })),
        settings: region.settings,
      },
      { settings: {}, council_terms: [] },
    ),
    parties: parties.map((p) => compact({ id: p.id, kind: p.kind, names: p.names, short_name: p.shortName, statistics_code: p.statisticsCode })),
    people: people.map((p) =>
      compact(
        {
          id: p.id,
          name: p.name,
          email: p.email,
          party: p.partyId,
          title: p.title,
          roles: p.roles,
          locale: p.locale,
          slack: idOf(p.id, "slack"),
          teams: idOf(p.id, "teams"),
        },
        { roles: [] },
      ),
    ),
    agreement: compact(
      {
        title: agreement.title,
        term: compact({ start: agreement.termStartsOn, end: agreement.termEndsOn }),
        status: agreement.status,
        approved: agreement.approvedOn,
        principles: agreement.principles,
        goals: goalsOf(db, agreement.id, new Map(parties.map((p, i) => [p.id, i]))),
      },
      { principles: [] },
    ),
    forums: forums.map((f) => {
      const members = db
        .select()
        .from(forumMembers)
        .where(eq(forumMembers.forumId, f.id))
        .orderBy(asc(forumMembers.position), asc(forumMembers.personId))
        .all();
      const channels = db
        .select()
        .from(channelBindings)
        .where(and(eq(channelBindings.forumId, f.id), eq(channelBindings.fromFile, true)))
        .orderBy(asc(channelBindings.id))
        .all();
      return compact(
        {
          code: f.code,
          kind: f.kind,
          names: f.names,
          legal_basis: f.legalBasis,
          cadence: f.cadence,
          public: f.isPublic,
          follows_up_agreement: f.followsUpAgreement,
          convening_party: f.conveningPartyId,
          convener: f.convenerId,
          secretary: f.secretaryId,
          members: members.map((m) => compact({ person: m.personId, role: m.role, party: m.partyId }, { role: "member" })),
          channels: channels.map((c) => ({ platform: c.platform, channel: c.channelRef })),
          agenda_deadline_days: f.agendaDeadlineDays,
          mailbox: f.mailbox,
          color: f.color,
          default_place: f.defaultPlace,
          default_duration_minutes: f.defaultDurationMinutes,
          quorum: f.quorum,
          reminders: f.reminders,
        },
        { public: true, follows_up_agreement: false, members: [], channels: [], agenda_deadline_days: 10, default_duration_minutes: 120, reminders: {} },
      );
    }),
    meetings: allMeetings.map((m) =>
      compact(
        { id: m.id, forum: codeOf.get(m.forumId), start: local(m.startsAt), end: local(m.endsAt), place: m.place, online_url: m.onlineUrl, status: m.status },
        { status: "scheduled" },
      ),
    ),
  };
  if (file.meetings.length === 0) delete (file as Partial<typeof file>).meetings;
  return file as AgreementFileInput;
}
