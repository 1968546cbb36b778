/**
 * Re-importing a changed agreement file updates in place: forum and goal ids, meetings, indicator values, runtime
 * chat links and the audit trail stay; what the file dropped is deleted; meetings in the file are upserted by id.
 */
import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "../../../db/connection.js";
import { auditLog, channelBindings, goals, indicatorValues, indicators, meetings, people, personIdentities } from "../../../db/schema/index.js";
import { exportAgreement, formatIssues, importAgreement } from "../../../src/services/agreement/index.js";
import { findMeeting } from "../../../src/services/meetings.js";
import { findPerson } from "../../../src/services/people.js";
import { findRegion } from "../../../src/services/regions.js";
import { forumById, listForums, listMembers } from "../../../src/services/forums.js";
import { recordDecision } from "../../../src/services/decisions/record.js";
import { moveMeeting, scheduleMeeting, spanOf } from "../../../src/services/scheduling.js";
import { useCaseOf } from "../../support/use-case.js";
import { buildMeeting } from "../../builders.js";
import { openTestDb } from "../../support/db.js";

const demo = readFileSync(new URL("../../../examples/keski-pohjanmaa.yml", import.meta.url), "utf8");
const now = Date.parse("2026-11-22T10:00:00Z");
const ZONE = "Europe/Helsinki";

function load(db: Db, yaml: string, at = now): void {
  const result = importAgreement(db, yaml, { actor: "marjatta.lehtinen", now: at, locale: "fi" });
  expect(result.ok ? "ok" : result.issues).toBe("ok");
}

const forumIds = (db: Db) => Object.fromEntries(listForums(db, "keski-pohjanmaa").map((f) => [f.code, f.id]));

function changed(yaml: string): string {
  const withoutT6 = yaml.slice(0, yaml.indexOf("    - code: T6\n")) + yaml.slice(yaml.indexOf("\nforums:\n") + 1);
  return withoutT6
    .replace("      fi: Johdon yhteistyöfoorumi", "      fi: Johdon strateginen foorumi")
    .replace(
      "      - { person: marjatta.lehtinen }\n    default_duration_minutes: 90",
      "      - { person: marjatta.lehtinen }\n      - { person: sari.niemela, role: expert }\n    default_duration_minutes: 90",
    )
    .replace("    roles: [admin]\n", "    roles: [admin]\n    slack: U0MARJATTA\n")
    .replace("    cadence: quarterly\n", "    cadence: quarterly\n    channels:\n      - { platform: slack, channel: C0ANK }\n");
}

describe("re-import of a changed agreement file", () => {
  it("keeps forum ids, goal ids, meetings, indicator values, runtime links and history; drops what the file dropped", () => {
    const db = openTestDb();
    load(db, demo);
    const ids = forumIds(db);
    const goalIds = Object.fromEntries(
      db
        .select()
        .from(goals)
        .all()
        .map((g) => [g.code, g.id]),
    );
    const meeting = buildMeeting(db, { id: ids.JOHTO, code: "JOHTO" }, "2027-10-13T13:00");
    const indicator = db.select().from(indicators).where(eq(indicators.code, "T1-M1")).get()!;
    db.insert(indicatorValues).values({ indicatorId: indicator.id, year: 2025, value: 33.1, recordedAt: now }).run();
    db.insert(personIdentities).values({ personId: "henrik.forsman", platform: "teams", externalId: "aad-henrik", fromFile: false }).run();
    db.insert(channelBindings).values({ forumId: ids.JOHTO, platform: "teams", channelRef: "19:johto@thread", fromFile: false }).run();
    db.update(people).set({ locale: "en" }).where(eq(people.id, "johanna.rinne")).run(); // chosen in chat; the file names none
    const historyBefore = db.select().from(auditLog).all();

    load(db, changed(demo), now + 60_000);

    expect(forumIds(db)).toEqual(ids);
    const goalsAfter = Object.fromEntries(
      db
        .select()
        .from(goals)
        .all()
        .map((g) => [g.code, g.id]),
    );
    expect(goalsAfter).toEqual(Object.fromEntries(Object.entries(goalIds).filter(([code]) => code !== "T6")));
    expect(db.select().from(indicators).where(eq(indicators.code, "T6-M1")).get()).toBeUndefined();
    expect(findMeeting(db, meeting.id)).toEqual(meeting);
    expect(db.select().from(indicatorValues).all()).toMatchObject([{ indicatorId: indicator.id, value: 33.1 }]);
    expect(findPerson(db, "johanna.rinne")?.locale).toBe("en");
    const johto = listForums(db, "keski-pohjanmaa").find((f) => f.code === "JOHTO")!;
    expect(johto.names.fi).toBe("Johdon strateginen foorumi");
    expect(listMembers(db, ids.KOKHVA).map((m) => `${m.personId}:${m.role}`)).toContain("sari.niemela:expert");

    const history = db.select().from(auditLog).all();
    expect(history.slice(0, historyBefore.length)).toEqual(historyBefore);
    const newRows = history.slice(historyBefore.length);
    expect(newRows.every((r) => r.actor === "marjatta.lehtinen" && r.at === now + 60_000)).toBe(true);
    expect(newRows.map((r) => `${r.action} ${r.entityId}`)).toEqual(
      expect.arrayContaining(["goal.delete T6", "forum.update JOHTO", "forum_member.create KOKHVA:sari.niemela", "agreement.import keski-pohjanmaa"]),
    );
    expect(newRows.find((r) => r.action === "forum.update")).toMatchObject({
      before: { names: { fi: "Johdon yhteistyöfoorumi" } },
      after: { names: { fi: "Johdon strateginen foorumi" } },
    });

    const identities = db
      .select()
      .from(personIdentities)
      .all()
      .map((i) => `${i.personId} ${i.platform}:${i.externalId} ${i.fromFile}`);
    expect(identities.sort()).toEqual(["henrik.forsman teams:aad-henrik false", "marjatta.lehtinen slack:U0MARJATTA true"]);
    const bindings = db
      .select()
      .from(channelBindings)
      .all()
      .map((b) => `${b.forumId} ${b.platform}:${b.channelRef} ${b.fromFile}`);
    expect(bindings.sort()).toEqual([`${ids.ANK} slack:C0ANK true`, `${ids.JOHTO} teams:19:johto@thread false`].sort());

    // The export carries the file's links (not the runtime ones) and every meeting; it round-trips.
    const exported = exportAgreement(db);
    expect(exported).toContain("slack: U0MARJATTA");
    expect(exported).toContain("channel: C0ANK");
    expect(exported).not.toContain("aad-henrik");
    expect(exported).toContain("- id: JOHTO-2027-1\n    forum: JOHTO\n    start: 2027-10-13T13:00\n    end: 2027-10-13T15:00");
    load(db, exported, now + 120_000);
    expect(exportAgreement(db)).toBe(exported);

    // Dropping the links from the file removes them; runtime links stay.
    load(db, demo, now + 180_000);
    expect(
      db
        .select()
        .from(personIdentities)
        .all()
        .map((i) => i.externalId),
    ).toEqual(["aad-henrik"]);
    expect(
      db
        .select()
        .from(channelBindings)
        .all()
        .map((b) => b.channelRef),
    ).toEqual(["19:johto@thread"]);
    expect(goalsAfter.T1).toBe(db.select().from(goals).where(eq(goals.code, "T1")).get()!.id);
  });

  it("upserts meetings of the file by id in the region's zone, moving one in place with a higher sequence", () => {
    const db = openTestDb();
    const withMeetings = (start: string, end: string) =>
      `${demo}\nmeetings:\n  - id: JOHTO-2027-2\n    forum: JOHTO\n    start: ${start}\n    end: ${end}\n    place: Kokkola\n  - id: ANK-2027-1\n    forum: ANK\n    start: 2027-03-29T09:00\n    end: 2027-03-29T11:00\n    status: cancelled\n`;
    load(db, withMeetings("2027-10-13T13:00", "2027-10-13T15:00"));
    const first = findMeeting(db, "JOHTO-2027-2")!;
    expect(first).toMatchObject({ year: 2027, number: 2, startsAt: Date.parse("2027-10-13T10:00:00Z"), place: "Kokkola", sequence: 0 });
    // after the spring DST change Helsinki is UTC+3
    expect(findMeeting(db, "ANK-2027-1")).toMatchObject({ startsAt: Date.parse("2027-03-29T06:00:00Z"), status: "cancelled" });
    const exported = exportAgreement(db);
    expect(exported).toContain("  - id: ANK-2027-1\n    forum: ANK\n    start: 2027-03-29T09:00\n    end: 2027-03-29T11:00\n    status: cancelled\n");

    load(db, withMeetings("2027-11-03T14:00", "2027-11-03T16:00"), now + 1);
    const moved = findMeeting(db, "JOHTO-2027-2")!;
    expect(moved).toMatchObject({ startsAt: Date.parse("2027-11-03T12:00:00Z"), sequence: 1, pageKey: first.pageKey, createdAt: first.createdAt });
    expect(db.select().from(meetings).all()).toHaveLength(2);
    expect(db.select().from(auditLog).where(eq(auditLog.action, "meeting.update")).all()).toMatchObject([
      { entityId: "JOHTO-2027-2", before: { startsAt: first.startsAt }, after: { startsAt: moved.startsAt } },
    ]);

    // The same file again changes nothing: no new sequence, no meeting audit rows.
    load(db, withMeetings("2027-11-03T14:00", "2027-11-03T16:00"), now + 2);
    expect(findMeeting(db, "JOHTO-2027-2")!.sequence).toBe(1);
    expect(
      db
        .select()
        .from(auditLog)
        .where(eq(auditLog.at, now + 2))
        .all()
        .map((r) => r.action),
    ).toEqual(["agreement.import"]);
  });

  it("exports and imports a meeting moved over New Year under the id it was numbered with", () => {
    const db = openTestDb();
    load(db, demo);
    const johto = listForums(db, "keski-pohjanmaa").find((f) => f.code === "JOHTO")!;
    const options = useCaseOf(db, "marjatta.lehtinen", now);
    const scheduled = scheduleMeeting(options, { forum: johto, ...spanOf("2026-12-16", { hour: 13, minute: 0 }, undefined, johto, ZONE) }, { confirmed: true });
    if (scheduled.kind !== "done") throw new Error("not stored");
    const { meeting } = scheduled;
    moveMeeting(options, meeting, johto, spanOf("2027-01-13", { hour: 13, minute: 0 }, undefined, johto, ZONE), { confirmed: true });
    const exported = exportAgreement(db);
    expect(exported).toContain(`  - id: ${meeting.id}\n    forum: JOHTO\n    start: 2027-01-13T13:00\n`);

    const copy = openTestDb();
    load(copy, exported);
    expect(findMeeting(copy, meeting.id)).toMatchObject({ year: 2026, number: meeting.number, startsAt: Date.parse("2027-01-13T11:00:00Z") });
    expect(exportAgreement(copy)).toBe(exported);
    // The next meeting numbered in 2026 does not collide with the moved one.
    const next = scheduleMeeting(
      useCaseOf(copy, "marjatta.lehtinen", now),
      { forum: forumById(copy, forumIds(copy).JOHTO!)!, ...spanOf("2026-12-30", { hour: 13, minute: 0 }, undefined, johto, ZONE) },
      { confirmed: true },
    );
    expect(next.kind === "done" && next.meeting.id).toBe(`JOHTO-2026-${meeting.number + 1}`);
  });

  it("deletes a forum the file dropped, with its meetings", () => {
    const db = openTestDb();
    load(db, demo);
    const ids = forumIds(db);
    buildMeeting(db, { id: ids.KOKHVA, code: "KOKHVA" }, "2027-05-05T10:00");
    const withoutKokhva = demo.slice(0, demo.indexOf("  - code: KOKHVA\n"));
    load(db, withoutKokhva, now + 1);
    expect(Object.keys(forumIds(db))).not.toContain("KOKHVA");
    expect(db.select().from(meetings).all()).toEqual([]);
    expect(db.select().from(auditLog).where(eq(auditLog.action, "forum.delete")).all()).toMatchObject([{ entityId: "KOKHVA" }]);
  });

  it("refuses to drop a forum that holds recorded decisions, and changes nothing", () => {
    const db = openTestDb();
    load(db, demo);
    const ids = forumIds(db);
    const meeting = buildMeeting(db, { id: ids.KOKHVA!, code: "KOKHVA" }, "2026-10-05T10:00");
    const forum = forumById(db, ids.KOKHVA!)!;
    recordDecision(useCaseOf(db, "marjatta.lehtinen", now), {
      region: findRegion(db)!,
      forum,
      meeting,
      title: "Talousarvio",
      decisionText: "Hyväksyttiin.",
      goalIds: [],
    });
    const before = exportAgreement(db);
    // A renamed code looks like a dropped forum and a new one.
    const renamed = demo.replace("  - code: KOKHVA\n", "  - code: KOKHVA2\n").replaceAll("forum: KOKHVA,", "forum: KOKHVA2,");
    const result = importAgreement(db, renamed, { actor: "marjatta.lehtinen", now: now + 1, locale: "en" });
    expect(result.ok ? "" : formatIssues(result.issues, "en")).toContain(
      "the forum KOKHVA is no longer in the file, but it has 1 recorded decision and 0 sets of minutes, which an import does not delete",
    );
    expect(exportAgreement(db)).toBe(before);
    expect(findMeeting(db, meeting.id)).toBeDefined();
    expect(
      db
        .select()
        .from(auditLog)
        .where(eq(auditLog.at, now + 1))
        .all(),
    ).toEqual([]);
  });

  it("refuses to drop a party whose diary numbers recorded decisions carry", () => {
    const db = openTestDb();
    const extraParty = "  - id: testikunta\n    kind: municipality\n    names: { fi: Testikunta }\n";
    const withExtra = demo.replace("  - id: kaustinen\n", `${extraParty}  - id: kaustinen\n`);
    load(db, withExtra);
    const forum = forumById(db, forumIds(db).JOHTO!)!;
    const meeting = buildMeeting(db, forum, "2026-10-05T10:00");
    recordDecision(useCaseOf(db, "marjatta.lehtinen", now), {
      region: findRegion(db)!,
      forum,
      meeting,
      title: "Sopimus",
      decisionText: "Hyväksyttiin.",
      goalIds: [],
      diary: [{ partyId: "testikunta", number: "TK/12/2026" }],
    });
    const result = importAgreement(db, demo, { actor: "marjatta.lehtinen", now: now + 1, locale: "fi" });
    expect(result.ok ? "" : formatIssues(result.issues, "fi")).toContain(
      "osapuoli testikunta puuttuu tiedostosta, mutta kirjatuissa päätöksissä (1) on sen diaarinumero",
    );
    expect(exportAgreement(db)).toContain("  - id: testikunta\n");
  });
});
