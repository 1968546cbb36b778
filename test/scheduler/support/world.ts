/** A reminders test world: the builders' region, a real core with a manual clock, a recording Slack notifier. */
import { pino } from "pino";
import type { Db } from "../../../db/connection.js";
import { channelBindings, reminders } from "../../../db/schema/index.js";
import { ManualClock } from "../../../src/clock.js";
import type { OutboxDeps } from "../../../src/services/reminders/outbox-deps.js";
import { readConfig } from "../../../src/config.js";
import type { Platform } from "../../../src/conversation/input.js";
import type { Notifier } from "../../../src/conversation/notifier.js";
import { change } from "../../../src/services/audit.js";
import { insertMeeting, updateMeeting, type MeetingRow } from "../../../src/services/meetings.js";
import type { ForumRow } from "../../../src/services/forums.js";
import { newTickState, runRemindersTick, type TickOptions } from "../../../src/services/reminders/tick.js";
import { DateTime } from "luxon";
import { buildWorld } from "../../builders.js";
import { openTestDb } from "../../support/db.js";
import { RecordingNotifier } from "./recording-notifier.js";

export const ZONE = "Europe/Helsinki";

export function local(iso: string): number {
  return DateTime.fromISO(iso, { zone: ZONE }).toMillis();
}

export function localIso(ms: number): string {
  return DateTime.fromMillis(ms, { zone: ZONE }).toFormat("yyyy-MM-dd HH:mm");
}

export function setupReminders(startLocal = "2027-01-04T10:00", db: Db = openTestDb()) {
  const world = buildWorld(db);
  const clock = new ManualClock(local(startLocal));
  const slack = new RecordingNotifier("slack");
  const notifiers = new Map<Platform, Notifier>([["slack", slack]]);
  const deps: OutboxDeps = { db, clock, config: readConfig({ NODE_ENV: "test", DATABASE_PATH: ":memory:" }), log: pino({ level: "silent" }), notifiers };
  const state = newTickState();
  const options: TickOptions = { minIntervalMs: 0, sleep: async () => {} };
  return {
    db,
    ...world,
    clock,
    slack,
    deps,
    state,
    tick: (extra: TickOptions = {}) => runRemindersTick(deps, state, { ...options, ...extra }),
    bind(forum: { id: number }, ref: string, platform = "slack") {
      return db.insert(channelBindings).values({ forumId: forum.id, platform, channelRef: ref }).returning().get();
    },
    schedule(forum: ForumRow, startLocalIso: string, minutes = 120): MeetingRow {
      const startsAt = local(startLocalIso);
      return change(db, "sihteeri", clock.now(), (tx) =>
        insertMeeting(tx, { forum, startsAt, endsAt: startsAt + minutes * 60_000, zone: ZONE, place: "Valtuustosali" }, "sihteeri", clock.now()),
      );
    },
    move(meeting: MeetingRow, startLocalIso: string, minutes = 120): MeetingRow {
      const startsAt = local(startLocalIso);
      return change(db, "sihteeri", clock.now(), (tx) =>
        updateMeeting(tx, meeting, { startsAt, endsAt: startsAt + minutes * 60_000 }, "moved", "sihteeri", clock.now()),
      );
    },
    cancel(meeting: MeetingRow, reason = "Ei asioita"): MeetingRow {
      return change(db, "sihteeri", clock.now(), (tx) =>
        updateMeeting(tx, meeting, { status: "cancelled", cancelReason: reason }, "cancelled", "sihteeri", clock.now()),
      );
    },
    rows() {
      return db.select().from(reminders).all();
    },
    /** Pending rows' local due times per kind and offset, one per distinct time. */
    dueTimes(meetingId: string, kind: string): string[] {
      const rows = db
        .select()
        .from(reminders)
        .all()
        .filter((r) => r.meetingId === meetingId && r.kind === kind && r.state === "pending");
      return [...new Set(rows.map((r) => localIso(r.dueAt)))].sort();
    },
  };
}
