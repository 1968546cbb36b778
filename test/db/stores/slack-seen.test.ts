import { describe, expect, it } from "vitest";
import { slackSeenEvents, slackSeenSignatures } from "../../../db/schema/index.js";
import { createSlackSeenStore } from "../../../db/stores/slack-seen.js";
import { openTestDb } from "../../support/db.js";

describe("Slack seen-event store", () => {
  it("lets an event id through once and forgets ids older than a day", () => {
    const db = openTestDb();
    const seen = createSlackSeenStore(db);
    const day = 24 * 60 * 60_000;
    expect(seen.markEventSeen("Ev1", 0)).toBe(true);
    expect(seen.markEventSeen("Ev1", 1000)).toBe(false);
    for (let i = 0; i < 200; i++) seen.markEventSeen(`Ev-later-${i}`, day + 5000);
    expect(
      db
        .select()
        .from(slackSeenEvents)
        .all()
        .some((r) => r.eventId === "Ev1"),
    ).toBe(false);
  });

  it("remembers an id across a new store over the same database (a restart)", () => {
    const db = openTestDb();
    expect(createSlackSeenStore(db).markEventSeen("Ev2", 0)).toBe(true);
    expect(createSlackSeenStore(db).markEventSeen("Ev2", 60_000)).toBe(false);
  });
});

describe("Slack seen-signature store", () => {
  it("accepts a signature once, keeps it until it expires, then prunes it", async () => {
    const db = openTestDb();
    const seen = createSlackSeenStore(db);
    expect(seen.markSignatureSeen("v0=aa", 300_000, 0)).toBe(true);
    expect(seen.markSignatureSeen("v0=aa", 300_000, 1_000)).toBe(false);
    // Written by the next turn of the event loop (the request does not wait for it); a restart after that refuses it.
    await new Promise((resolve) => setImmediate(resolve));
    expect(createSlackSeenStore(db).markSignatureSeen("v0=aa", 300_000, 2_000)).toBe(false);
    // A minute past its expiry the next insert prunes it (a replay that late is refused as stale anyway).
    expect(seen.markSignatureSeen("v0=bb", 700_000, 400_000)).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(
      db
        .select()
        .from(slackSeenSignatures)
        .all()
        .map((r) => r.signature),
    ).toEqual(["v0=bb"]);
  });
});
