import { DateTime } from "luxon";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection.js";
import { auditLog } from "../../db/schema/index.js";
import { buildForum, buildMeeting, buildPerson, buildWorld } from "../builders.js";
import { openTestDb } from "../support/db.js";
import { warningsFor } from "../../src/services/meeting-warnings.js";
import { findMeeting } from "../../src/services/meetings.js";
import { cancelMeeting, moveMeeting, scheduleMeeting, spanOf, type Scheduled } from "../../src/services/scheduling.js";
import { useCaseOf } from "../support/use-case.js";
import { formatSpan } from "../../src/i18n/format.js";
import { isUserError } from "../../src/errors.js";

const ZONE = "Europe/Helsinki";
const NOW = Date.parse("2027-01-10T10:00:00Z");
let db: Db;
let world: ReturnType<typeof buildWorld>;
const options = (locale: "fi" | "sv" | "en" = "fi") => useCaseOf(db, "sihteeri", NOW, locale);
/** The stored meeting of a use case that needed no confirmation. */
const done = (r: Scheduled) => (r.kind === "done" ? r : expect.fail(`needs confirmation: ${r.warnings.map((w) => w.key).join(", ")}`));
const thirteen = { hour: 13, minute: 0 };

beforeEach(() => {
  db = openTestDb();
  world = buildWorld(db);
});

describe("meetings across daylight-saving changes (Europe/Helsinki)", () => {
  it("stores the right UTC instants on both sides of the March change (28.3.2027)", () => {
    const before = spanOf("2027-03-27", thirteen, { hour: 15, minute: 0 }, world.forum, ZONE);
    const after = spanOf("2027-03-28", thirteen, { hour: 15, minute: 0 }, world.forum, ZONE);
    expect(new Date(before.startsAt).toISOString()).toBe("2027-03-27T11:00:00.000Z"); // EET +2
    expect(new Date(after.startsAt).toISOString()).toBe("2027-03-28T10:00:00.000Z"); // EEST +3
    const { meeting } = done(scheduleMeeting(options(), { forum: world.forum, ...after }, { confirmed: true }));
    expect(formatSpan(meeting.startsAt, meeting.endsAt, "fi", ZONE)).toBe("su 28.3.2027 klo 13.00–15.00");
  });

  it("stores the right UTC instants on both sides of the October change (31.10.2027)", () => {
    const before = spanOf("2027-10-30", thirteen, undefined, world.forum, ZONE);
    const after = spanOf("2027-10-31", thirteen, undefined, world.forum, ZONE);
    expect(new Date(before.startsAt).toISOString()).toBe("2027-10-30T10:00:00.000Z");
    expect(new Date(after.startsAt).toISOString()).toBe("2027-10-31T11:00:00.000Z");
    expect(after.endsAt - after.startsAt).toBe(120 * 60_000);
    const { meeting } = done(scheduleMeeting(options("en"), { forum: world.forum, ...after }, { confirmed: true }));
    expect(formatSpan(meeting.startsAt, meeting.endsAt, "en", ZONE)).toBe("Sun 31 Oct 2027 at 13:00–15:00");
  });

  it("keeps the wall-clock time when a meeting moves across the change", () => {
    const { meeting } = done(
      scheduleMeeting(options(), { forum: world.forum, ...spanOf("2027-10-27", thirteen, undefined, world.forum, ZONE) }, { confirmed: true }),
    );
    const moved = done(moveMeeting(options(), meeting, world.forum, spanOf("2027-11-03", thirteen, undefined, world.forum, ZONE), { confirmed: true })).meeting;
    expect(DateTime.fromMillis(moved.startsAt, { zone: ZONE }).toFormat("d.M.yyyy HH:mm")).toBe("3.11.2027 13:00");
    expect(moved.startsAt - meeting.startsAt).toBe(7 * 24 * 3600_000 + 3600_000);
  });
});

describe("scheduling rules", () => {
  it("refuses an end before the start and a time in the past, changing nothing", () => {
    expect(() => spanOf("2027-09-13", { hour: 15, minute: 0 }, thirteen, world.forum, ZONE)).toThrow("calendar.error.endBeforeStart");
    const past = spanOf("2027-01-09", thirteen, undefined, world.forum, ZONE);
    try {
      scheduleMeeting(options(), { forum: world.forum, ...past });
      expect.unreachable();
    } catch (error) {
      expect(isUserError(error) && error.key).toBe("calendar.error.inPast");
    }
    expect(db.select().from(auditLog).all()).toHaveLength(0);
  });

  it("raises SEQUENCE and leaves an audit row for schedule, move and cancel", () => {
    const { meeting } = done(
      scheduleMeeting(
        options(),
        { forum: world.forum, ...spanOf("2027-09-13", thirteen, undefined, world.forum, ZONE), place: "Kokkola" },
        { confirmed: true },
      ),
    );
    expect(meeting).toMatchObject({ id: "JOHTO-2027-1", sequence: 0, place: "Kokkola" });
    const moved = done(moveMeeting(options(), meeting, world.forum, spanOf("2027-09-14", thirteen, undefined, world.forum, ZONE), { confirmed: true })).meeting;
    expect(moved.sequence).toBe(1);
    const cancelled = cancelMeeting(options(), moved, world.forum, "no quorum");
    expect(cancelled).toMatchObject({ status: "cancelled", cancelReason: "no quorum", sequence: 2 });
    expect(() => cancelMeeting(options(), cancelled, world.forum, null)).toThrow("calendar.error.cancelled");
    const actions = db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, "JOHTO-2027-1"))
      .all()
      .map((a) => [a.action, a.actor]);
    expect(actions).toEqual([
      ["meeting.schedule", "sihteeri"],
      ["meeting.move", "sihteeri"],
      ["meeting.cancel", "sihteeri"],
    ]);
    expect(findMeeting(db, "johto-2027-1")?.status).toBe("cancelled");
  });
});

describe("warnings, not refusals", () => {
  const warn = (local: string, locale: "fi" | "sv" | "en" = "fi", forum = world.forum) => {
    const start = DateTime.fromISO(local, { zone: ZONE }).toMillis();
    return warningsFor(db, { forum, startsAt: start, endsAt: start + 2 * 3600_000, zone: ZONE, locale });
  };

  it("names Midsummer Eve and Independence Day in the person's language", () => {
    expect(warn("2027-06-25T13:00", "sv")).toContainEqual({ key: "calendar.warn.holiday", params: { name: "midsommarafton" } });
    expect(warn("2027-12-06T13:00", "fi")).toContainEqual({ key: "calendar.warn.holiday", params: { name: "itsenäisyyspäivä" } });
    expect(warn("2027-12-24T13:00", "en")).toContainEqual({ key: "calendar.warn.holiday", params: { name: "Christmas Eve" } });
  });

  it("warns about a weekend, and not about an ordinary Monday", () => {
    expect(warn("2027-09-11T13:00").map((w) => w.key)).toEqual(["calendar.warn.weekend"]);
    expect(warn("2027-09-13T13:00")).toEqual([]);
  });

  it("warns about an overlap only with a forum that shares members", () => {
    const stranger = buildPerson(db, { id: "vieras" });
    const shared = buildForum(db, { code: "JAETTU", kind: "network", cadence: "as_needed" }, [{ personId: world.member.id }]);
    const apart = buildForum(db, { code: "ERILLINEN", kind: "network", cadence: "as_needed" }, [{ personId: stranger.id }]);
    buildMeeting(db, shared, "2027-09-13T14:00");
    buildMeeting(db, apart, "2027-09-13T13:00");
    const warnings = warn("2027-09-13T13:00");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ key: "calendar.warn.overlap", params: { id: "JAETTU-2027-1" } });
  });

  it("warns when a meeting breaks the forum's cadence", () => {
    const first = buildMeeting(db, world.forum, "2027-03-10T13:00");
    expect(warn("2027-05-12T13:00").map((w) => w.key)).toEqual(["calendar.warn.cadenceExtra"]);
    expect(warn("2027-09-15T13:00")).toEqual([]);
    const start = DateTime.fromISO("2027-08-11T13:00", { zone: ZONE }).toMillis();
    const moving = warningsFor(db, { forum: world.forum, startsAt: start, endsAt: start + 7200_000, zone: ZONE, locale: "fi", before: first });
    expect(moving).toEqual([{ key: "calendar.warn.cadenceGap", params: { from: "1.1.2027", to: "30.6.2027" } }]);
  });
});
