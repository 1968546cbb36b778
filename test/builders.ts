/**
 * Builders for test data, written straight to a real database: a small region with parties, people and forums.
 * Each builder takes overrides, so a test states only what matters to it.
 */
import { DateTime } from "luxon";
import type { Db } from "../db/connection.js";
import { councilTerms, forumMembers, forums, meetings, parties, people, personIdentities, regions } from "../db/schema/index.js";

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];

export function buildRegion(db: Db, overrides: Partial<Insert<typeof regions>> = {}) {
  const row = db
    .insert(regions)
    .values({
      id: "test",
      names: { fi: "Testialue", sv: "Testområdet", en: "Test region" },
      zone: "Europe/Helsinki",
      defaultLocale: "fi",
      languages: ["fi", "sv", "en"],
      ...overrides,
    })
    .returning()
    .get();
  db.insert(councilTerms)
    .values([
      { regionId: row.id, startsOn: "2022-03-01", endsOn: "2025-05-31", position: 0 },
      { regionId: row.id, startsOn: "2025-06-01", endsOn: "2029-05-31", position: 1 },
      { regionId: row.id, startsOn: "2029-06-01", endsOn: "2033-05-31", position: 2 },
    ])
    .run();
  return row;
}

export function buildParty(db: Db, overrides: Partial<Insert<typeof parties>> & { id: string }) {
  return db
    .insert(parties)
    .values({ regionId: "test", kind: "municipality", names: { fi: overrides.id }, ...overrides })
    .returning()
    .get();
}

export function buildPerson(db: Db, overrides: Partial<Insert<typeof people>> & { id: string }, identities: { slack?: string; teams?: string } = {}) {
  const row = db
    .insert(people)
    .values({ regionId: "test", name: overrides.id, email: `${overrides.id}@example.fi`, ...overrides })
    .returning()
    .get();
  for (const [platform, externalId] of Object.entries(identities)) {
    if (externalId) db.insert(personIdentities).values({ personId: row.id, platform, externalId, fromFile: true }).run();
  }
  return row;
}

export function buildForum(
  db: Db,
  overrides: Partial<Insert<typeof forums>> & { code: string },
  members: { personId: string; role?: "chair" | "member" | "expert" }[] = [],
) {
  const row = db
    .insert(forums)
    .values({ regionId: "test", kind: "top_management_forum", names: { fi: overrides.code }, cadence: "half_yearly", ...overrides })
    .returning()
    .get();
  for (const [position, m] of members.entries()) {
    db.insert(forumMembers)
      .values({ forumId: row.id, personId: m.personId, role: m.role ?? "member", position })
      .run();
  }
  return row;
}

/** A meeting at a local Helsinki time, e.g. buildMeeting(db, forum, "2027-10-13T13:00"). */
export function buildMeeting(
  db: Db,
  forum: { id: number; code: string },
  localStart: string,
  overrides: Partial<Insert<typeof meetings>> & { minutes?: number } = {},
) {
  const start = DateTime.fromISO(localStart, { zone: "Europe/Helsinki" });
  const existing = db
    .select()
    .from(meetings)
    .all()
    .filter((m) => m.forumId === forum.id && m.year === start.year).length;
  const { minutes = 120, ...rest } = overrides;
  return db
    .insert(meetings)
    .values({
      id: `${forum.code}-${start.year}-${existing + 1}`,
      forumId: forum.id,
      year: start.year,
      number: existing + 1,
      startsAt: start.toMillis(),
      endsAt: start.plus({ minutes }).toMillis(),
      zone: "Europe/Helsinki",
      pageKey: `key-${forum.code}-${existing + 1}`,
      minutesKey: `minutes-key-${forum.code}-${existing + 1}`,
      createdAt: 0,
      updatedAt: 0,
      ...rest,
    })
    .returning()
    .get();
}

/** A small world: a county, two municipalities, an admin, a secretary, two members, one public and one private forum. */
export function buildWorld(db: Db) {
  const region = buildRegion(db);
  const county = buildParty(db, { id: "hva", kind: "wellbeing_county", names: { fi: "Testin hyvinvointialue", sv: "Testets välfärdsområde" } });
  const town = buildParty(db, { id: "kaupunki", names: { fi: "Kaupunki", sv: "Staden" } });
  const village = buildParty(db, { id: "kylä", names: { fi: "Kylä" } });
  const admin = buildPerson(db, { id: "admin", name: "Aila Admin", partyId: county.id, roles: ["admin"] }, { slack: "UADMIN", teams: "aad-admin" });
  const secretary = buildPerson(db, { id: "sihteeri", name: "Sanna Sihteeri", partyId: county.id }, { slack: "USECR", teams: "aad-secr" });
  const member = buildPerson(db, { id: "jasen", name: "Jussi Jäsen", partyId: town.id, locale: "fi" }, { slack: "UMEMB", teams: "aad-memb" });
  const swede = buildPerson(db, { id: "svensk", name: "Stina Svensk", partyId: village.id, locale: "sv" }, { slack: "USWED", teams: "aad-swed" });
  const outsider = buildPerson(db, { id: "ulko", name: "Ulla Ulkopuolinen", partyId: town.id });
  const forum = buildForum(db, { code: "JOHTO", secretaryId: secretary.id, convenerId: admin.id, followsUpAgreement: true }, [
    { personId: secretary.id },
    { personId: member.id, role: "chair" },
    { personId: swede.id },
  ]);
  const privateForum = buildForum(db, { code: "SALA", isPublic: false, secretaryId: secretary.id, kind: "bilateral", cadence: "as_needed" }, [
    { personId: secretary.id },
    { personId: member.id },
  ]);
  return { region, county, town, village, admin, secretary, member, swede, outsider, forum, privateForum };
}
