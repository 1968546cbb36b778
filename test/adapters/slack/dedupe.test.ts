import { describe, expect, it } from "vitest";
import { markEventSeen } from "../../../adapters/slack/dedupe.js";
import { slackSeenEvents } from "../../../db/schema/index.js";
import { openTestDb } from "../../support/db.js";

describe("Slack event de-duplication", () => {
  it("lets an event id through once and forgets ids older than a day", () => {
    const db = openTestDb();
    const day = 24 * 60 * 60_000;
    expect(markEventSeen(db, "Ev1", 0)).toBe(true);
    expect(markEventSeen(db, "Ev1", 1000)).toBe(false);
    for (let i = 0; i < 200; i++) markEventSeen(db, `Ev-later-${i}`, day + 5000);
    expect(
      db
        .select()
        .from(slackSeenEvents)
        .all()
        .some((r) => r.eventId === "Ev1"),
    ).toBe(false);
  });
});
