/**
 * A load of due reminders for the crash test and the reminders bench: one meeting's day-before reminder to `count`
 * channels bound to its forum, all due a minute before `now`.
 */
import type { Db } from "../../../db/connection.js";
import { channelBindings } from "../../../db/schema/index.js";
import { planRows, type NewReminder } from "../../../src/services/reminders/outbox.js";
import { buildMeeting, buildWorld } from "../../builders.js";

export function seedDueReminders(db: Db, count: number, now: number, keyPrefix: string): void {
  const world = buildWorld(db);
  const meeting = buildMeeting(db, world.forum, "2027-03-30T13:00");
  const rows: NewReminder[] = [];
  db.transaction((tx) => {
    for (let i = 0; i < count; i++) {
      tx.insert(channelBindings)
        .values({ forumId: world.forum.id, platform: "slack", channelRef: `C${i}` })
        .run();
      rows.push({
        key: `${keyPrefix}:${i}`,
        kind: "day_before",
        subject: `meeting:${meeting.id}`,
        meetingId: meeting.id,
        forumId: world.forum.id,
        targetKind: "channel",
        targetPlatform: "slack",
        targetRef: `C${i}`,
        personId: null,
        dueAt: now - 60_000,
        expiresAt: now + 3_600_000,
        payload: {},
      });
    }
    planRows(tx, rows, now - 120_000);
  });
}
